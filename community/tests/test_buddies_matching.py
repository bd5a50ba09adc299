"""Matching in the admin and the both-accept flow: only approved buddies with spare places are offered,
ranked with reasons; proposing asks both people with their own signed link; contact details are shared only
when both have accepted; one person's link cannot act for the other; either side or a moderator can end a
match, and the other side is told kindly."""

from django.core import signing
from django.urls import reverse

import pytest

from community import buddies
from community.models import BuddyMatch, BuddyOffer, MatchStatus, OfferStatus, RequestStatus, Side
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context
from sidebyside.testing.accounts import login_with_mfa

from .buddy_factories import BuddyOfferFactory, BuddyRequestFactory, BuddySchemeIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def index(home_page):
    return BuddySchemeIndexPageFactory(parent=home_page)


@pytest.fixture
def moderator(north):
    user = MemberFactory(groups=["Moderators"], first_name="Sam", last_name="Moderator")
    north.staff.add(user)
    return user


@pytest.fixture
def asker(index, north):
    return BuddyRequestFactory(
        index_page=index,
        organisation=north,
        name="Rosa Kowalczyk",
        email="rosa@example.org",
        phone="07700 900111",
        preferred_language="Polish",
        support_areas=["travel"],
    )


@pytest.fixture
def grace(north):
    return BuddyOfferFactory(
        organisation=north,
        name="Grace Mensah",
        email="grace@example.org",
        phone="07700 900222",
        languages=["English", "Polish"],
        support_areas=["travel"],
    )


def message(template, recipient):
    return OutboxMessage.objects.get(template=template, recipient=recipient)


def test_the_request_page_lists_approved_buddies_with_spare_places_and_their_reasons(
    client, asker, grace, moderator, north
):
    BuddyOfferFactory(organisation=north, name="Pending Pat", status=OfferStatus.NEW)
    full = BuddyOfferFactory(organisation=north, name="Full Fran", capacity=1)
    BuddyMatch.objects.create(request=BuddyRequestFactory(organisation=north), offer=full, status=MatchStatus.ACTIVE)
    BuddyOfferFactory(organisation=OrganisationFactory(name="South"), name="Other Org Olu")
    login_with_mfa(client, moderator)
    html = client.get(reverse("buddy_requests:inspect", args=[asker.pk])).content.decode()
    assert "Grace Mensah" in html and "speaks Polish" in html and "can help with travel" in html
    for hidden in ("Pending Pat", "Full Fran", "Other Org Olu"):
        assert hidden not in html


def test_proposing_asks_both_with_their_own_link_and_shares_nothing_yet(client, asker, grace, moderator):
    login_with_mfa(client, moderator)
    response = client.post(reverse("buddy_requests:propose", args=[asker.pk]), {"offer": grace.pk})
    assert response.status_code == 302
    match = BuddyMatch.objects.get()
    asker.refresh_from_db()
    assert match.status == MatchStatus.PROPOSED and asker.status == RequestStatus.PROPOSED
    assert match.proposed_by == moderator and "speaks Polish" in match.reasons
    to_person = message("buddy_match_proposed", "rosa@example.org")
    to_buddy = message("buddy_match_proposed", "grace@example.org")
    assert to_person.context["match_path"] != to_buddy.context["match_path"]
    assert to_person.context["other_first_name"] == "Grace" and to_buddy.context["other_first_name"] == "Rosa"
    for sent in (to_person, to_buddy):
        assert "grace@example.org" not in str(sent.context) or sent.recipient == "grace@example.org"
        assert "07700" not in str(sent.context) and sent.context["concern_path"]
    page = client.get(to_person.context["match_path"]).content.decode()
    assert "Grace" in page and "grace@example.org" not in page and "07700 900222" not in page


def test_only_an_approved_buddy_with_a_place_can_be_proposed(asker, grace, moderator):
    pending = BuddyOfferFactory(status=OfferStatus.NEW)
    with pytest.raises(buddies.MatchRefused):
        buddies.propose_match(asker, pending, by=moderator)
    other = BuddyRequestFactory()
    buddies.propose_match(other, grace, by=moderator)
    with pytest.raises(buddies.MatchRefused):
        buddies.propose_match(asker, grace, by=moderator)
    assert BuddyMatch.objects.count() == 1


