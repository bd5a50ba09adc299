"""Asking for a buddy, offering to be one and raising a concern: what a guest and a member send, every
way it can be wrong, honeypot and rate limit, and that no input fails with a server error or saves half."""

from django.core.cache import cache
from django.urls import reverse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from community.forms.buddies import BuddyOfferForm, BuddyRequestForm, ConcernForm
from community.models import BuddyOffer, BuddyRequest, OfferStatus, RequestStatus, SafeguardingConcern
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from sidebyside.accounts.tests.factories import MemberFactory, ProfileFactory
from sidebyside.core.tests.factories import ContactPersonFactory, OrganisationFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

from .buddy_factories import BuddySchemeIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Riverside Trust")


@pytest.fixture
def index(home_page, organisation):
    contact = ContactPersonFactory(name="Priya Lead", email="priya@example.org", organisation=organisation)
    return BuddySchemeIndexPageFactory(parent=home_page, organisation=organisation, contact=contact)


@pytest.fixture
def opportunity(home_page):
    parent = OpportunityIndexPageFactory(parent=home_page)
    return OpportunityPageFactory(parent=parent, title="Maternity voices")


def ask_url(index):
    return index.url + "ask/"


def offer_url(index):
    return index.url + "offer/"


def valid_request(**changes):
    data = {
        "name": "Jo Bloggs",
        "preferred_contact": "phone",
        "phone": "07700 900123",
        "support_areas": ["first_meetings", "travel"],
        "modes": ["in_person"],
        "days": ["tue"],
        "times": ["morning"],
        "preferred_language": "Polish",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def valid_offer(**changes):
    data = {
        "name": "Bea Buddy",
        "preferred_contact": "email",
        "email": "bea@example.org",
        "help_with": "I remember my first meeting.",
        "support_areas": ["travel"],
        "languages": "English, Polish, polish",
        "modes": ["phone"],
        "days": ["tue"],
        "times": ["morning"],
        "capacity": "2",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_the_scheme_page_links_to_ask_offer_and_concern(client, index):
    html = client.get(index.url).content.decode()
    for route in ("ask/", "offer/", "concern/"):
        assert f'href="{index.url}{route}"' in html
    form = client.get(ask_url(index)).content.decode()
    for name in ("name", "preferred_contact", "email", "phone", "support_areas", "opportunity", "modes", "sbs_trap"):
        assert f'name="{name}"' in form
    assert f'href="{index.url}concern/"' in form


def test_a_guest_asks_by_phone_only_and_everything_is_committed_together(client, index, opportunity):
    response = client.post(ask_url(index), valid_request(opportunity=str(opportunity.pk)))
    assert response.status_code == 302 and response["Location"].endswith("ask/thank-you/")
    buddy_request = BuddyRequest.objects.get()
    assert buddy_request.status == RequestStatus.NEW and buddy_request.email == ""
    assert buddy_request.phone == "07700 900123" and buddy_request.support_areas == ["first_meetings", "travel"]
    # The organisation comes from the chosen opportunity, not from the page.
    assert buddy_request.organisation == opportunity.organisation
    assert ModerationDecision.objects.filter(object_id=buddy_request.pk, to_status="new").count() == 1
    confirmation = OutboxMessage.objects.get(template="buddy_request_received")
    assert confirmation.status == OutboxMessage.Status.NOT_EMAILED  # a phone person gets no email
    staff = OutboxMessage.objects.get(template="buddy_request_for_staff")
    assert staff.recipient == "priya@example.org"
    assert staff.context["concern_path"] == f"{index.url}concern/"
    thank_you = client.get(response["Location"]).content.decode()
    assert "What happens next" in thank_you and "Raise a concern" in thank_you


def test_without_an_opportunity_the_request_is_trust_wide(client, index):
    client.post(ask_url(index), valid_request(opportunity_text="Youth forum"))
    buddy_request = BuddyRequest.objects.get()
    assert buddy_request.organisation is None and buddy_request.opportunity_title == "Youth forum"


def test_the_thank_you_page_needs_a_request_from_this_browser(client, index):
    response = client.get(ask_url(index) + "thank-you/")
    assert response.status_code == 302 and response["Location"] == index.url


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name."),
        ({"preferred_contact": None}, "preferred_contact", "Choose how we should contact you."),
        ({"preferred_contact": "post"}, "preferred_contact", "Select a valid choice"),
        ({"phone": ""}, "phone", "Enter a phone number so that we can call or text you."),
        ({"preferred_contact": "email"}, "email", "Enter your email address so that we can email you."),
        ({"preferred_contact": "email", "email": "nope"}, "email", "Enter an email address like"),
        ({"phone": "call me"}, "phone", "Enter a phone number using numbers only"),
        ({"support_areas": None}, "support_areas", "Choose at least one thing you would like support with."),
        ({"support_areas": ["other"]}, "support_other", "Tell us what else you would like support with."),
        ({"modes": None}, "modes", "Choose at least one way to meet or talk."),
        ({"same_gender": "on"}, "gender", "Choose your gender so that we can find a buddy of the same gender."),
        ({"opportunity": "999999"}, "opportunity", "Choose an opportunity from the list."),
        ({"consent": None}, "consent", "Tick the box to agree so that we can find you a buddy."),
    ],
)
def test_each_mistake_gets_its_own_message_and_nothing_is_saved(client, index, changes, field, message):
    response = client.post(ask_url(index), valid_request(**changes))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and "nhsuk-error-summary" in html and message in html
    assert f'href="#id_{field}' in html
    assert not BuddyRequest.objects.exists() and not OutboxMessage.objects.exists()
    assert not ModerationDecision.objects.exists()


