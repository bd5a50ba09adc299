"""Create the demo staff accounts of a development site: one per staff role, each with a random password,
a verified email address to sign in with and an authenticator app (staff must use one to reach /admin/).

The passwords and authenticator secrets are printed once. The command refuses to run with DEBUG off, so
that demo accounts with known names can never be created on a live site.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from sidebyside.accounts.demo import new_authenticator_app, verify_email
from sidebyside.core.groups import EDITORS, MODERATORS, TRUST_ADMINISTRATORS

# (username, group or None for a superuser, what the account is for)
DEMO_STAFF = [
    ("admin", None, "Superuser: can do everything"),
    ("editor", EDITORS, "Writes pages and submits them for review"),
    ("moderator", MODERATORS, "Reviews and publishes pages, works the queues"),
    ("trustadmin", TRUST_ADMINISTRATORS, "Users, groups and site settings"),
]
PASSWORD_BYTES = 18  # 24 URL-safe characters


def new_password():
    return secrets.token_urlsafe(PASSWORD_BYTES)


def format_table(headings, rows):
    widths = [max(len(str(cell)) for cell in column) for column in zip(headings, *rows, strict=True)]
    lines = [headings, ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines
    )


class Command(BaseCommand):
    help = (
        "Create the demo staff accounts admin, editor, moderator and trustadmin, and print their passwords "
        "once. Existing accounts are left alone. Only runs with DEBUG on."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo accounts that already exist new passwords, and print them.",
        )

    def handle(self, *args, reset_passwords=False, **options):
        if not settings.DEBUG:
            raise CommandError(
                "create_demo_staff refuses to run with DEBUG off: demo accounts must never exist on a live "
                "site. Create real staff accounts with 'manage.py createsuperuser' and the Wagtail admin."
            )
        with transaction.atomic():
            created, reset, kept = self.create_accounts(reset_passwords)

        if created or reset:
            admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
            self.stdout.write(f"Demo staff accounts. Sign in at {admin_url} with the email address and password.")
            self.stdout.write(self.style.WARNING("These passwords are shown only this once: note them now."))
            self.stdout.write("")
            self.stdout.write(format_table(["Email", "Password", "Authenticator secret", "Role"], created + reset))
            self.stdout.write("")
            self.stdout.write(
                "The admin then asks for a code from an authenticator app: add the secret to one, or run "
                "'manage.py demo_totp_code <email>' to print the current code."
            )
        if kept:
            names = ", ".join(kept)
            self.stdout.write(
                f"Already exist, left alone (passwords unchanged): {names}. "
                "Run with --reset-passwords to give them new ones."
            )

    def create_accounts(self, reset_passwords):
        groups = self.demo_groups()
        user_model = get_user_model()
        created, reset, kept = [], [], []
        for username, group_name, role in DEMO_STAFF:
            user = user_model.objects.filter(username=username).first()
            if user is not None and not reset_passwords:
                verify_email(user)
                kept.append(username)
                continue
            password = new_password()
            if user is None:
                user = self.create_user(user_model, username, password, groups.get(group_name))
                created.append([user.email, password, new_authenticator_app(user), role])
            else:
                user.set_password(password)
                user.save(update_fields=["password"])
                reset.append([user.email, password, new_authenticator_app(user), role])
            verify_email(user)
        return created, reset, kept

    def create_user(self, user_model, username, password, group):
        email = f"{username}@example.org"
        if group is None:
            return user_model.objects.create_superuser(username=username, email=email, password=password)
        user = user_model.objects.create_user(username=username, email=email, password=password, is_staff=True)
        user.groups.add(group)
        return user

    def demo_groups(self):
        names = [group_name for _username, group_name, _role in DEMO_STAFF if group_name]
        groups = {group.name: group for group in Group.objects.filter(name__in=names)}
        missing = sorted(set(names) - set(groups))
        if missing:
            raise CommandError(f"Missing staff groups: {', '.join(missing)}. Run 'manage.py migrate' first.")
        return groups