def test_details_are_shared_only_after_both_accept(client, asker, grace, moderator):
    match = buddies.propose_match(asker, grace, by=moderator)
    person_link = buddies.match_path(match, Side.PERSON)
    buddy_link = buddies.match_path(match, Side.BUDDY)

    client.post(person_link, {"action": "accept"})
    match.refresh_from_db()
    assert match.status == MatchStatus.PROPOSED and match.person_accepted_at and not match.buddy_accepted_at
    assert not OutboxMessage.objects.filter(template="buddy_match_confirmed").exists()
    waiting = client.get(person_link).content.decode()
    assert "waiting for Grace" in waiting and "grace@example.org" not in waiting

    client.post(buddy_link, {"action": "accept"})
    match.refresh_from_db()
    asker.refresh_from_db()
    assert match.status == MatchStatus.ACTIVE and match.started_at and match.details_shared
    assert asker.status == RequestStatus.MATCHED
    to_person = message("buddy_match_confirmed", "rosa@example.org")
    to_buddy = message("buddy_match_confirmed", "grace@example.org")
    assert to_person.context["other_email"] == "grace@example.org"
    assert to_person.context["other_phone"] == "07700 900222"
    assert to_buddy.context["other_email"] == "rosa@example.org"
    assert "grace@example.org" in client.get(person_link).content.decode()
    assert "rosa@example.org" in client.get(buddy_link).content.decode()


def test_one_persons_link_cannot_act_for_the_other(client, asker, grace, moderator):
    match = buddies.propose_match(asker, grace, by=moderator)
    person_link = buddies.match_path(match, Side.PERSON)
    client.post(person_link, {"action": "accept"})
    client.post(person_link, {"action": "accept"})  # twice: still only the person
    match.refresh_from_db()
    assert match.status == MatchStatus.PROPOSED and match.buddy_accepted_at is None
    # A link with its side changed, or not signed by us, does not work at all.
    token = person_link.rstrip("/").rsplit("/", 1)[1]
    payload, stamp, signature = token.split(":")
    changed = signing.b64_encode(signing.b64_decode(payload.encode()).replace(b"person", b"buddy")).decode()
    forged = f"{changed}:{stamp}:{signature}"
    assert client.get(reverse("community:buddy_match_link", args=[forged])).status_code == 404
    assert client.get(reverse("community:buddy_match_link", args=["nonsense"])).status_code == 404


def test_declining_puts_the_request_back_and_tells_the_other_kindly(client, asker, grace, moderator):
    match = buddies.propose_match(asker, grace, by=moderator)
    client.post(buddies.match_path(match, Side.BUDDY), {"action": "decline", "reason": "Too busy this month"})
    match.refresh_from_db()
    asker.refresh_from_db()
    assert match.status == MatchStatus.DECLINED and asker.status == RequestStatus.NEW
    told = message("buddy_match_not_going_ahead", "rosa@example.org")
    assert "Too busy" not in str(told.context)
    assert not OutboxMessage.objects.filter(template="buddy_match_not_going_ahead", recipient=grace.email).exists()
    assert ModerationDecision.objects.filter(to_status="declined", reason="Too busy this month").exists()


def active_match(asker, grace, moderator):
    match = buddies.propose_match(asker, grace, by=moderator)
    buddies.accept_match(match, Side.PERSON)
    buddies.accept_match(match, Side.BUDDY)
    match.refresh_from_db()
    return match


def test_the_person_ends_a_match_by_link_with_a_reason(client, asker, grace, moderator):
    match = active_match(asker, grace, moderator)
    link = buddies.match_path(match, Side.PERSON)
    no_reason = client.post(link, {"action": "end", "reason": ""})
    assert "Tell us briefly why" in no_reason.content.decode()
    match.refresh_from_db()
    assert match.status == MatchStatus.ACTIVE
    client.post(link, {"action": "end", "reason": "I feel ready on my own"})
    match.refresh_from_db()
    asker.refresh_from_db()
    assert match.status == MatchStatus.ENDED and match.ended_by == Side.PERSON and match.ended_at
    assert asker.status == RequestStatus.CLOSED
    told = message("buddy_match_ended", "grace@example.org")
    assert told.context["is_buddy"] and "ready on my own" not in str(told.context)
    assert not OutboxMessage.objects.filter(template="buddy_match_ended", recipient="rosa@example.org").exists()


