"""Signing staff into the test client with multi-factor authentication done, as the real sign-in does.

Staff (Django staff, superusers and the Editors, Moderators and Trust administrators groups) only reach
/admin/ after using their authenticator app in this session. This helper gives the user an authenticator
app if they have none, logs them in, and records the MFA step in the session with allauth's own
`record_authentication`, the call allauth makes when a person types a valid authenticator code.

    from sidebyside.testing.accounts import login_with_mfa

    def test_editor_sees_the_dashboard(client, editor):
        login_with_mfa(client, editor)
        assert client.get("/admin/").status_code == 200
"""

import time

from django.test import RequestFactory

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def give_authenticator_app(user):
    """The user's TOTP authenticator, set up now with a fresh secret if they had none."""
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, generate_totp_secret()).instance


def login_with_mfa(client, user):
    """Log `user` into the Django test `client` with the MFA step recorded for this session."""
    authenticator = give_authenticator_app(user)
    client.force_login(user)
    session = client.session
    request = RequestFactory().get("/")
    request.session = session
    request.user = user
    record_authentication(request, user, "mfa", type=authenticator.type, id=authenticator.pk)
    session.save()
    return user


def current_totp_code(secret):
    """The code an authenticator app set up with `secret` shows now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))
