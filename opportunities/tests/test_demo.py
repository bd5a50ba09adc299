"""The demo opportunities that `load_demo_content` builds: varied, translated, with people at every stage of the
pipeline, a working reference group and alert subscribers, and no messages sent to anyone made up."""

from io import StringIO

from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

import pytest

from opportunities import alerts
from opportunities.demo import ar, people, pl
from opportunities.models import (
    Audience,
    Commitment,
    Delivery,
    ExpressionOfInterest,
    InterestStatus,
    OpportunityKind,
    OpportunityPage,
    Payment,
    ReferenceGroup,
    TopicSubscription,
)
from opportunities.models.pages import CLOSING_SOON_DAYS
from sidebyside.core.models import Organisation, Venue
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision, ModerationNote
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db


def load_demo():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


def english_opportunities():
    return list(OpportunityPage.objects.live().filter(locale__language_code="en").prefetch_related("topics"))


def test_opportunities_cover_every_kind_audience_delivery_commitment_and_payment(demo):
    pages = english_opportunities()

    assert len(pages) >= 12
    assert {page.kind for page in pages} == set(OpportunityKind.values)
    assert {audience for page in pages for audience in page.audiences} == set(Audience)
    assert {delivery for page in pages for delivery in page.deliveries} == set(Delivery)
    assert {page.frequency for page in pages} == set(Commitment.values)
    assert {page.payment for page in pages} == set(Payment.values)
    assert all(page.payment_rate for page in pages if page.payment == Payment.PAID)
    assert len({page.organisation_id for page in pages}) >= 3
    assert len({topic.slug for page in pages for topic in page.topics.all()}) >= 6
    assert all(page.venue for page in pages if page.in_person)
    assert all(page.contact and page.payment_policy and page.search_description for page in pages)


def test_opportunities_offer_support_training_related_roles_and_extra_questions(demo):
    pages = english_opportunities()

    assert any(page.offers_briefing and page.offers_taster and page.offers_buddy for page in pages)
    assert any(page.training_links.exists() for page in pages)
    related = [item.opportunity for page in pages for item in page.related_opportunities.all()]
    assert related and all(isinstance(other, OpportunityPage) and other.live for other in related)
    maternity = OpportunityPage.objects.get(locale__language_code="en", slug="maternity-voices")
    questions = {field.clean_name: field for field in maternity.form_fields.all()}
    assert questions["used_maternity_unit_recently"].field_type == "radio"
    assert questions["which_days_suit_you"].field_type == "checkboxes"
    assert "Wednesday" in questions["which_days_suit_you"].choices


def test_one_opportunity_is_closed_one_full_and_one_closing_soon(demo):
    pages = english_opportunities()
    today = timezone.localdate()

    assert any(page.is_past_closing_date for page in pages)
    assert any(page.is_full and not page.is_past_closing_date for page in pages)
    closing_soon = [p for p in pages if p.closing_date and 0 <= (p.closing_date - today).days <= CLOSING_SOON_DAYS]
    assert closing_soon and all(page.is_open for page in closing_soon)
    assert sum(page.is_open for page in pages) >= 8


@pytest.mark.parametrize("code, words", [("pl", pl), ("ar", ar)])
def test_polish_and_arabic_versions_are_translations_of_the_english_pages(demo, code, words):
    translations = OpportunityPage.objects.live().filter(locale__language_code=code)
    english = {page.translation_key: page for page in english_opportunities()}

    assert translations.count() >= 4
    for page in translations:
        source = english[page.translation_key]
        assert page.title == words.PAGES[page.slug]["title"] != source.title
        assert page.get_parent().locale.language_code == code
        assert (page.kind, page.organisation_id, page.places_sought) == (
            source.kind,
            source.organisation_id,
            source.places_sought,
        )
        assert [f.clean_name for f in page.form_fields.all()] == [f.clean_name for f in source.form_fields.all()]
        if source.form_fields.exists():
            assert [f.label for f in page.form_fields.all()] != [f.label for f in source.form_fields.all()]
        if page.venue:
            assert page.venue.locale.language_code == code
            assert page.venue.translation_key == source.venue.translation_key


