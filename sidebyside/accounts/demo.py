"""Demo staff sign-in details for a development site: a verified email address and an authenticator app.

Staff sign in with their email address and must use an authenticator app before reaching /admin/, so a
demo account is only usable with both. Only the management commands that refuse to run with DEBUG off
call these.
"""

import time

from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from allauth.mfa.utils import decrypt


def verify_email(user):
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})


def new_authenticator_app(user):
    """Replace the user's authenticator app with a new one and return its secret."""
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def authenticator_secret(user):
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return decrypt(authenticator.data["secret"]) if authenticator else None


def current_code(secret):
    """The six digits an authenticator app set up with `secret` shows now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))
