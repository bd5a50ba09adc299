"""django-allauth's emails go through the notifications outbox, never straight to the mail server."""

import hashlib
import json

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from allauth.account.adapter import DefaultAccountAdapter

from sidebyside.notifications import notify

# allauth's email (its template prefix without the folder) -> our outbox template.
OUTBOX_TEMPLATES = {
    "login_code": "account/login_code",
    "email_confirmation": "account/email_confirmation",
    "email_confirmation_signup": "account/email_confirmation",
    "password_reset_key": "account/password_reset",
    "password_reset_code": "account/password_reset",
    "unknown_account": "account/unknown_account",
    "account_already_exists": "account/account_already_exists",
}
# Everything else allauth sends is a notice that something changed in the account.
SECURITY_NOTICE = "account/security_notice"

# Only these values are copied into the outbox row (its context must be JSON); nothing else allauth
# puts in the context, such as the request or the user object, is kept.
SAFE_KEYS = ("code", "activate_url", "password_reset_url", "signup_url", "deleted_email", "from_email", "to_email")


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "incorrect_code": _(
            "That code is not right. Check the email we sent and type the code again, or ask for a new one."
        ),
        "too_many_login_attempts": _(
            "There have been too many attempts, so we have paused sign-in for this email address. "
            "Wait a few minutes, then ask for a new code."
        ),
        "rate_limited": _("You have asked for this too many times in a short while. Wait a minute, then try again."),
        "email_password_mismatch": _(
            "The email address or password is not right. Check them, or sign in with a code instead."
        ),
        "invalid_or_expired_key": _("This link has expired or has already been used. Ask for a new one."),
        "unverified_primary_email": _("You need to confirm your email address first."),
        "account_inactive": _("This account can no longer be used."),
    }

    def send_mail(self, template_prefix, email, context):
        kind = template_prefix.rsplit("/", 1)[-1]
        template = OUTBOX_TEMPLATES.get(kind, SECURITY_NOTICE)
        outbox_context = {key: str(context[key]) for key in SAFE_KEYS if context.get(key)}
        outbox_context["notice"] = kind
        notify(
            email,
            template,
            outbox_context,
            idempotency_key=idempotency_key(template_prefix, email, context),
            language=translation.get_language(),
        )


def idempotency_key(template_prefix, email, context):
    """The same email (same code or link, same address, same minute) is queued once, however often
    allauth asks; a new code or a new minute makes a new message."""
    safe = {key: str(context[key]) for key in SAFE_KEYS if context.get(key)}
    minute = timezone.now().strftime("%Y%m%d%H%M")
    fingerprint = json.dumps([template_prefix, email.lower(), safe, minute], sort_keys=True)
    return f"allauth:{hashlib.sha256(fingerprint.encode()).hexdigest()}"
