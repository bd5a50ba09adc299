"""Every form of the accounts pages, fed plausible and hostile input: no server error, a clear message
when it is turned down, and nothing saved (or half-saved) when it is."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.forms.models import model_to_dict
from django.test import RequestFactory

from allauth.account import forms as allauth_forms
from allauth.core import context as allauth_context
from allauth.mfa.base.forms import AuthenticateForm
from hypothesis import given, settings

from sidebyside.accounts.forms import DeleteAccountForm, LoginForm, ProfileForm, SignupForm, WithdrawConsentForm
from sidebyside.accounts.models import Consent, InvolvementProfile
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.accounts import give_authenticator_app
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

from .factories import ConsentFactory, MemberFactory

FORM_SETTINGS = settings(max_examples=150, deadline=None, database=None, report_multiple_bugs=False)


@FORM_SETTINGS
@given(data=form_data(ProfileForm))
def test_profile_form_survives_anything(data):
    assert_form_handles(ProfileForm, data)


@FORM_SETTINGS
@given(data=form_data(ProfileForm, plausible_only=True))
def test_profile_form_can_be_filled_in(data):
    assert_form_handles(ProfileForm, data)


@FORM_SETTINGS
@given(data=form_data(DeleteAccountForm))
def test_delete_account_form_survives_anything(data):
    assert_form_handles(DeleteAccountForm, data)


@FORM_SETTINGS
@given(data=form_data(WithdrawConsentForm))
def test_withdraw_consent_form_survives_anything(data):
    assert_form_handles(WithdrawConsentForm, data)


def allauth_request():
    request = RequestFactory().post("/")
    request.session = {}
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    return request


@VIEW_FUZZ_SETTINGS
@given(data=form_data(LoginForm))
def test_login_form_survives_anything(db, data):
    cache.clear()
    with allauth_context.request_context(allauth_request()):
        assert_form_handles(LoginForm, data, request=allauth_request())


@VIEW_FUZZ_SETTINGS
@given(data=form_data(SignupForm))
def test_signup_form_survives_anything(db, data):
    cache.clear()
    with allauth_context.request_context(allauth_request()):
        assert_form_handles(SignupForm, data)


@VIEW_FUZZ_SETTINGS
@given(data=form_data(allauth_forms.RequestLoginCodeForm))
def test_request_code_form_survives_anything(db, data):
    cache.clear()
    with allauth_context.request_context(allauth_request()):
        assert_form_handles(allauth_forms.RequestLoginCodeForm, data)


# The same through the views, where saving happens.


@VIEW_FUZZ_SETTINGS
@given(data=form_data(SignupForm))
def test_signup_view_saves_nothing_it_rejects(client, db, data):
    cache.clear()
    client.cookies.clear()
    assert_view_handles_post(client, "/en/account/signup/", data, get_user_model().objects.count)


@VIEW_FUZZ_SETTINGS
@given(data=form_data(allauth_forms.RequestLoginCodeForm))
def test_request_code_view_queues_nothing_it_rejects(client, db, data):
    cache.clear()
    client.cookies.clear()
    assert_view_handles_post(client, "/en/account/login/code/", data, OutboxMessage.objects.count)


@VIEW_FUZZ_SETTINGS
@given(data=form_data(allauth_forms.ConfirmLoginCodeForm))
def test_confirm_code_view_survives_anything(client, member, data):
    cache.clear()
    client.cookies.clear()
    client.post("/en/account/login/code/", {"email": member.email})
    response = client.post("/en/account/login/code/confirm/", data)
    assert response.status_code < 500
    assert "_auth_user_id" not in client.session


@VIEW_FUZZ_SETTINGS
@given(data=form_data(ProfileForm))
def test_profile_view_never_half_saves(member_client, member, data):
    before = model_to_dict(InvolvementProfile.objects.filter(user=member).first() or InvolvementProfile())
    response = assert_view_handles_post(member_client, "/en/account/profile/", data, InvolvementProfile.objects.count)
    if response.status_code == 200:  # turned down: the saved profile is exactly as it was
        after = InvolvementProfile.objects.filter(user=member).first() or InvolvementProfile()
        assert model_to_dict(after) == before


@VIEW_FUZZ_SETTINGS
@given(data=form_data(WithdrawConsentForm))
def test_withdraw_view_survives_anything(member_client, member, data):
    ConsentFactory(user=member)
    ConsentFactory(user=MemberFactory())
    response = member_client.post("/en/account/consents/withdraw/", data)
    assert response.status_code < 500
    assert not Consent.objects.exclude(user=member).filter(withdrawn_at__isnull=False).exists()


@VIEW_FUZZ_SETTINGS
@given(data=form_data(DeleteAccountForm))
def test_delete_request_view_survives_anything(member_client, member, data):
    assert_view_handles_post(member_client, "/en/account/delete/", data, OutboxMessage.objects.count)
    assert get_user_model().objects.get(pk=member.pk).is_active


@VIEW_FUZZ_SETTINGS
@given(data=form_data(allauth_forms.ConfirmEmailVerificationCodeForm))
def test_confirm_email_view_survives_anything(client, db, data):
    cache.clear()
    client.cookies.clear()
    email = "fuzz.signup@example.org"
    get_user_model().objects.filter(email=email).delete()
    client.post("/en/account/signup/", {"email": email, "privacy_notice": "on"})
    response = client.post("/en/account/confirm-email/", data)
    assert response.status_code < 500
    assert "_auth_user_id" not in client.session


@VIEW_FUZZ_SETTINGS
@given(data=form_data(AuthenticateForm, user=None))
def test_authenticator_code_view_survives_anything(client, db, data):
    cache.clear()
    client.cookies.clear()
    editor = get_user_model().objects.filter(username="fuzz-editor").first() or _editor_with_app()
    client.post("/en/account/login/", {"login": editor.email, "password": "a long test password"})
    response = client.post("/en/account/2fa/authenticate/", data)
    assert response.status_code < 500
    assert "_auth_user_id" not in client.session


def _editor_with_app():
    editor = MemberFactory(username="fuzz-editor", email="fuzz.editor@example.org", groups=["Editors"])
    give_authenticator_app(editor)
    return editor
