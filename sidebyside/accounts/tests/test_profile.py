"""The involvement profile, the pre-fill helper and linking guest records by verified email."""

from django import forms

import pytest

from sidebyside.accounts.forms import ProfileForm
from sidebyside.accounts.models import AccessNeed, AgeBand, ContactMethod, InvolvementProfile
from sidebyside.accounts.prefill import (
    initial_for,
    link_guest_records,
    register_guest_records,
    unregister_guest_records,
)
from sidebyside.notifications import Preference

from .factories import MemberFactory, ProfileFactory

pytestmark = pytest.mark.django_db

PROFILE = "/en/account/profile/"


def valid(**overrides):
    return {"preferred_contact": "email", **overrides}


def test_only_the_contact_method_is_needed():
    form = ProfileForm(data=valid())
    assert form.is_valid(), form.errors


def test_every_field_explains_why_we_ask():
    for name, field in ProfileForm().fields.items():
        assert str(field.help_text).strip(), f"{name} has no help text"


@pytest.mark.parametrize(
    ("method", "field", "message"),
    [
        (ContactMethod.PHONE, "phone", "Enter a phone number so that we can call or text you."),
        (ContactMethod.TEXT, "phone", "Enter a phone number so that we can call or text you."),
        (ContactMethod.POST, "postal_address", "Enter your postal address so that we can write to you."),
    ],
)
def test_the_chosen_way_to_contact_needs_its_details(method, field, message):
    form = ProfileForm(data=valid(preferred_contact=method))
    assert form.errors[field] == [message]


def test_under_16s_need_a_parent_or_guardian():
    form = ProfileForm(data=valid(age_band=AgeBand.UNDER_16))
    assert form.errors["guardian_name"] == ["Enter the name of your parent or guardian."]
    assert form.errors["guardian_contact"] == ["Enter an email address or phone number for your parent or guardian."]

    form = ProfileForm(data=valid(age_band=AgeBand.UNDER_16, guardian_name="Sam", guardian_contact="nonsense"))
    assert "guardian_contact" in form.errors

    form = ProfileForm(data=valid(age_band=AgeBand.UNDER_16, guardian_name="Sam", guardian_contact="sam@example.org"))
    assert form.is_valid(), form.errors


def test_a_parent_or_guardian_is_forgotten_once_the_member_is_16_or_over(member_client, member):
    ProfileFactory(user=member, age_band=AgeBand.UNDER_16, guardian_name="Sam", guardian_contact="sam@example.org")

    response = member_client.post(
        PROFILE, valid(age_band=AgeBand.AGE_16_17, guardian_name="Sam", guardian_contact="sam@example.org")
    )

    assert response.status_code == 302
    profile = InvolvementProfile.objects.get(user=member)
    assert (profile.age_band, profile.guardian_name, profile.guardian_contact) == (AgeBand.AGE_16_17, "", "")


def test_an_interpreter_needs_a_language():
    form = ProfileForm(data=valid(access_needs=[AccessNeed.SPOKEN_INTERPRETER]))
    assert form.errors["interpreter_language"] == ["Tell us which language the interpreter should speak."]


def test_a_phone_number_must_look_like_one():
    assert "phone" in ProfileForm(data=valid(phone="call me maybe")).errors
    assert ProfileForm(data=valid(phone="+44 (0)7700 900123")).is_valid()


def test_control_characters_are_taken_out_of_free_text():
    form = ProfileForm(data=valid(other_needs="quiet\x1b[31m room\x07"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["other_needs"] == "quiet[31m room"


def test_member_saves_their_profile(member_client, member):
    response = member_client.post(
        PROFILE,
        {
            "preferred_name": "Ali",
            "preferred_contact": "text",
            "phone": "07700 900123",
            "access_needs": ["step_free", "bsl"],
            "topics": ["mental_health"],
            "best_days": ["mon", "sat"],
            "preferred_language": "ar",
        },
    )

    assert response.status_code == 302
    profile = InvolvementProfile.objects.get(user=member)
    assert profile.preferred_name == "Ali"
    assert profile.access_needs == ["step_free", "bsl"]
    assert profile.contact.preferred_contact == Preference.PHONE  # a text message is a phone contact
    assert profile.contact.language == "ar"


def test_a_rejected_profile_saves_nothing_and_says_why(member_client, member):
    response = member_client.post(PROFILE, {"preferred_contact": "post", "preferred_name": "Ali"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert 'href="#id_postal_address"' in page
    assert not InvolvementProfile.objects.filter(user=member).exists()


def test_the_profile_page_needs_signing_in(client):
    response = client.get(PROFILE)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")


class InterestForm(forms.Form):
    name = forms.CharField()
    email = forms.EmailField()
    phone = forms.CharField(required=False)
    access_needs = forms.MultipleChoiceField(choices=AccessNeed.choices, required=False)
    message = forms.CharField(required=False)


def test_prefill_gives_a_member_their_details_for_the_fields_the_form_has(rf):
    profile = ProfileFactory(preferred_name="Ali", phone="07700 900123", access_needs=["step_free"])
    request = rf.get("/")
    request.user = profile.user

    initial = initial_for(request, InterestForm)

    assert initial == {
        "name": "Ali",
        "email": profile.user.email,
        "phone": "07700 900123",
        "access_needs": ["step_free"],
    }
    # The member can change them for this one submission; the profile is not touched.
    form = InterestForm(data={**initial, "phone": "01632 960001"}, initial=initial)
    assert form.is_valid()
    profile.refresh_from_db()
    assert profile.phone == "07700 900123"


def test_prefill_gives_a_guest_nothing(rf):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/")
    request.user = AnonymousUser()
    assert initial_for(request, InterestForm) == {}


def test_prefill_works_for_a_member_without_a_profile(rf, member):
    request = rf.get("/")
    request.user = member
    assert initial_for(request, fields=["email", "phone"]) == {"email": member.email}


def test_guest_records_are_linked_when_the_email_is_verified(client):
    linked = []

    def linker(user, email):
        linked.append((user.email, email))

    register_guest_records(linker)
    try:
        response = client.post("/en/account/signup/", {"email": "guest@example.org", "privacy_notice": "on"})
        from sidebyside.notifications.models import OutboxMessage

        code = OutboxMessage.objects.get(recipient="guest@example.org").context["code"]
        assert linked == []  # not before the email is proved
        client.post(response["Location"], {"code": code})
    finally:
        unregister_guest_records(linker)

    assert linked == [("guest@example.org", "guest@example.org")]


def test_link_guest_records_calls_every_registered_linker_once():
    calls = []

    def linker(user, email):
        calls.append(email)

    register_guest_records(linker)
    register_guest_records(linker)  # registering twice does not link twice
    try:
        link_guest_records(MemberFactory(), "x@example.org")
    finally:
        unregister_guest_records(linker)
    assert calls == ["x@example.org"]
