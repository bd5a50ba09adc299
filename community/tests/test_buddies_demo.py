"""The demo buddy scheme that `load_demo_content` builds: the page in every language, a named safeguarding
lead, approved and pending offers, open requests (one overdue), a proposed match, an active match with its
check-in due, an ended match, nobody told anything, and loading again changes nothing."""

from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Site

import pytest

from community.buddies import send_checkins
from community.demo.buddies import BUDDIES_KEY, OFFERS, REQUESTS
from community.models import (
    BuddyCheckIn,
    BuddyMatch,
    BuddyOffer,
    BuddyRequest,
    BuddySchemeIndexPage,
    MatchStatus,
    OfferStatus,
    RequestStatus,
    SafeguardingSettings,
)
from community.viewsets.buddies import buddy_request_viewset
from sidebyside.moderation.filters import working_days_before
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


def counts():
    return (
        BuddySchemeIndexPage.objects.count(),
        BuddyOffer.objects.count(),
        BuddyRequest.objects.count(),
        BuddyMatch.objects.count(),
        ModerationDecision.objects.count(),
    )


def test_every_language_has_a_live_buddy_scheme_page(client, demo):
    for code in ("en", "pl", "ar"):
        page = BuddySchemeIndexPage.objects.get(locale__language_code=code, slug=BUDDIES_KEY)
        assert page.live and page.organisation is not None
        assert client.get(page.url).status_code == 200
        assert client.get(page.url + "ask/").status_code == 200
        assert client.get(page.url + "concern/").status_code == 200
    lead = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True))
    assert lead.lead_name and lead.lead_email


def test_offers_requests_and_matches_in_every_state(demo):
    assert BuddyOffer.objects.filter(status=OfferStatus.APPROVED).count() == 3
    assert BuddyOffer.objects.filter(status=OfferStatus.NEW).count() == 1
    assert all(offer.approval_note for offer in BuddyOffer.objects.filter(status=OfferStatus.APPROVED))
    waiting = BuddyRequest.objects.filter(status=RequestStatus.NEW)
    assert waiting.count() == 2
    cutoff = working_days_before(timezone.now(), buddy_request_viewset.overdue_after_working_days)
    assert waiting.filter(status_changed_at__lt=cutoff).count() == 1
    assert {match.status for match in BuddyMatch.objects.all()} == {
        MatchStatus.PROPOSED,
        MatchStatus.ACTIVE,
        MatchStatus.ENDED,
    }
    proposed = BuddyMatch.objects.get(status=MatchStatus.PROPOSED)
    assert proposed.person_accepted_at and not proposed.buddy_accepted_at and proposed.reasons
    assert BuddyRequest.objects.get(name="Samira Ali").language == "ar"
    assert BuddyRequest.objects.get(name="Agnieszka Wójcik").language == "pl"
    assert not OutboxMessage.objects.filter(template__startswith="buddy_").exists()
    assert len(OFFERS) == 4 and len(REQUESTS) == 5


def test_the_active_match_has_its_check_in_due(demo):
    assert not BuddyCheckIn.objects.exists()
    send_checkins()
    active = BuddyMatch.objects.get(status=MatchStatus.ACTIVE)
    ended = BuddyMatch.objects.get(status=MatchStatus.ENDED)
    assert BuddyCheckIn.objects.filter(match=active, kind="two_weeks").count() == 2
    assert BuddyCheckIn.objects.filter(match=ended, kind="ended").count() == 2


def test_loading_again_changes_nothing_and_makes_no_duplicates(demo):
    before = counts()
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    assert "nothing changed" in output.getvalue()
    assert counts() == before
    assert not OutboxMessage.objects.filter(template__startswith="buddy_").exists()