def test_interests_reach_every_status_with_a_real_audit_trail(demo):
    interests = list(ExpressionOfInterest.objects.select_related("opportunity"))

    assert len(interests) == len(people.INTERESTS)
    assert {interest.status for interest in interests} == set(InterestStatus.values)
    for interest in interests:
        decisions = list(services.history(interest))
        assert decisions[0].from_status == "" and decisions[0].to_status == InterestStatus.NEW
        assert [d.from_status for d in decisions[1:]] == [d.to_status for d in decisions[:-1]]
        assert decisions[-1].to_status == interest.status
        assert interest.opportunity_key == interest.opportunity.translation_key
        assert interest.organisation_id == interest.opportunity.organisation_id
        assert interest.consent_wording_version == "demo"
        if interest.status == InterestStatus.NOT_PROCEEDING:
            assert decisions[-1].reason


def test_interests_include_phone_only_people_access_needs_answers_and_other_languages(demo):
    interests = ExpressionOfInterest.objects.all()

    phone_only = interests.filter(email="")
    assert phone_only.exists() and all(i.phone.startswith("07700 900") for i in phone_only)
    assert all(i.email.endswith("@example.org") for i in interests.exclude(email=""))
    assert interests.exclude(access_needs=[]).count() >= 4
    answered = [i for i in interests if i.answers]
    assert answered and all(set(a) == {"label", "answer"} for i in answered for a in i.answers.values())
    assert {i.language for i in interests} == {"en", "pl", "ar"}
    arabic = interests.get(name="Aisha Rahman")
    assert arabic.opportunity.locale.language_code == "ar"
    assert (
        arabic.answers["used_maternity_unit_recently"]["label"]
        == ar.PAGES["maternity-voices"]["form_fields"]["used_maternity_unit_recently"]["label"]
    )
    assert ModerationNote.objects.count() >= 2


def test_places_filled_count_placed_people_in_every_language(demo):
    leaflets = OpportunityPage.objects.get(locale__language_code="pl", slug="leaflet-readers")

    assert leaflets.places_filled == 4  # three placed from the English page, one from the Polish one
    full = OpportunityPage.objects.get(locale__language_code="en", slug="hospital-discharge-carers")
    assert full.is_full


def test_leaflet_readers_group_has_placed_members_and_a_half_answered_review(demo):
    group = ReferenceGroup.objects.get(name="Leaflet readers")
    members = list(group.members.select_related("interest"))

    assert group.opportunity.slug == "leaflet-readers"
    assert {m.interest.status for m in members} == {InterestStatus.PLACED}
    assert len(members) == 4
    request = group.requests.get()
    assert request.sent_at is not None and request.due_date > timezone.localdate()
    responses = list(request.responses.all())
    assert len(responses) == len(members)
    assert sum(r.answered_at is not None for r in responses) == len(people.REVIEW_ANSWERS)
    assert any(r.answered_at is None for r in responses)


def test_topic_alert_subscribers_are_confirmed(demo):
    subscriptions = TopicSubscription.objects.prefetch_related("topics")

    assert subscriptions.count() == len(people.SUBSCRIPTIONS)
    assert all(s.is_active and s.topics.exists() for s in subscriptions)


def test_messages_and_alerts_work_again_after_loading(demo, django_capture_on_commit_callbacks):
    interest = ExpressionOfInterest.objects.get(name="Helen Marsh")
    page = OpportunityPage.objects.get(locale__language_code="en", slug="gp-online-booking-survey")

    services.transition(interest, InterestStatus.CONTACTED, by=None)
    with django_capture_on_commit_callbacks() as callbacks:
        page.save_revision().publish()

    assert OutboxMessage.objects.filter(idempotency_key__startswith="interest-status:").count() == 1
    assert [cb for cb in callbacks if getattr(cb, "func", None) is alerts.queue_alerts]


def test_loading_twice_creates_nothing_new(demo):
    counted = [
        OpportunityPage,
        ExpressionOfInterest,
        ModerationDecision,
        ModerationNote,
        Organisation,
        Venue,
        ReferenceGroup,
        TopicSubscription,
    ]
    before = {model: model.objects.count() for model in counted}

    output = load_demo()

    assert "nothing changed" in output
    assert {model: model.objects.count() for model in counted} == before


@pytest.mark.parametrize("code", ["en", "pl", "ar"])
def test_opportunity_pages_render_in_every_language(client, demo, code):
    index = client.get(f"/{code}/opportunities/")

    assert index.status_code == 200
    for page in OpportunityPage.objects.live().filter(locale__language_code=code):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode()
