"""Who sees what: a moderator sees only their organisation's buddy requests, offers, matches and
check-ins (trust-wide items only trust administrators see), and a member sees only their own match."""

from django.urls import reverse

import pytest

from community import buddies
from community.models import BuddyCheckIn, Side
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation import services
from sidebyside.testing.accounts import login_with_mfa

from .buddy_factories import BuddyOfferFactory, BuddyRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def south():
    return OrganisationFactory(name="South Hospital")


@pytest.fixture
def moderator(north):
    user = MemberFactory(groups=["Moderators"])
    north.staff.add(user)
    return user


def test_a_moderator_cannot_see_another_organisations_buddy_records(client, north, south, moderator):
    ours = BuddyRequestFactory(organisation=north, name="Our Request")
    theirs = BuddyRequestFactory(organisation=south, name="Their Request")
    trust_wide = BuddyRequestFactory(organisation=None, name="Trust Wide")
    our_offer = BuddyOfferFactory(organisation=north, name="Our Offer")
    their_offer = BuddyOfferFactory(organisation=south, name="Their Offer")
    their_match = buddies.propose_match(theirs, their_offer, by=None)
    their_checkin = BuddyCheckIn.objects.create(match=their_match, side=Side.PERSON, kind="two_weeks")

    visible = services.visible_to(moderator, type(ours).objects.all())
    assert list(visible) == [ours]
    login_with_mfa(client, moderator)
    listing = client.get(reverse("buddy_requests:index")).content.decode()
    assert "Our Request" in listing and "Their Request" not in listing and "Trust Wide" not in listing
    offers = client.get(reverse("buddy_offers:index")).content.decode()
    assert "Our Offer" in offers and "Their Offer" not in offers
    assert client.get(reverse("buddy_requests:inspect", args=[ours.pk])).status_code == 200
    for name, pk in [
        ("buddy_requests", theirs.pk),
        ("buddy_requests", trust_wide.pk),
        ("buddy_offers", their_offer.pk),
        ("buddy_matches", their_match.pk),
        ("buddy_checkins", their_checkin.pk),
    ]:
        assert client.get(reverse(f"{name}:inspect", args=[pk])).status_code == 404
    # Nor can they propose their own buddy for another organisation's request, or another's buddy for theirs.
    response = client.post(reverse("buddy_requests:propose", args=[theirs.pk]), {"offer": our_offer.pk})
    assert response.status_code == 404
    client.post(reverse("buddy_requests:propose", args=[ours.pk]), {"offer": their_offer.pk})
    assert not our_offer.matches.exists() and their_offer.matches.count() == 1


def test_a_trust_administrator_sees_trust_wide_requests(client):
    trust_wide = BuddyRequestFactory(organisation=None)
    admin = MemberFactory(groups=["Trust administrators"])
    login_with_mfa(client, admin)
    assert client.get(reverse("buddy_requests:inspect", args=[trust_wide.pk])).status_code == 200


def test_members_and_the_public_cannot_reach_the_queues(client):
    buddy_request = BuddyRequestFactory()
    for name in ("buddy_requests", "buddy_offers", "buddy_matches", "buddy_checkins"):
        response = client.get(reverse(f"{name}:index"))
        assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(MemberFactory())
    assert client.get(reverse("buddy_requests:inspect", args=[buddy_request.pk])).status_code in (302, 403)


def test_a_member_cannot_see_another_members_match(client):
    asker = MemberFactory()
    offer = BuddyOfferFactory()
    match = buddies.propose_match(BuddyRequestFactory(user=asker), offer, by=None)
    url = reverse("community:buddy_match", args=[match.pk])
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(MemberFactory())
    assert client.get(url).status_code == 404
    assert client.post(url, {"action": "accept"}).status_code == 404
    client.force_login(asker)
    assert client.get(url).status_code == 200
    client.force_login(offer.user)
    assert client.get(url).status_code == 200


def test_every_buddy_admin_page_renders_for_a_trust_administrator(client):
    admin = MemberFactory(groups=["Trust administrators"])
    match = buddies.propose_match(BuddyRequestFactory(), BuddyOfferFactory(), by=None)
    checkin = BuddyCheckIn.objects.create(match=match, side=Side.BUDDY, kind="two_weeks")
    login_with_mfa(client, admin)
    pages = {
        "buddy_requests": match.request_id,
        "buddy_offers": match.offer_id,
        "buddy_matches": match.pk,
        "buddy_checkins": checkin.pk,
    }
    for name, pk in pages.items():
        assert client.get(reverse(f"{name}:index")).status_code == 200, name
        assert client.get(reverse(f"{name}:inspect", args=[pk])).status_code == 200, name
        assert client.get(reverse(f"{name}:index") + "?export=csv").status_code == 200, name
    settings_url = reverse("wagtailsettings:edit", args=["community", "safeguardingsettings"])
    assert client.get(settings_url, follow=True).status_code == 200
    moderator = MemberFactory(groups=["Moderators"])
    client.logout()
    login_with_mfa(client, moderator)
    assert client.get(settings_url).status_code in (302, 403)
