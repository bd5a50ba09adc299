"""Each event's attendee list in the admin: scoping, what it shows, the CSV file, adding someone who phoned in."""

import csv
import io

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

import pytest
from hypothesis import given, settings

from community.models import EventFormField, SignUp, SignUpStatus
from community.viewsets.attendees import AddByPhoneForm
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data
from sidebyside.testing.queries import assert_query_budget

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db


def staff_of(organisation, groups=("Moderators",)):
    user = MemberFactory(groups=list(groups))
    organisation.staff.add(user)
    return user


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index, north):
    return EventPageFactory(parent=index, title="North sprint", organisation=north, capacity=3)


@pytest.fixture
def south_event(index):
    return EventPageFactory(parent=index, title="South sprint", organisation=OrganisationFactory(name="South"))


@pytest.fixture
def moderator(north):
    return staff_of(north)


@pytest.fixture
def moderator_client(client, moderator):
    login_with_mfa(client, moderator)
    return client


def attendees_url(event):
    return reverse("event_signups:attendees", args=[event.pk])


def add_url(event):
    return reverse("event_signups:add_by_phone", args=[event.pk])


def csv_rows(client, event):
    response = client.get(attendees_url(event), {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def phoned_in(**changes):
    return {
        "name": "Phil Phoned",
        "preferred_contact": "phone",
        "email": "",
        "phone": "07700 900111",
        "language": "en",
        "access_needs": ["hearing_loop"],
        "access_needs_details": "Sits near the front",
        **changes,
    }


# Scoping


def test_another_organisations_event_is_not_found_anywhere(moderator_client, south_event):
    SignUpFactory(event=south_event, name="Sol South")

    for response in [
        moderator_client.get(attendees_url(south_event)),
        moderator_client.get(attendees_url(south_event), {"export": "csv"}),
        moderator_client.get(add_url(south_event)),
        moderator_client.post(add_url(south_event), phoned_in()),
    ]:
        assert response.status_code == 404
    assert not SignUp.objects.filter(name="Phil Phoned").exists()


def test_a_trust_administrator_sees_every_organisations_attendees(client, south_event):
    login_with_mfa(client, MemberFactory(groups=["Trust administrators"]))
    SignUpFactory(event=south_event, name="Sol South")

    assert "Sol South" in client.get(attendees_url(south_event)).content.decode()


def test_editors_cannot_see_who_signed_up(client, north, event):
    login_with_mfa(client, staff_of(north, groups=("Editors",)))
    SignUpFactory(event=event, name="Private Person")

    response = client.get(attendees_url(event))

    assert response.status_code in (302, 403)
    assert "Private Person" not in response.content.decode()


# The list


def test_the_list_shows_status_access_needs_guardian_answers_and_check_in(moderator_client, event):
    SignUpFactory(
        event=event,
        name="Young Yusuf",
        access_needs=["large_print"],
        under_16=True,
        guardian_name="Gina Guardian",
        guardian_contact="gina@example.org",
        answers={"diet": {"label": "Any food we should know about?", "answer": "Halal"}},
    )
    SignUpFactory(event=event, name="Walter Waiting", status=SignUpStatus.WAITLISTED)
    SignUpFactory(event=event, name="Carl Cancelled", status=SignUpStatus.CANCELLED)

    page = moderator_client.get(attendees_url(event)).content.decode()

    assert "Young Yusuf" in page and "Large print" in page and "Gina Guardian, gina@example.org" in page
    assert "Any food we should know about?" in page and "Halal" in page
    assert "Walter Waiting" in page and "On the waiting list" in page
    assert "Carl Cancelled" not in page and "1 sign-up was cancelled or not approved" in page
    assert reverse("community:checkin", args=[event.pk]) in page


def test_the_list_includes_sign_ups_from_every_language_version(moderator_client, event):
    other_language = SignUpFactory(event=event, name="Pola Polish", language="pl", event_title="Sprint po polsku")
    SignUp.objects.filter(pk=other_language.pk).update(event=None)

    assert "Pola Polish" in moderator_client.get(attendees_url(event)).content.decode()


def test_the_event_page_listing_links_to_its_attendees(moderator_client, index, event):
    page = moderator_client.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()

    assert attendees_url(event) in page


# The CSV file


def test_the_csv_has_a_row_per_person_with_a_column_per_extra_question_in_the_forms_order(moderator_client, event):
    why = EventFormField.objects.create(page=event, label="Why come?", field_type="singleline", sort_order=0)
    food = EventFormField.objects.create(page=event, label="Food?", field_type="singleline", sort_order=1)
    SignUpFactory(
        event=event,
        name="Ann Answers",
        email="ann@example.org",
        access_needs=["step_free"],
        answers={
            food.clean_name: {"label": "Food?", "answer": "Vegan"},
            why.clean_name: {"label": "Why come?", "answer": "To help"},
        },
    )
    SignUpFactory(event=event, name="Ben Blank", email="ben@example.org")

    header, *rows = csv_rows(moderator_client, event)

    assert header[:3] == ["Name", "Status", "How to contact them"] and header[-2:] == ["Why come?", "Food?"]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_name["Ann Answers"]["Email"] == "ann@example.org"
    assert by_name["Ann Answers"]["Access needs"] == "Step-free access"
    assert by_name["Ann Answers"]["Food?"] == "Vegan" and by_name["Ben Blank"]["Food?"] == ""
    assert by_name["Ben Blank"]["Status"] == "Confirmed"


def test_the_csv_cannot_carry_a_formula_into_a_spreadsheet(moderator_client, event):
    SignUpFactory(
        event=event,
        name='=HYPERLINK("http://evil.example")',
        access_needs_details="+1 wheelchair",
        answers={"q": {"label": "-question", "answer": "@SUM(A1:A2)"}},
    )

    header, row = csv_rows(moderator_client, event)

    assert row[0] == '\'=HYPERLINK("http://evil.example")'
    assert "'+1 wheelchair" in row and "'@SUM(A1:A2)" in row
    assert header[-1] == "'-question"


def test_the_csv_needs_the_export_permission(client, north, event):
    group = Group.objects.create(name="Door volunteers")
    group.permissions.add(
        Permission.objects.get(codename="view_signup"), Permission.objects.get(codename="access_admin")
    )
    volunteer = MemberFactory()
    volunteer.groups.add(group)
    north.staff.add(volunteer)
    login_with_mfa(client, volunteer)
    SignUpFactory(event=event)

    assert client.get(attendees_url(event)).status_code == 200
    assert client.get(attendees_url(event), {"export": "csv"}).status_code == 403


# Adding someone who phoned in


def test_staff_add_someone_who_phoned_in(moderator_client, moderator, event):
    response = moderator_client.post(add_url(event), phoned_in(), follow=True)

    signup = SignUp.objects.get(name="Phil Phoned")
    assert signup.added_by == moderator and signup.status == SignUpStatus.CONFIRMED
    assert signup.phone == "07700 900111" and signup.access_needs == ["hearing_loop"]
    assert signup.event_key == event.translation_key and signup.organisation == event.organisation
    assert ModerationDecision.objects.filter(object_id=signup.pk, by=moderator).exists()
    assert "Phil Phoned is signed up: Confirmed." in response.content.decode()


def test_adding_the_same_person_again_says_they_are_already_signed_up(moderator_client, event):
    moderator_client.post(add_url(event), phoned_in())

    response = moderator_client.post(add_url(event), phoned_in(name="  phil   PHONED "), follow=True)

    assert SignUp.objects.filter(event_key=event.translation_key).count() == 1
    assert "is already signed up for this event" in response.content.decode()


def test_adding_to_a_full_event_without_a_waiting_list_explains_why_not(moderator_client, event):
    event.capacity, event.waiting_list = 1, False
    event.save()
    SignUpFactory(event=event)

    response = moderator_client.post(add_url(event), phoned_in())

    assert response.status_code == 200
    assert "full and has no waiting list" in response.content.decode()
    assert not SignUp.objects.filter(name="Phil Phoned").exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter the person's name."),
        ({"preferred_contact": "phone", "phone": ""}, "phone", "Enter their phone number"),
        ({"preferred_contact": "email", "email": ""}, "email", "Enter their email address"),
        ({"under_16": "on"}, "guardian_name", "Enter the name of their parent or guardian."),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(
    moderator_client, event, changes, field, message
):
    response = moderator_client.post(add_url(event), phoned_in(**changes))

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert message.split("'")[0] in response.content.decode()
    assert not SignUp.objects.exists()


@given(data=form_data(AddByPhoneForm))
@VIEW_FUZZ_SETTINGS
def test_the_add_form_never_fails_and_saves_nothing_when_it_refuses(moderator_client, event, data):
    assert_view_handles_post(moderator_client, add_url(event), data, SignUp.objects.count)


@given(data=form_data(AddByPhoneForm))
@settings(max_examples=100, deadline=None)
def test_the_add_form_explains_every_refusal(data):
    assert_form_handles(AddByPhoneForm, data)


def test_the_list_and_csv_cost_the_same_queries_however_many_signed_up(moderator_client, moderator, event):
    def grow(n):
        SignUpFactory.create_batch(n, event=event, added_by=moderator, answers={"q": {"label": "Q", "answer": "A"}})

    assert_query_budget(lambda: moderator_client.get(attendees_url(event)), budget=40, grow=grow, grow_steps=(5, 40))
    export = lambda: moderator_client.get(attendees_url(event), {"export": "csv"})  # noqa: E731
    assert_query_budget(export, budget=40, grow=grow, grow_steps=(5, 40))