def test_a_member_buddy_ends_a_match_from_my_involvement(client, asker, grace, moderator):
    match = active_match(asker, grace, moderator)
    client.force_login(grace.user)
    url = reverse("community:buddy_match", args=[match.pk])
    assert "rosa@example.org" in client.get(url).content.decode()
    client.post(url, {"action": "end", "reason": "Moving away"})
    match.refresh_from_db()
    asker.refresh_from_db()
    assert match.ended_by == Side.BUDDY and asker.status == RequestStatus.NEW  # back in the queue
    assert message("buddy_match_ended", "rosa@example.org").context["is_buddy"] is False


def test_a_moderator_ends_a_match_in_the_admin_and_both_are_told(client, asker, grace, moderator):
    match = active_match(asker, grace, moderator)
    login_with_mfa(client, moderator)
    detail = client.get(reverse("buddy_matches:inspect", args=[match.pk])).content.decode()
    assert 'data-transition="ended"' in detail and 'data-transition="active"' not in detail
    client.post(
        reverse("buddy_matches:transition", args=[match.pk]),
        {"to_status": "ended", "expected_status": "active", "reason": "Safeguarding advice"},
    )
    match.refresh_from_db()
    assert match.status == MatchStatus.ENDED and match.ended_by == Side.MODERATOR
    for address in ("rosa@example.org", "grace@example.org"):
        assert message("buddy_match_ended", address).context["ended_by_moderator"] is True


def test_a_moderator_cannot_start_a_match_for_them(asker, grace, moderator):
    match = buddies.propose_match(asker, grace, by=moderator)
    with pytest.raises(buddies.MatchRefused):
        services.transition(match, MatchStatus.ACTIVE, by=moderator)
    match.refresh_from_db()
    assert match.status == MatchStatus.PROPOSED


def test_approving_an_offer_needs_the_training_or_checks_and_keeps_them(client, moderator, north):
    offer = BuddyOfferFactory(organisation=north, status=OfferStatus.NEW, approval_note="")
    login_with_mfa(client, moderator)
    detail = client.get(reverse("buddy_offers:inspect", args=[offer.pk])).content.decode()
    assert "Training completed or checks done" in detail
    url = reverse("buddy_offers:transition", args=[offer.pk])
    client.post(url, {"to_status": "approved", "expected_status": "new", "reason": ""})
    offer.refresh_from_db()
    assert offer.status == OfferStatus.NEW
    client.post(url, {"to_status": "approved", "expected_status": "new", "reason": "Buddy module done 1 Dec"})
    offer.refresh_from_db()
    assert offer.status == OfferStatus.APPROVED and offer.approval_note == "Buddy module done 1 Dec"
    assert OutboxMessage.objects.filter(template="buddy_offer_approved", recipient=offer.email).exists()
    assert BuddyOffer.objects.get().pk == offer.pk


def test_every_buddy_message_has_a_concern_link(client, index, asker, grace, moderator):
    active_match(asker, grace, moderator)
    templates = set(OutboxMessage.objects.values_list("template", flat=True))
    assert {"buddy_match_proposed", "buddy_match_confirmed"} <= templates
    site = site_context()
    for sent in OutboxMessage.objects.filter(template__startswith="buddy_"):
        assert sent.context["concern_path"] == f"{index.url}concern/"
        _subject, text, html = render_message(sent, site)
        assert f"{index.url}concern/" in text and f"{index.url}concern/" in html


def test_closing_a_request_in_the_admin_ends_its_match_and_tells_the_buddy(client, asker, grace, moderator):
    match = active_match(asker, grace, moderator)
    login_with_mfa(client, moderator)
    detail = client.get(reverse("buddy_requests:inspect", args=[asker.pk])).content.decode()
    assert 'data-transition="closed"' in detail and 'data-transition="new"' not in detail
    client.post(
        reverse("buddy_requests:transition", args=[asker.pk]),
        {"to_status": "closed", "expected_status": "matched", "reason": "Moved out of the area"},
    )
    asker.refresh_from_db()
    match.refresh_from_db()
    assert asker.status == RequestStatus.CLOSED and match.status == MatchStatus.ENDED
    assert match.ended_by == Side.MODERATOR
    assert message("buddy_match_ended", "grace@example.org").context["ended_by_moderator"] is True
