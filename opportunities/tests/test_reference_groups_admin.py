"""Reference groups in the Wagtail admin: scoping by organisation, members, review requests, sending and
the responses with their CSV export."""

import csv
import io
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from opportunities.models import (
    ExpressionOfInterest,
    InterestStatus,
    ReferenceGroupMember,
    ReviewRequest,
    ReviewResponse,
)
from opportunities.reference_groups import send_review_request
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.tests.factories import UserFactory
from sidebyside.testing.accounts import login_with_mfa

from .factories import ExpressionOfInterestFactory
from .test_reference_groups import member_of, recruiting_group, review_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_a(home_page):
    return recruiting_group(home_page, name="Leaflet readers A")


@pytest.fixture
def group_b(home_page):
    return recruiting_group(home_page, name="Leaflet readers B")


@pytest.fixture
def moderator_of_a(client, group_a):
    user = UserFactory(groups=["Moderators"])
    group_a.organisation.staff.add(user)
    login_with_mfa(client, user)
    return user


def test_a_moderator_sees_only_their_organisations_groups(client, moderator_of_a, group_a, group_b):
    page = client.get(reverse("reference_groups:index")).content.decode()

    assert "Leaflet readers A" in page
    assert "Leaflet readers B" not in page


@pytest.mark.parametrize(
    "url_name",
    ["reference_groups:edit", "reference_groups:members", "reference_groups:history", "reference_groups:delete"],
)
def test_another_organisations_group_is_not_found(client, moderator_of_a, group_b, url_name):
    # follow=True: Django's LocaleMiddleware answers a 404 under /admin/ with a redirect to the same path
    # with a language prefix, which then gives the 404.
    response = client.get(reverse(url_name, args=[group_b.pk]), follow=True)

    assert response.status_code == 404
    assert "Leaflet readers B" not in response.content.decode()


@pytest.mark.parametrize("url_name", ["review_requests:edit", "review_requests:send", "review_requests:responses"])
def test_another_organisations_review_request_is_not_found(client, moderator_of_a, group_b, url_name):
    request = review_request(group_b)

    assert client.get(reverse(url_name, args=[request.pk]), follow=True).status_code == 404
    assert client.post(reverse(url_name, args=[request.pk]), follow=True).status_code == 404
    assert not ReviewResponse.objects.exists()


def test_a_trust_administrator_sees_every_group(client, group_a, group_b):
    login_with_mfa(client, UserFactory(groups=["Trust administrators"]))

    page = client.get(reverse("reference_groups:index")).content.decode()

    assert "Leaflet readers A" in page and "Leaflet readers B" in page


def test_the_menu_shows_reference_groups_to_moderators(client, moderator_of_a):
    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Reference groups" in page


def test_adding_a_placed_applicant_and_removing_them(client, moderator_of_a, group_a):
    placed = ExpressionOfInterestFactory(opportunity=group_a.opportunity, status=InterestStatus.PLACED, name="Bea")
    elsewhere = ExpressionOfInterestFactory(status=InterestStatus.PLACED, name="Cy")
    members_url = reverse("reference_groups:members", args=[group_a.pk])

    page = client.get(members_url).content.decode()
    refused = client.post(members_url, {"interest": elsewhere.pk})
    added = client.post(members_url, {"interest": placed.pk})

    assert "Bea" in page and "Cy" not in page
    assert refused.status_code == 200 and "Choose someone from the list." in refused.content.decode()
    assert added.status_code == 302
    member = ReferenceGroupMember.objects.get(group=group_a)
    assert member.interest == placed and member.is_active

    removed = client.post(reverse("reference_groups:remove_member", args=[group_a.pk, member.pk]))

    assert removed.status_code == 302
    member.refresh_from_db()
    assert member.left_at is not None
    assert "Past members" in client.get(members_url).content.decode()


def test_creating_a_review_request_needs_a_document_or_link(client, moderator_of_a, group_a, group_b):
    due = (timezone.localdate() + timedelta(days=10)).isoformat()
    data = {"group": group_a.pk, "title": "Discharge leaflet", "instructions": "Is it clear?", "due_date": due}

    without = client.post(reverse("review_requests:add"), data)
    other_group = client.post(reverse("review_requests:add"), {**data, "group": group_b.pk, "link": "https://x.org"})
    created = client.post(reverse("review_requests:add"), {**data, "link": "https://leaflets.example.org/1"})

    assert "Choose a document or give a link" in without.content.decode()
    assert other_group.status_code == 200 and not ReviewRequest.objects.filter(group=group_b).exists()
    assert created.status_code == 302
    request = ReviewRequest.objects.get()
    assert (request.group, request.created_by, request.sent_at) == (group_a, moderator_of_a, None)


def test_send_to_members_sends_once(client, moderator_of_a, group_a):
    member_of(group_a)
    member_of(group_a)
    request = review_request(group_a)
    send_url = reverse("review_requests:send", args=[request.pk])

    confirm = client.get(send_url).content.decode()
    first = client.post(send_url)
    second = client.post(send_url)

    assert "to the 2 members of Leaflet readers A" in confirm
    assert first.status_code == second.status_code == 302
    assert ReviewResponse.objects.filter(request=request).count() == 2
    assert OutboxMessage.objects.filter(template="review_request").count() == 2


