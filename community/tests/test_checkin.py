"""The check-in page at the door: who may use it, searching, marking people, and two staff at once."""

import threading

from django.db import connection
from django.test import Client
from django.urls import reverse

import pytest

from community.models import SignUp, SignUpStatus
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.testing.accounts import give_authenticator_app, login_with_mfa
from sidebyside.testing.queries import assert_query_budget

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory


def staff_of(organisation, groups=("Moderators",)):
    user = MemberFactory(groups=list(groups))
    organisation.staff.add(user)
    return user


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def event(home_page, north):
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(parent=index, title="North sprint", organisation=north)


@pytest.fixture
def moderator(north):
    return staff_of(north)


@pytest.fixture
def door_client(client, moderator):
    login_with_mfa(client, moderator)
    return client


def checkin_url(event):
    return reverse("community:checkin", args=[event.pk])


def mark(client, signup, outcome, expected=None, **extra):
    data = {"signup": signup.pk, "outcome": outcome, "expected_status": expected or signup.status, **extra}
    return client.post(checkin_url(event_of(signup)), data, follow=True)


def event_of(signup):
    return signup.event


def status_of(signup):
    return SignUp.objects.get(pk=signup.pk).status


def text(response):
    return response.content.decode()


# Who may use it


@pytest.mark.django_db
def test_the_url_is_under_the_language_and_events(event):
    assert checkin_url(event) == f"/en/events/check-in/{event.pk}/"


@pytest.mark.django_db
def test_someone_signed_out_is_sent_to_sign_in(client, event):
    response = client.get(checkin_url(event))

    assert response.status_code == 302 and "next=" in response.url


@pytest.mark.django_db
def test_staff_without_mfa_this_session_must_use_their_authenticator_first(client, moderator, event):
    give_authenticator_app(moderator)
    client.force_login(moderator)

    response = client.get(checkin_url(event))

    assert response.status_code == 302 and response.url.startswith(reverse("mfa_reauthenticate"))


@pytest.mark.django_db
def test_a_member_of_the_public_is_refused(client, event):
    client.force_login(MemberFactory())
    signup = SignUpFactory(event=event)

    assert client.get(checkin_url(event)).status_code == 403
    assert client.post(checkin_url(event), {"signup": signup.pk, "outcome": "attended"}).status_code == 403
    assert status_of(signup) == SignUpStatus.CONFIRMED


@pytest.mark.django_db
def test_editors_cannot_check_people_in(client, north, event):
    login_with_mfa(client, staff_of(north, groups=("Editors",)))

    assert client.get(checkin_url(event)).status_code == 403


@pytest.mark.django_db
def test_staff_of_another_organisation_get_not_found(client, event):
    login_with_mfa(client, staff_of(OrganisationFactory(name="South")))
    signup = SignUpFactory(event=event, name="Nadia North")

    assert client.get(checkin_url(event)).status_code == 404
    assert client.post(checkin_url(event), {"signup": signup.pk, "outcome": "attended"}).status_code == 404
    assert status_of(signup) == SignUpStatus.CONFIRMED


# The page


@pytest.mark.django_db
def test_the_page_lists_people_with_a_place_and_the_counts(door_client, event):
    SignUpFactory(event=event, name="Ada Attended", status=SignUpStatus.ATTENDED)
    SignUpFactory(event=event, name="Ben Booked", access_needs=["bsl"])
    SignUpFactory(event=event, name="Wyn Waiting", status=SignUpStatus.WAITLISTED)

    response = door_client.get(checkin_url(event))
    page = text(response)

    assert "Ada Attended" in page and "Ben Booked" in page and "Wyn Waiting" not in page
    assert "British Sign Language" in page
    assert (response.context["not_yet"], response.context["attended"], response.context["no_show"]) == (1, 1, 0)
    assert 'name="csrfmiddlewaretoken"' in page


@pytest.mark.django_db
def test_search_by_part_of_a_name(door_client, event):
    SignUpFactory(event=event, name="Priya Patel")
    SignUpFactory(event=event, name="Tom Jones")

    page = text(door_client.get(checkin_url(event), {"q": "pat"}))

    assert "Priya Patel" in page and "Tom Jones" not in page


