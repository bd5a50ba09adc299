"""A member changes their mind from My involvement: cancelling their request for a buddy or withdrawing their
offer to be one, after an "are you sure?" page. Whoever they were matched with is told kindly, and the
decision is in the audit trail as the member's own."""

from django.urls import reverse

import pytest

from community import buddies
from community.models import BuddyMatch, MatchStatus, OfferStatus, RequestStatus, Side
from sidebyside.accounts.dashboard import sections_for
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

from .buddy_factories import BuddyOfferFactory, BuddyRequestFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("accounts:dashboard")


@pytest.fixture
def member():
    return MemberFactory(email="kim@example.org")


def buddy_items(user):
    return next(items for section, items in sections_for(user) if section.key == "buddies")


def cancel_url(buddy_request):
    return reverse("community:cancel_buddy_request", args=[buddy_request.pk])


def withdraw_url(offer):
    return reverse("community:withdraw_buddy_offer", args=[offer.pk])


def decisions_about(obj):
    return ModerationDecision.objects.filter(object_id=obj.pk, content_type__model=type(obj)._meta.model_name)


def test_a_member_cancels_a_request_that_is_still_waiting(client, member):
    buddy_request = BuddyRequestFactory(user=member)
    [item] = buddy_items(member)
    assert item.action_label == "Cancel" and item.action_url == cancel_url(buddy_request)
    client.force_login(member)

    confirm = client.get(item.action_url)
    assert confirm.status_code == 200 and "Cancel my request" in confirm.content.decode()
    buddy_request.refresh_from_db()
    assert buddy_request.status == RequestStatus.NEW  # looking is not cancelling

    response = client.post(item.action_url, follow=True)

    assert response.redirect_chain[-1][0] == DASHBOARD
    assert "You have cancelled your request for a buddy." in response.content.decode()
    buddy_request.refresh_from_db()
    assert buddy_request.status == RequestStatus.CLOSED
    decision = decisions_about(buddy_request).get(to_status=RequestStatus.CLOSED)
    assert decision.by == member and decision.reason == "The person cancelled their request."
    assert buddy_items(member)[0].action_url == ""


def test_cancelling_a_matched_request_ends_the_match_and_tells_the_buddy_kindly(client, member):
    buddy_request = BuddyRequestFactory(user=member)
    offer = BuddyOfferFactory(email="grace@example.org")
    match = buddies.propose_match(buddy_request, offer, by=None)
    buddies.accept_match(match, Side.PERSON)
    buddies.accept_match(match, Side.BUDDY)
    client.force_login(member)

    client.post(cancel_url(buddy_request))

    match.refresh_from_db()
    buddy_request.refresh_from_db()
    assert match.status == MatchStatus.ENDED and match.ended_by == Side.PERSON
    assert buddy_request.status == RequestStatus.CLOSED
    told = OutboxMessage.objects.filter(template="buddy_match_ended")
    assert list(told.values_list("recipient", flat=True)) == ["grace@example.org"]
    assert decisions_about(buddy_request).filter(to_status=RequestStatus.CLOSED).count() == 1


def test_withdrawing_an_offer_ends_its_match_and_puts_the_request_back_in_the_queue(client, member):
    offer = BuddyOfferFactory(user=member, email="kim@example.org", status=OfferStatus.APPROVED)
    buddy_request = BuddyRequestFactory(email="rosa@example.org")
    buddies.propose_match(buddy_request, offer, by=None)
    [_match, offer_item] = buddy_items(member)
    assert offer_item.action_label == "Withdraw" and offer_item.action_url == withdraw_url(offer)
    client.force_login(member)
    assert "Withdraw my offer" in client.get(offer_item.action_url).content.decode()

    response = client.post(offer_item.action_url, follow=True)

    assert "You have withdrawn your offer to be a buddy." in response.content.decode()
    offer.refresh_from_db()
    buddy_request.refresh_from_db()
    assert offer.status == OfferStatus.WITHDRAWN
    assert BuddyMatch.objects.get().status == MatchStatus.ENDED
    assert buddy_request.status == RequestStatus.NEW
    told = OutboxMessage.objects.filter(template="buddy_match_ended")
    assert list(told.values_list("recipient", flat=True)) == ["rosa@example.org"]
    assert decisions_about(offer).get(to_status=OfferStatus.WITHDRAWN).by == member


def test_nobody_else_can_cancel_or_withdraw_and_guests_are_asked_to_sign_in(client, member):
    buddy_request = BuddyRequestFactory(user=member)
    offer = BuddyOfferFactory(user=member)

    assert client.post(cancel_url(buddy_request)).url.startswith("/en/account/login/")
    client.force_login(MemberFactory())
    assert client.post(cancel_url(buddy_request)).status_code == 404
    assert client.post(withdraw_url(offer)).status_code == 404
    buddy_request.refresh_from_db()
    offer.refresh_from_db()
    assert buddy_request.status == RequestStatus.NEW and offer.status == OfferStatus.APPROVED


def test_what_has_already_ended_cannot_be_changed_again(client, member):
    buddy_request = BuddyRequestFactory(user=member)
    offer = BuddyOfferFactory(user=member, status=OfferStatus.NOT_APPROVED)
    client.force_login(member)
    client.post(cancel_url(buddy_request))

    again = client.post(cancel_url(buddy_request), follow=True)
    not_approved = client.get(withdraw_url(offer), follow=True)

    assert "This has already ended, so there is nothing to change." in again.content.decode()
    assert "This has already ended" in not_approved.content.decode()
    assert decisions_about(buddy_request).filter(to_status=RequestStatus.CLOSED).count() == 1
    offer.refresh_from_db()
    assert offer.status == OfferStatus.NOT_APPROVED


def test_a_request_closed_by_staff_while_the_page_was_open_is_not_closed_twice(client, member):
    buddy_request = BuddyRequestFactory(user=member)
    client.force_login(member)
    client.get(cancel_url(buddy_request))
    staff = MemberFactory(groups=["Trust administrators"])
    buddies.transition(buddy_request, RequestStatus.CLOSED, by=staff, reason="They found support elsewhere.")

    with pytest.raises(buddies.TransitionError):
        buddies.cancel_request(buddy_request, by=member)
    response = client.post(cancel_url(buddy_request), follow=True)

    assert "This has already ended" in response.content.decode()
    assert decisions_about(buddy_request).filter(to_status=RequestStatus.CLOSED).count() == 1