def test_sending_says_how_many_members_it_went_to(client, moderator_of_a, group_a):
    member_of(group_a)
    request = review_request(group_a)

    response = client.post(reverse("review_requests:send", args=[request.pk]), follow=True)

    assert "Sent to 1 member." in response.content.decode()


def test_a_group_without_active_members_is_not_sent_to(client, moderator_of_a, group_a):
    member_of(group_a, left_at=timezone.now())
    request = review_request(group_a)
    send_url = reverse("review_requests:send", args=[request.pk])

    refused = client.post(send_url, follow=True)

    assert refused.redirect_chain[-1][0] == reverse("reference_groups:members", args=[group_a.pk])
    assert "there is nobody to send it to" in refused.content.decode()
    assert "already been sent" not in refused.content.decode()
    request.refresh_from_db()
    assert request.sent_at is None and not ReviewResponse.objects.exists()
    member_of(group_a)
    sent = client.post(send_url, follow=True)
    assert "Sent to 1 member." in sent.content.decode()
    assert OutboxMessage.objects.filter(template="review_request").count() == 1


@pytest.mark.parametrize("value", ["abc", "", "1.5", "-1", "٣", "99999999999999999999999", "other"])
def test_a_bad_or_foreign_group_in_the_new_request_link_is_ignored(client, moderator_of_a, group_a, group_b, value):
    value = str(group_b.pk) if value == "other" else value

    response = client.get(reverse("review_requests:add"), {"group": value})

    assert response.status_code == 200
    assert response.context["form"]["group"].value() is None
    assert group_b.name not in response.content.decode()


def test_the_new_request_link_chooses_a_visible_group(client, moderator_of_a, group_a):
    response = client.get(reverse("review_requests:add"), {"group": group_a.pk})
    assert response.context["form"]["group"].value() == group_a.pk


def test_responses_show_who_answered_and_who_has_not_and_export_as_csv(client, moderator_of_a, group_a):
    ada, bo = member_of(group_a, name="Ada"), member_of(group_a, name="Bo")
    request = review_request(group_a)
    send_review_request(request)
    ReviewResponse.objects.filter(member=ada).update(
        clarity="partly", comments="=HYPERLINK('x') page 2 is long", answered_at=timezone.now()
    )
    url = reverse("review_requests:responses", args=[request.pk])

    page = client.get(url).content.decode()
    exported = client.get(url, {"export": "csv"})

    assert "1 answer" in page and "1 has not answered" in page
    assert "Partly" in page and "page 2 is long" in page and "Bo" in page
    assert exported["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode())))
    assert rows[0] == ["Name", "Still in the group", "Answered", "Is it clear?", "Comments"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Ada"][3:] == ["Partly", "'=HYPERLINK('x') page 2 is long"]
    assert by_name["Bo"][2:] == ["", "", ""]
    assert bo.is_active


def test_the_request_listing_filters_by_group_and_counts_answers(client, moderator_of_a, group_a, home_page):
    other_a = recruiting_group(home_page, name="Other group")
    other_a.organisation = group_a.organisation
    other_a.save()
    review_request(group_a, title="First leaflet")
    review_request(other_a, title="Second leaflet")

    page = client.get(reverse("review_requests:index"), {"group": group_a.pk}).content.decode()

    assert "First leaflet" in page and "Second leaflet" not in page


def test_a_moderator_creates_and_edits_groups_only_for_their_organisation(client, moderator_of_a, group_a, group_b):
    data = {"name": "Young readers", "description": "", "reminder_days": "3"}

    refused = client.post(reverse("reference_groups:add"), {**data, "organisation": group_b.organisation.pk})
    created = client.post(reverse("reference_groups:add"), {**data, "organisation": group_a.organisation.pk})
    edit_page = client.get(reverse("reference_groups:edit", args=[group_a.pk]))

    assert refused.status_code == 200 and not group_b.organisation.reference_groups.filter(name="Young readers")
    assert created.status_code == 302
    assert group_a.organisation.reference_groups.filter(name="Young readers", reminder_days=3).exists()
    assert edit_page.status_code == 200


def test_staff_see_the_private_link_of_members_who_get_no_email(client, moderator_of_a, group_a):
    emailed = member_of(group_a, name="Ada")
    by_phone = member_of(group_a, name="Bo")
    ExpressionOfInterest.objects.filter(pk=by_phone.interest_id).update(
        preferred_contact="phone", phone="07700 900123", language="pl"
    )
    request = review_request(group_a)
    send_review_request(request)

    page = client.get(reverse("review_requests:responses", args=[request.pk])).content.decode()

    phone_token = ReviewResponse.objects.get(member=by_phone).token
    email_token = ReviewResponse.objects.get(member=emailed).token
    assert f"/pl/involvement/reviews/{phone_token}/" in page
    assert "phone 07700 900123" in page
    assert email_token not in page