@pytest.mark.django_db
def test_a_search_that_finds_nobody_says_so(door_client, event):
    SignUpFactory(event=event, name="Priya Patel")

    assert "Nobody called “Zed” is on the list" in text(door_client.get(checkin_url(event), {"q": "Zed"}))


# Marking people


@pytest.mark.django_db
def test_marking_someone_attended_records_who_and_when_and_keeps_the_search(door_client, moderator, event):
    signup = SignUpFactory(event=event, name="Priya Patel")

    response = door_client.post(
        checkin_url(event), {"signup": signup.pk, "outcome": "attended", "expected_status": "confirmed", "q": "pri"}
    )

    assert response.status_code == 302 and response.url == f"{checkin_url(event)}?q=pri"
    signup.refresh_from_db()
    assert signup.status == SignUpStatus.ATTENDED and signup.checked_in_at is not None
    decision = ModerationDecision.objects.filter(object_id=signup.pk).latest("pk")
    assert (decision.to_status, decision.by) == ("attended", moderator)
    assert "Priya Patel: Attended." in text(door_client.get(response.url))


@pytest.mark.django_db
def test_a_mistake_can_be_put_right(door_client, event):
    signup = SignUpFactory(event=event)

    mark(door_client, signup, "no_show")
    mark(door_client, SignUp.objects.get(pk=signup.pk), "attended")

    assert status_of(signup) == SignUpStatus.ATTENDED


@pytest.mark.django_db
def test_when_someone_else_marked_them_first_the_page_shows_what_is_recorded(door_client, moderator, event):
    signup = SignUpFactory(event=event, name="Priya Patel")
    mark(door_client, signup, "attended")

    same = mark(door_client, signup, "attended", expected="confirmed")
    different = mark(door_client, signup, "no_show", expected="confirmed")

    assert same.status_code == 200 and "Priya Patel is already marked as “Attended”" in text(same)
    assert "Someone else has just marked Priya Patel as “Attended”" in text(different)
    assert status_of(signup) == SignUpStatus.ATTENDED
    assert ModerationDecision.objects.filter(object_id=signup.pk, to_status="attended").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {},
        {"signup": "abc", "outcome": "attended", "expected_status": "confirmed"},
        {"signup": "١", "outcome": "attended", "expected_status": "confirmed"},
        {"signup": "999999", "outcome": "attended", "expected_status": "confirmed"},
        {"signup": "SIGNUP", "outcome": "cancelled", "expected_status": "confirmed"},
        {"signup": "SIGNUP", "outcome": "attended", "expected_status": "pending"},
        {"signup": "SIGNUP", "outcome": "attended", "expected_status": "confirmed", "q": "x" * 5000},
    ],
)
def test_odd_posts_change_nothing_and_never_fail(door_client, event, data):
    signup = SignUpFactory(event=event, status=SignUpStatus.WAITLISTED)
    data = {key: str(signup.pk) if value == "SIGNUP" else value for key, value in data.items()}

    response = door_client.post(checkin_url(event), data, follow=True)

    assert response.status_code == 200
    assert status_of(signup) == SignUpStatus.WAITLISTED


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_staff_marking_the_same_person_at_once_record_one_outcome(event, north):
    """Real threads, each with its own connection: one mark wins, the other is told, neither fails."""
    signup = SignUpFactory(event=event)
    clients = []
    for _n in range(2):
        client = Client()
        login_with_mfa(client, staff_of(north))
        clients.append(client)
    barrier, responses = threading.Barrier(2), []

    def door(client, outcome):
        try:
            barrier.wait()
            responses.append(
                client.post(
                    checkin_url(event), {"signup": signup.pk, "outcome": outcome, "expected_status": "confirmed"}
                )
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=door, args=pair) for pair in zip(clients, ["attended", "no_show"], strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [response.status_code for response in responses] == [302, 302]
    assert status_of(signup) in (SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW)
    assert ModerationDecision.objects.filter(object_id=signup.pk, to_status__in=["attended", "no_show"]).count() == 1


@pytest.mark.django_db
def test_the_page_costs_the_same_queries_however_many_are_coming(door_client, event):
    def grow(n):
        SignUpFactory.create_batch(n, event=event, access_needs=["bsl"])

    grow(1)
    door_client.get(checkin_url(event))  # the first request of a session does its own one-off work
    assert_query_budget(lambda: door_client.get(checkin_url(event)), budget=25, grow=grow, grow_steps=(5, 40))
