"""Cancelling by the link in the message or from My involvement, and accepting an offered place."""

import datetime
from urllib.parse import quote

from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from community.models import EventPage, SignUp, SignUpStatus
from community.pipeline import dashboard_items
from community.signups import cancel, offer_token, places_held, sign_up
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db

# Tokens someone might try: a signed value with its signature changed, another salt's value, SQL, paths.
FORGERIES = [
    "x" * 32,
    "InZlTEVnejMwSlRtbkhsZVpmT0pnMEllRXRzeUtJMTdfIg:1vN3Yk:forgedsignatureforgedsignature00000",
    "' OR 1=1 --",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "\x00",
    "abc\x00def",
]


@pytest.fixture
def event(home_page):
    return EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=1)


def person(n):
    return {"name": f"Person {n}", "email": f"person{n}@example.org", "preferred_contact": "email"}


def cancel_url(signup):
    return reverse("community:cancel_signup", args=[signup.token])


def test_the_link_shows_a_confirm_page_and_cancelling_promotes_the_next_person(client, event):
    first, _ = sign_up(event, person(1))
    waiting, _ = sign_up(event, person(2))

    page = client.get(cancel_url(first))
    assert page.status_code == 200 and "Cancel my place" in page.content.decode()
    assert SignUp.objects.get(pk=first.pk).status == "confirmed"  # a GET (a link preview) changes nothing

    done = client.post(cancel_url(first))
    assert done.status_code == 200 and "You have cancelled your place" in done.content.decode()
    assert SignUp.objects.get(pk=first.pk).status == "cancelled"
    assert SignUp.objects.get(pk=waiting.pk).status == "confirmed"


def test_a_used_link_says_the_sign_up_has_ended(client, event):
    signup, _ = sign_up(event, person(1))
    client.post(cancel_url(signup))

    for response in (client.get(cancel_url(signup)), client.post(cancel_url(signup))):
        assert response.status_code == 200
        assert "cannot be cancelled now" in response.content.decode()
    assert SignUp.objects.get(pk=signup.pk).status == "cancelled"


def test_after_the_event_attendance_cannot_be_cancelled(client, event):
    signup = SignUpFactory(event=event, status=SignUpStatus.ATTENDED)
    response = client.post(cancel_url(signup))
    assert "cannot be cancelled now" in response.content.decode()
    assert SignUp.objects.get(pk=signup.pk).status == "attended"


@settings(VIEW_FUZZ_SETTINGS, max_examples=30)
@given(token=st.one_of(st.text(min_size=1, max_size=80), st.sampled_from(FORGERIES)))
def test_a_forged_token_gives_a_friendly_404_and_changes_nothing(client, event, token):
    signup = SignUpFactory(event=event) if not SignUp.objects.exists() else SignUp.objects.get()
    quoted = quote(token, safe="")
    for url in (f"/en/events/cancel/{quoted}/", f"/en/events/accept/{quoted}/"):
        try:
            response = client.post(url)
        except Exception as error:  # noqa: BLE001 - an unroutable token is fine, a crash is not
            raise AssertionError(f"{url!r} raised {error!r}") from error
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()
    assert SignUp.objects.get(pk=signup.pk).status == "confirmed"


def test_a_member_cancels_from_my_involvement(client, event):
    member = MemberFactory(email="member@example.org")
    signup, _ = sign_up(event, {**person(1), "user": member, "email": "member@example.org"})

    items = dashboard_items(member)
    assert [(item.title, item.status, item.action_url) for item in items] == [
        (event.title, "Confirmed", cancel_url(signup))
    ]
    client.force_login(member)
    client.post(items[0].action_url)
    assert SignUp.objects.get(pk=signup.pk).status == "cancelled"
    assert dashboard_items(member)[0].action_url == ""


def test_the_dashboard_shows_the_joining_link_only_for_a_confirmed_place(event):
    event.joining_link = "https://meet.example.org/sprint"
    event.save()
    member = MemberFactory()
    SignUpFactory(event=event, user=member, status=SignUpStatus.CONFIRMED)
    other = MemberFactory()
    SignUpFactory(event=event, user=other, status=SignUpStatus.WAITLISTED)

    assert dashboard_items(member)[0].detail == "https://meet.example.org/sprint"
    assert dashboard_items(other)[0].detail == ""


