"""Print the current authenticator code of a demo staff account, for a development site only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sidebyside.accounts.demo import authenticator_secret, current_code


class Command(BaseCommand):
    help = "Print the code a demo staff account's authenticator app shows now. Only runs with DEBUG on."

    def add_arguments(self, parser):
        parser.add_argument("email", help="The account's email address, e.g. admin@example.org")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("demo_totp_code refuses to run with DEBUG off: it is for demo accounts only.")
        user = get_user_model().objects.filter(email__iexact=email).first()
        secret = authenticator_secret(user) if user else None
        if secret is None:
            raise CommandError(f"No account with an authenticator app has the email address {email}.")
        self.stdout.write(current_code(secret))
