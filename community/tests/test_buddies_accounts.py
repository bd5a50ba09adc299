"""What a member sees of the buddy scheme: the My involvement section with accept/decline/end actions,
their data download, a guest's requests joining their account, and deleting their account."""

from django.urls import reverse

import pytest

from community import buddies
from community.models import BuddyMatch, BuddyOffer, BuddyRequest, MatchStatus, SafeguardingConcern, Side
from sidebyside.accounts import privacy
from sidebyside.accounts.dashboard import sections_for
from sidebyside.accounts.prefill import _guest_record_linkers
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.notifications.models import OutboxMessage

from .buddy_factories import BuddyOfferFactory, BuddyRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return MemberFactory(email="kim@example.org")


def section_items(user):
    return next(items for section, items in sections_for(user) if section.key == "buddies")


def test_my_involvement_lists_requests_offers_and_matches_with_actions(client, member):
    buddy_request = BuddyRequestFactory(user=member, name="Kim Member")
    BuddyOfferFactory(user=member, name="Kim Member", status="new")
    other = BuddyOfferFactory(name="Grace Mensah")
    match = buddies.propose_match(buddy_request, other, by=None)
    items = section_items(member)
    titles = [item.title for item in items]
    assert titles == ["Your buddy: Grace", "Your request for a buddy", "Your offer to be a buddy"]
    assert items[0].status == "Waiting for your answer" and items[0].action_label == "Accept or decline"
    assert items[0].action_url == reverse("community:buddy_match", args=[match.pk])
    assert items[2].status == "Waiting for approval"

    client.force_login(member)
    html = client.get(reverse("accounts:dashboard")).content.decode()
    assert "My buddy requests, offers and matches" in html and "Your buddy: Grace" in html

    client.post(items[0].action_url, {"action": "accept"})
    assert section_items(member)[0].status == "You accepted: waiting for the other person"
    buddies.accept_match(BuddyMatch.objects.get(), Side.BUDDY)
    first = section_items(member)[0]
    assert (
        first.title == "Your buddy: Grace Mensah" and first.status == "Active" and first.action_label == "See or end"
    )
    client.post(first.action_url, {"action": "end", "reason": "Thanks, all done"})
    assert BuddyMatch.objects.get().status == MatchStatus.ENDED
    assert section_items(member)[0].action_url == ""


def test_the_buddys_side_shows_whom_they_help(member):
    offer = BuddyOfferFactory(user=member)
    buddies.propose_match(BuddyRequestFactory(name="Rosa Kowalczyk"), offer, by=None)
    assert section_items(member)[0].title == "You are buddy to Rosa"


def test_an_empty_section_says_so(client, member):
    client.force_login(member)
    assert (
        "You have not asked for a buddy or offered to be one."
        in client.get(reverse("accounts:dashboard")).content.decode()
    )


def test_the_data_download_has_the_members_buddy_records(member):
    BuddyRequestFactory(user=member, name="Kim Member", anything_else="Nervous about meetings")
    BuddyOfferFactory(user=member, help_with="I know the youth forum")
    section = next(section for section in privacy.collect_data(member) if section["key"] == "buddies")
    kinds = [row["What"] for row in section["rows"]]
    assert kinds == ["Request for a buddy", "Offer to be a buddy"]
    assert section["rows"][0]["Anything else"] == "Nervous about meetings"
    assert section["rows"][1]["Anything else"] == "I know the youth forum"


def test_a_guests_requests_join_their_account_when_they_verify_the_email(member):
    buddy_request = BuddyRequestFactory(email="KIM@example.org")
    for linker in _guest_record_linkers:
        linker(member, "kim@example.org")
    buddy_request.refresh_from_db()
    assert buddy_request.user == member


def test_deleting_the_account_ends_open_matches_kindly_and_removes_the_records(member):
    buddy_request = BuddyRequestFactory(user=member, email="kim@example.org")
    guest_request = BuddyRequestFactory(email="Kim@Example.org")
    BuddyOfferFactory(user=member)
    other = BuddyOfferFactory(email="grace@example.org")
    match = buddies.propose_match(buddy_request, other, by=None)
    buddies.accept_match(match, Side.PERSON)
    buddies.accept_match(match, Side.BUDDY)
    kept_request = BuddyRequestFactory(email="someone@example.org")
    SafeguardingConcern.objects.create(concern="Worried", name="Kim", email="kim@example.org", user=member)

    privacy.delete_account(member)

    assert list(BuddyRequest.objects.all()) == [kept_request]
    assert guest_request.pk not in BuddyRequest.objects.values_list("pk", flat=True)
    assert list(BuddyOffer.objects.all()) == [other] and not BuddyMatch.objects.exists()
    ended = OutboxMessage.objects.get(template="buddy_match_ended", recipient="grace@example.org")
    assert ended.context["name"] == other.name
    confirmed = OutboxMessage.objects.get(template="buddy_match_confirmed", recipient="grace@example.org")
    assert "kim@example.org" not in str(confirmed.context)
    concern = SafeguardingConcern.objects.get()
    assert (concern.user, concern.name, concern.email, concern.concern) == (None, "", "", "Worried")