def test_an_offer_is_accepted_from_its_link(client, event):
    event.offer_hours = 12
    event.save()
    first, _ = sign_up(event, person(1))
    waiting, _ = sign_up(event, person(2))
    cancel(first)
    url = reverse("community:accept_offer", args=[offer_token(SignUp.objects.get(pk=waiting.pk))])

    assert "Accept my place" in client.get(url).content.decode()
    assert SignUp.objects.get(pk=waiting.pk).status == "offered"
    response = client.post(url)
    assert "You have a place" in response.content.decode()
    assert SignUp.objects.get(pk=waiting.pk).status == "confirmed"
    assert client.post(url).status_code == 200  # a second press is harmless


def test_an_expired_offer_link_says_so(client, event):
    event.offer_hours = 1
    event.save()
    first, _ = sign_up(event, person(1))
    waiting, _ = sign_up(event, person(2))
    cancel(first)
    SignUp.objects.filter(pk=waiting.pk).update(offer_expires_at=timezone.now() - datetime.timedelta(minutes=5))
    url = reverse("community:accept_offer", args=[offer_token(waiting)])

    assert "was not accepted in time" in client.get(url).content.decode()
    assert "was not accepted in time" in client.post(url).content.decode()
    assert SignUp.objects.get(pk=waiting.pk).status == "cancelled"


def test_the_cancel_token_is_not_an_accept_token(client, event):
    signup, _ = sign_up(event, person(1))
    assert client.get(reverse("community:accept_offer", args=[signup.token])).status_code == 404


# --- a sign-up made on another language version of the event -------------------------------------------


def polish_version(event):
    polish = Locale.objects.get(language_code="pl")
    event.get_parent().copy_for_translation(polish, copy_parents=True).save_revision().publish()
    translated = event.copy_for_translation(polish)
    translated.save_revision().publish()
    return EventPage.objects.get(pk=translated.pk)


def messages_about(signup):
    return OutboxMessage.objects.filter(idempotency_key__startswith=f"event-signup:{signup.pk}:").order_by("pk")


def kinds(signup):
    return list(messages_about(signup).values_list("context__kind", flat=True))


@pytest.mark.parametrize("where", ["english_link", "dashboard"])
def test_cancelling_a_polish_sign_up_from_english_tells_them_once_and_moves_the_queue_once(client, event, where):
    polish_event = polish_version(event)
    member = MemberFactory(email="ola@example.org")
    polish = {**person(1), "name": "Ola", "email": "ola@example.org", "user": member, "language": "pl"}
    signup, _ = sign_up(polish_event, polish)
    waiting, _ = sign_up(event, {**person(2), "language": "en"})  # waiting on the English page
    later, _ = sign_up(polish_event, {**person(3), "language": "pl"})
    assert [signup.status, waiting.status, later.status] == ["confirmed", "waitlisted", "waitlisted"]
    client.force_login(member)
    if where == "english_link":
        with translation.override("en"):
            url = reverse("community:cancel_signup", args=[signup.token])
        assert url.startswith("/en/")
    else:
        (item,) = dashboard_items(member)
        url = item.action_url

    done = client.post(url)
    again = client.post(url)  # a second press, or the same link opened twice

    assert done.status_code == again.status_code == 200
    assert "Cancel your place" not in again.content.decode()
    assert SignUp.objects.get(pk=signup.pk).status == "cancelled"
    assert kinds(signup) == ["confirmed", "cancelled"]
    assert messages_about(signup).last().language == "pl"
    assert SignUp.objects.get(pk=waiting.pk).status == "confirmed"
    assert kinds(waiting) == ["waitlisted", "promoted"]
    assert ModerationDecision.objects.filter(object_id=waiting.pk, to_status="confirmed").count() == 1
    assert SignUp.objects.get(pk=later.pk).status == "waitlisted" and kinds(later) == ["waitlisted"]
    assert places_held(event.translation_key) == 1
