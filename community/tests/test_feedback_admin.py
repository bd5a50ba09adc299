"""Event feedback in the admin: per-event results and a summary across events, scoped to the staff
member's organisations, with CSV exports."""

import csv
import datetime
import io

from django.urls import reverse
from django.utils import timezone

import pytest

# Registers the admin views; community/wagtail_hooks.py is to import it too. Imported here, at collection,
# before the admin's URLs are first loaded.
import community.viewsets.feedback  # noqa: F401
from community.feedback import event_results, summary
from community.models import EventFeedback, SignUpStatus
from sidebyside.notifications.tests.factories import UserFactory
from sidebyside.testing.accounts import login_with_mfa

from .factories import EventIndexPageFactory, EventPageFactory, SignUpFactory

pytestmark = pytest.mark.django_db


def past_event(index, title, days_ago=3):
    start = timezone.now() - datetime.timedelta(days=days_ago)
    return EventPageFactory(parent=index, title=title, start=start, end=start + datetime.timedelta(hours=2))


def answer(event, rating, come_again, **fields):
    signup = SignUpFactory(event=event, status=SignUpStatus.ATTENDED)
    return EventFeedback.objects.create(signup=signup, rating=rating, come_again=come_again, **fields)


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event_a(index):
    event = past_event(index, "Sprint in Leeds", days_ago=3)
    answer(event, 5, "yes", what_worked="The tea.", comments='=HYPERLINK("http://evil")')
    answer(event, 4, "yes", what_to_change="Start later.")
    answer(event, 3, "no")
    return event


@pytest.fixture
def event_b(index):
    event = past_event(index, "Sprint in York", days_ago=10)
    answer(event, 2, "maybe", comments="Too noisy.")
    return event


def staff(client, group, organisation=None):
    user = UserFactory(groups=[group])
    if organisation:
        organisation.staff.add(user)
    login_with_mfa(client, user)
    return user


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_the_numbers_for_one_event(event_a):
    results = event_results(EventFeedback.objects.filter(signup__event_key=event_a.translation_key))

    assert results["responses"] == 3
    assert results["average_rating"] == 4.0
    assert [item["count"] for item in results["ratings"]] == [1, 1, 1, 0, 0]
    assert [(item["value"], item["count"], item["percent"]) for item in results["come_again"]] == [
        ("yes", 2, 67),
        ("maybe", 0, 0),
        ("no", 1, 33),
    ]


def test_the_summary_has_one_row_per_event_newest_first(event_a, event_b):
    rows = summary(EventFeedback.objects.all())

    assert [(row["title"], row["responses"], row["average_rating"], row["come_again_percent"]) for row in rows] == [
        ("Sprint in Leeds", 3, 4.0, 67),
        ("Sprint in York", 1, 2.0, 0),
    ]


def test_a_moderator_sees_only_their_organisations_events(client, event_a, event_b):
    staff(client, "Moderators", event_a.organisation)

    page = client.get(reverse("event_feedback:index")).content.decode()

    assert "Sprint in Leeds" in page
    assert "Sprint in York" not in page
    assert client.get(reverse("event_feedback:event", args=[event_a.translation_key])).status_code == 200
    assert client.get(reverse("event_feedback:event", args=[event_b.translation_key])).status_code == 404


def test_a_trust_administrator_sees_every_event(client, event_a, event_b):
    staff(client, "Trust administrators")

    page = client.get(reverse("event_feedback:index")).content.decode()

    assert "Sprint in Leeds" in page and "Sprint in York" in page


def test_editors_cannot_see_feedback(client, event_a):
    staff(client, "Editors", event_a.organisation)

    response = client.get(reverse("event_feedback:index"))

    assert response.status_code in (302, 403)
    assert "Sprint in Leeds" not in response.content.decode()


def test_the_event_page_shows_numbers_and_comments(client, event_a):
    staff(client, "Moderators", event_a.organisation)

    page = client.get(reverse("event_feedback:event", args=[event_a.translation_key])).content.decode()

    assert "The tea." in page and "Start later." in page
    assert "4.0" in page
    assert "67%" in page


def test_the_summary_csv_has_the_numbers(client, event_a, event_b):
    staff(client, "Trust administrators")

    rows = csv_rows(client.get(reverse("event_feedback:index") + "?export=csv"))

    assert rows[0] == ["Event", "Date", "Responses", "Average rating", "Would come again (%)"]
    assert [row[0] for row in rows[1:]] == ["Sprint in Leeds", "Sprint in York"]
    assert rows[1][2:] == ["3", "4.0", "67"]


def test_the_event_csv_is_safe_to_open_in_a_spreadsheet(client, event_a):
    staff(client, "Moderators", event_a.organisation)

    response = client.get(reverse("event_feedback:event", args=[event_a.translation_key]) + "?export=csv")

    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert len(rows) == 4
    assert '\'=HYPERLINK("http://evil")' in [row[5] for row in rows]


def test_another_organisations_csv_is_not_found(client, event_a, event_b):
    staff(client, "Moderators", event_a.organisation)

    response = client.get(reverse("event_feedback:event", args=[event_b.translation_key]) + "?export=csv")

    assert response.status_code == 404


def test_the_menu_item_is_shown_only_to_staff_who_may_see_feedback(client, event_a):
    staff(client, "Moderators", event_a.organisation)
    moderator_menu = client.get(reverse("wagtailadmin_home")).content.decode()
    client.logout()
    staff(client, "Editors", event_a.organisation)
    editor_menu = client.get(reverse("wagtailadmin_home")).content.decode()

    url = reverse("event_feedback:index")
    assert url in moderator_menu
    assert url not in editor_menu