def test_the_honeypot_refuses_bots_quietly(client, index):
    response = client.post(ask_url(index), valid_request(sbs_trap="http://spam.example"))
    assert response.status_code == 200 and "We could not accept this form" in response.content.decode()
    assert not BuddyRequest.objects.exists()


def test_too_many_requests_are_refused(client, index, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"buddy": {"ip": (100, 3600), "email": (1, 3600)}}
    assert client.post(ask_url(index), valid_request()).status_code == 302
    assert client.post(ask_url(index), valid_request()).status_code == 429
    assert BuddyRequest.objects.count() == 1


def test_a_member_finds_the_form_filled_from_their_profile(client, index):
    member = MemberFactory(email="kim@example.org")
    ProfileFactory(user=member, preferred_name="Kim Member", phone="07700 900999", best_days=["wed"])
    client.force_login(member)
    html = client.get(ask_url(index)).content.decode()
    assert 'value="Kim Member"' in html and 'value="kim@example.org"' in html and 'value="07700 900999"' in html
    assert 'value="wed" checked' in html
    client.post(ask_url(index), valid_request(name="Kim Member"))
    assert BuddyRequest.objects.get().user == member


def test_offering_needs_an_account(client, index):
    response = client.get(offer_url(index))
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_member_offers_to_be_a_buddy_and_waits_for_approval(client, index):
    member = MemberFactory()
    client.force_login(member)
    response = client.post(offer_url(index), valid_offer())
    assert response.status_code == 302 and response["Location"].endswith("offer/thank-you/")
    offer = BuddyOffer.objects.get()
    assert offer.user == member and offer.status == OfferStatus.NEW and offer.capacity == 2
    assert offer.languages == ["English", "Polish"] and offer.organisation is None
    assert ModerationDecision.objects.filter(object_id=offer.pk, to_status="new").count() == 1
    assert OutboxMessage.objects.filter(template="buddy_offer_received", recipient="bea@example.org").exists()
    assert OutboxMessage.objects.filter(template="buddy_offer_for_staff").exists()
    assert "Thank you for offering" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"help_with": ""}, "Tell us what you could help with."),
        ({"languages": " , ;"}, "Tell us which languages you speak."),
        ({"days": None}, "Choose at least one day."),
        ({"capacity": "9"}, "Select a valid choice"),
    ],
)
def test_a_bad_offer_saves_nothing(client, index, changes, message):
    client.force_login(MemberFactory())
    response = client.post(offer_url(index), valid_offer(**changes))
    assert response.status_code == 200 and message in response.content.decode()
    assert not BuddyOffer.objects.exists() and not OutboxMessage.objects.exists()


def test_a_concern_needs_only_the_concern(client, index):
    response = client.post(index.url + "concern/", {"concern": "My buddy asked me for money."})
    assert response.status_code == 302 and response["Location"].endswith("concern/thank-you/")
    assert SafeguardingConcern.objects.get().concern == "My buddy asked me for money."
    empty = client.post(index.url + "concern/", {"concern": " "})
    assert "Tell us what you are worried about." in empty.content.decode()
    assert SafeguardingConcern.objects.count() == 1


@VIEW_FUZZ_SETTINGS
@given(data=st.data())
def test_the_form_classes_never_fail(data):
    for form_class in (BuddyRequestForm, BuddyOfferForm, ConcernForm):
        assert_form_handles(form_class, data.draw(form_data(form_class)))


@VIEW_FUZZ_SETTINGS
@given(data=st.data())
def test_the_ask_page_never_fails_and_never_half_saves(client, index, data):
    cache.clear()
    post = data.draw(form_data(BuddyRequestForm))
    response = assert_view_handles_post(client, ask_url(index), post, BuddyRequest.objects.count)
    requests = BuddyRequest.objects.count()
    assert ModerationDecision.objects.count() == requests
    assert OutboxMessage.objects.filter(template="buddy_request_received").count() == requests
    if response.status_code == 302:
        assert response["Location"].endswith("ask/thank-you/")


def test_the_dashboard_url_exists():
    assert reverse("accounts:dashboard")
