"""Every account email renders from its outbox row, in every language, text and HTML."""

import pytest

from sidebyside.accounts.adapter import OUTBOX_TEMPLATES, SECURITY_NOTICE, AccountAdapter
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message

pytestmark = pytest.mark.django_db

SITE = {"name": "Side by Side", "url": "http://testserver", "email": "", "phone": ""}
CONTEXTS = {
    "account/login_code": {"code": "ABC123"},
    "account/email_confirmation": {"code": "ABC123"},
    "account/password_reset": {"password_reset_url": "http://testserver/reset/"},
    "account/unknown_account": {"signup_url": "http://testserver/en/account/signup/"},
    "account/account_already_exists": {},
    "account/security_notice": {"notice": "password_changed"},
    "account/deletion_confirm": {"confirm_url": "http://testserver/en/account/delete/confirm/x/"},
    "account/account_deleted": {},
}


def test_every_template_allauth_can_ask_for_is_covered():
    assert set(OUTBOX_TEMPLATES.values()) | {SECURITY_NOTICE} <= set(CONTEXTS)


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
@pytest.mark.parametrize("template", sorted(CONTEXTS))
def test_account_emails_render(template, language):
    message = OutboxMessage(template=template, language=language, context=CONTEXTS[template], recipient="a@b.org")

    subject, text, html = render_message(message, SITE)

    assert subject.strip() and "\n" not in subject
    assert "Side by Side" in text + html
    for value in CONTEXTS[template].values():
        if value != "password_changed":
            assert value in text and value in html
    assert f'lang="{language}"' in html


def test_only_plain_values_reach_the_outbox(rf, member):
    from allauth.core import context

    request = rf.post("/")
    request.user = member
    with context.request_context(request):
        AccountAdapter(request).send_mail(
            "account/email/login_code", member.email, {"code": "XYZ789", "user": member, "request": request}
        )

    message = OutboxMessage.objects.get()
    assert message.context == {"code": "XYZ789", "notice": "login_code"}
    assert message.template == "account/login_code"
