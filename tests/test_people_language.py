"""Every message to a member of the public goes out in the language they used, whoever or whatever sends it.

Issue 10, section 5: the language a person used is stored on what they submit (and on a member's profile),
and every message to them uses it. The danger is the fallback in notify(): without a language it takes the
active one, which is a staff member's when they act in the admin and the default in a scheduled task. So
each message below is made from an English context (a moderator acting, or a task running) for a person
who wrote to us in Polish (some in Arabic too), and the test checks both the outbox row's language and
that its subject, rendered as delivery renders it, is not the English one.
"""

import datetime

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest

from community import buddies, changes, signups
from community import tasks as community_tasks
from community.forum import lifecycle, moderating
from community.models import (
    ForumSubscription,
    MatchStatus,
    OfferStatus,
    PostStatus,
    RequestStatus,
    Side,
    SignUp,
    SignUpStatus,
    StoryIndexPage,
    StoryPage,
    StoryStatus,
)
from community.tests.buddy_factories import BuddyOfferFactory, BuddyRequestFactory, BuddySchemeIndexPageFactory
from community.tests.factories import EventIndexPageFactory, EventPageFactory, SignUpFactory
from community.tests.forum_public_factories import ForumCategoryFactory, ForumPostFactory, ForumTopicFactory
from community.tests.story_factories import StoryIndexPageFactory, StorySubmissionFactory
from opportunities import tasks as opportunity_tasks
from opportunities.models import ExpressionOfInterest, InterestStatus
from opportunities.reference_groups import send_review_reminders, send_review_request
from opportunities.tests.factories import (
    ExpressionOfInterestFactory,
    OpportunityIndexPageFactory,
    OpportunityPageFactory,
)
from opportunities.tests.test_alerts_publishing import subscriber
from opportunities.tests.test_reference_groups import member_of, recruiting_group, review_request
from sidebyside.accounts.models import InvolvementProfile, preferred_language
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory, topic
from sidebyside.moderation.services import transition
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context
from sidebyside.testing.accounts import login_with_mfa

pytestmark = pytest.mark.django_db

STAFF_LANGUAGE = "en"


def subject_in(message, language):
    copy = OutboxMessage(template=message.template, context=message.context, language=language)
    return render_message(copy, site_context())[0]


def assert_in_language(message, language):
    """The row says `language`, and its subject, rendered the way delivery renders it, is not English."""
    assert message.language == language, f"{message.template} to {message.recipient} is in {message.language}"
    subject = render_message(message, site_context())[0]
    assert subject == subject_in(message, language)
    assert subject != subject_in(message, STAFF_LANGUAGE), f"{message.template}: {subject!r} is the English subject"


def to(recipient, template):
    return OutboxMessage.objects.get(recipient=recipient, template=template)


@pytest.fixture
def north(db):
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def staff(north):
    user = MemberFactory(groups=["Moderators"], first_name="Sam", last_name="Moderator")
    north.staff.add(user)
    return user


def as_staff():
    """A moderator (or a scheduled task) at work: the active language is theirs, not the person's."""
    return translation.override(STAFF_LANGUAGE)


# --- opportunities -----------------------------------------------------------------------------------------


def interest_for(home_page, language, **fields):
    index = OpportunityIndexPageFactory(parent=home_page)
    return ExpressionOfInterestFactory(opportunity=OpportunityPageFactory(parent=index), language=language, **fields)


def interest_contacted(home_page, staff, language):
    interest = interest_for(home_page, language)
    with as_staff():
        transition(interest, InterestStatus.CONTACTED, by=staff)
    return [to(interest.email, "interest_status")]


def interest_placed(home_page, staff, language):
    interest = interest_for(home_page, language, status=InterestStatus.CONTACTED)
    with as_staff():
        transition(interest, InterestStatus.PLACED, by=staff)
    return [to(interest.email, "interest_status")]


def interest_not_proceeding(home_page, staff, language):
    interest = interest_for(home_page, language)
    with as_staff():
        transition(interest, InterestStatus.NOT_PROCEEDING, by=staff, reason="All the places have gone.")
    return [to(interest.email, "interest_status")]


def review_request_and_reminder(home_page, staff, language):
    group = recruiting_group(home_page)
    member = member_of(group, language=language)
    with as_staff():
        send_review_request(review_request(group, due_in_days=0))
        send_review_reminders()
    email = member.interest.email
    return [to(email, "review_request"), to(email, "review_reminder")]


def topic_alert(home_page, staff, language):
    subscription = subscriber(email="alerts@example.org", language=language)
    index = OpportunityIndexPageFactory(parent=home_page)
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    with as_staff():
        assert opportunity_tasks.send_topic_alerts(page.pk) == 1
    return [to(subscription.email, "topic_alert")]


# --- events ------------------------------------------------------------------------------------------------


def event_page(home_page, **fields):
    return EventPageFactory(parent=EventIndexPageFactory(parent=home_page), **fields)


def person(language, email="ola@example.org"):
    return {"name": "Ola Nowak", "email": email, "language": language, "consent_wording_version": "test"}


def signup_added_by_staff(home_page, staff, language):
    """Staff add someone who phoned in; the language they chose for the person's messages is kept."""
    event = event_page(home_page)
    with as_staff():
        signups.sign_up(event, person(language), by=staff)
    return [to("ola@example.org", "event_signup")]


def signup_approved(home_page, staff, language):
    event = event_page(home_page, needs_approval=True)
    signup = SignUpFactory(event=event, email="ola@example.org", language=language, status=SignUpStatus.PENDING)
    with as_staff():
        signups.approve(signup, by=staff)
    return [to("ola@example.org", "event_signup")]


def signup_rejected(home_page, staff, language):
    event = event_page(home_page, needs_approval=True)
    signup = SignUpFactory(event=event, email="ola@example.org", language=language, status=SignUpStatus.PENDING)
    with as_staff():
        signups.decide(signup, SignUpStatus.REJECTED, by=staff, reason="Only for people under 25.")
    return [to("ola@example.org", "event_signup_rejected")]


def signup_waitlisted_then_promoted(home_page, staff, language):
    event = event_page(home_page, capacity=1)
    first = SignUpFactory(event=event, language="en")
    with as_staff():
        signups.sign_up(event, person(language), by=staff)
        assert SignUp.objects.get(email="ola@example.org").status == SignUpStatus.WAITLISTED
        signups.cancel(first, by=staff)
    waiting, promoted = OutboxMessage.objects.filter(recipient="ola@example.org", template="event_signup").order_by(
        "pk"
    )
    assert (waiting.context["kind"], promoted.context["kind"]) == ("waitlisted", "promoted")
    return [waiting, promoted]


def signup_offered_then_expired(home_page, staff, language):
    """A place freed by staff is offered; the scheduled task later takes the unanswered offer back."""
    event = event_page(home_page, capacity=1, offer_hours=24)
    first = SignUpFactory(event=event, language="en")
    SignUpFactory(event=event, email="ola@example.org", language=language, status=SignUpStatus.WAITLISTED)
    with as_staff():
        signups.cancel(first, by=staff)
        signups.expire_offers(now=timezone.now() + datetime.timedelta(days=2))
    offered, expired = OutboxMessage.objects.filter(recipient="ola@example.org", template="event_signup").order_by(
        "pk"
    )
    assert (offered.context["kind"], expired.context["kind"]) == ("offered", "offer_expired")
    return [offered, expired]


def signup_cancelled_by_staff(home_page, staff, language):
    signup = SignUpFactory(event=event_page(home_page), email="ola@example.org", language=language)
    with as_staff():
        signups.cancel(signup, by=staff)
    return [to("ola@example.org", "event_signup")]


def event_cancelled(home_page, staff, language):
    event = event_page(home_page, cancellation_message="The room flooded.")
    SignUpFactory(event=event, email="ola@example.org", language=language)
    with as_staff():
        changes.cancel_event(event)
    return [to("ola@example.org", "event_cancelled")]


def event_changed(home_page, staff, language):
    event = event_page(home_page)
    SignUpFactory(event=event, email="ola@example.org", language=language)
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save()
    with as_staff():
        changes.tell_of_change(event)
    return [to("ola@example.org", "event_changed")]


def event_reminder(home_page, staff, language):
    event = event_page(home_page)
    SignUpFactory(event=event, email="ola@example.org", language=language)
    with as_staff():
        assert community_tasks.send_event_reminders(now=community_tasks.morning_of(event.start)) == 1
    return [to("ola@example.org", "event_reminder")]


def event_feedback_request(home_page, staff, language):
    start = timezone.now() - datetime.timedelta(hours=6)
    event = event_page(home_page, start=start, end=start + datetime.timedelta(hours=2))
    SignUpFactory(event=event, email="ola@example.org", language=language, status=SignUpStatus.ATTENDED)
    with as_staff():
        assert community_tasks.send_feedback_requests() == 1
    return [to("ola@example.org", "event_feedback_request")]


# --- stories -----------------------------------------------------------------------------------------------


def story_for(home_page, language):
    return StorySubmissionFactory(index_page=StoryIndexPageFactory(parent=home_page), language=language)


def story_not_used(home_page, staff, language):
    submission = story_for(home_page, language)
    with as_staff():
        transition(submission, StoryStatus.NOT_USED, by=staff, reason="Too like another story.")
    return [to(submission.email, "story_not_used")]


def story_withdrawn(home_page, staff, language):
    submission = story_for(home_page, language)
    with as_staff():
        transition(submission, StoryStatus.WITHDRAWN, by=staff)
    return [to(submission.email, "story_withdrawn")]


def story_accepted_then_published(home_page, staff, language):
    """Accepting makes a draft page (no message); publishing it tells the person, in their language."""
    submission = story_for(home_page, language)
    with as_staff():
        transition(submission, StoryStatus.ACCEPTED, by=staff)
        assert not OutboxMessage.objects.filter(recipient=submission.email).exists()
        submission.refresh_from_db()
        StoryPage.objects.get(pk=submission.story_page_id).save_revision(user=staff).publish()
    return [to(submission.email, "story_published")]


# --- buddy scheme ------------------------------------------------------------------------------------------


def buddy_pair(home_page, language):
    index = BuddySchemeIndexPageFactory(parent=home_page)
    request = BuddyRequestFactory(index_page=index, email="asker@example.org", language=language)
    offer = BuddyOfferFactory(email="buddy@example.org", language=language)
    return request, offer


def buddy_offer_approved(home_page, staff, language):
    offer = BuddyOfferFactory(email="buddy@example.org", language=language, status=OfferStatus.NEW)
    with as_staff():
        transition(offer, OfferStatus.APPROVED, by=staff, reason="Training done.")
    return [to("buddy@example.org", "buddy_offer_approved")]


def buddy_offer_not_approved(home_page, staff, language):
    offer = BuddyOfferFactory(email="buddy@example.org", language=language, status=OfferStatus.NEW)
    with as_staff():
        transition(offer, OfferStatus.NOT_APPROVED, by=staff, reason="No references yet.")
    return [to("buddy@example.org", "buddy_offer_not_approved")]


def accepted_by_both(request, offer, staff):
    match = buddies.propose_match(request, offer, by=staff)
    buddies.accept_match(match, Side.PERSON)
    buddies.accept_match(match, Side.BUDDY)
    return match


def buddy_match_proposed_and_confirmed(home_page, staff, language):
    request, offer = buddy_pair(home_page, language)
    with as_staff():
        match = accepted_by_both(request, offer, staff)
    assert match.status == MatchStatus.ACTIVE
    return [
        to(address, template)
        for address in ("asker@example.org", "buddy@example.org")
        for template in ("buddy_match_proposed", "buddy_match_confirmed")
    ]


def buddy_match_declined(home_page, staff, language):
    request, offer = buddy_pair(home_page, language)
    with as_staff():
        match = buddies.propose_match(request, offer, by=staff)
        buddies.decline_match(match, Side.MODERATOR, reason="Not a good fit after all.", by=staff)
    return [to(address, "buddy_match_not_going_ahead") for address in ("asker@example.org", "buddy@example.org")]


def buddy_match_ended_and_checked_in(home_page, staff, language):
    request, offer = buddy_pair(home_page, language)
    with as_staff():
        match = accepted_by_both(request, offer, staff)
        buddies.end_match(match, Side.MODERATOR, reason="The project finished.", by=staff)
        assert buddies.send_checkins() == 2
    return [
        to(address, template)
        for address in ("asker@example.org", "buddy@example.org")
        for template in ("buddy_match_ended", "buddy_checkin")
    ]


def buddy_request_closed_by_staff(home_page, staff, language):
    request, offer = buddy_pair(home_page, language)
    with as_staff():
        buddies.propose_match(request, offer, by=staff)
        request.refresh_from_db()
        transition(request, RequestStatus.CLOSED, by=staff, reason="They moved away.")
    return [to("buddy@example.org", "buddy_match_ended")]


def buddy_two_week_checkin(home_page, staff, language):
    request, offer = buddy_pair(home_page, language)
    with as_staff():
        accepted_by_both(request, offer, staff)
        assert buddies.send_checkins(now=timezone.now() + datetime.timedelta(days=15)) == 2
    return [to(address, "buddy_checkin") for address in ("asker@example.org", "buddy@example.org")]


# --- forum (a member's messages use their profile's language) --------------------------------------------


def forum_member(language, email="ola@example.org"):
    member = MemberFactory(email=email)
    InvolvementProfile.objects.create(user=member, display_name="Ola", preferred_language=language)
    return member


def forum_held_post_approved(home_page, staff, language):
    member = forum_member(language)
    post = ForumPostFactory(topic=ForumTopicFactory(author=member), status=PostStatus.HELD)
    with as_staff():
        transition(post, PostStatus.LIVE, by=staff)
    return [to(member.email, "forum_post_live")]


def forum_held_post_rejected(home_page, staff, language):
    member = forum_member(language)
    post = ForumPostFactory(topic=ForumTopicFactory(author=member), status=PostStatus.HELD)
    with as_staff():
        transition(post, PostStatus.REJECTED, by=staff, reason="Please keep to the house rules.")
    return [to(member.email, "forum_post_rejected")]


def forum_reply_to_a_follower(home_page, staff, language):
    follower = forum_member(language)
    topic = ForumTopicFactory()
    ForumSubscription.objects.create(topic=topic, member=follower)
    post = ForumPostFactory(topic=topic, author=MemberFactory(), status=PostStatus.HELD)
    with as_staff():
        transition(post, PostStatus.LIVE, by=staff)
    return [to(follower.email, "forum_reply")]


def forum_suspended_banned_reinstated(home_page, staff, language):
    member = forum_member(language)
    with as_staff():
        moderating.suspend(member, by=staff, days=2, reason="Please keep to the house rules.")
        moderating.reinstate(member, by=staff)
        moderating.ban(member, by=staff, reason="Repeated unkind posts.")
    return [to(member.email, template) for template in ("forum_suspended", "forum_reinstated", "forum_banned")]


MESSAGE_KINDS = [
    interest_contacted,
    interest_placed,
    interest_not_proceeding,
    review_request_and_reminder,
    topic_alert,
    signup_added_by_staff,
    signup_approved,
    signup_rejected,
    signup_waitlisted_then_promoted,
    signup_offered_then_expired,
    signup_cancelled_by_staff,
    event_cancelled,
    event_changed,
    event_reminder,
    event_feedback_request,
    story_not_used,
    story_withdrawn,
    story_accepted_then_published,
    buddy_offer_approved,
    buddy_offer_not_approved,
    buddy_match_proposed_and_confirmed,
    buddy_match_declined,
    buddy_match_ended_and_checked_in,
    buddy_request_closed_by_staff,
    buddy_two_week_checkin,
    forum_held_post_approved,
    forum_held_post_rejected,
    forum_reply_to_a_follower,
    forum_suspended_banned_reinstated,
]
# A few in Arabic too, so that nothing is quietly hard-wired to Polish.
IN_ARABIC = [
    interest_contacted,
    review_request_and_reminder,
    topic_alert,
    signup_approved,
    event_reminder,
    story_accepted_then_published,
    buddy_match_proposed_and_confirmed,
    forum_held_post_rejected,
]


@pytest.mark.parametrize(
    ("send", "language"),
    [pytest.param(kind, "pl", id=f"{kind.__name__}-pl") for kind in MESSAGE_KINDS]
    + [pytest.param(kind, "ar", id=f"{kind.__name__}-ar") for kind in IN_ARABIC],
)
def test_a_message_sent_by_staff_or_a_task_is_in_the_persons_language(home_page, staff, send, language):
    messages = send(home_page, staff, language)
    assert messages
    for message in messages:
        assert_in_language(message, language)


# --- through the admin, as an English-speaking moderator ------------------------------------------------


@pytest.fixture
def moderator_client(client, staff):
    login_with_mfa(client, staff)
    return client


def test_a_moderator_using_the_admin_in_english_writes_to_the_person_in_polish(home_page, north, moderator_client):
    """The whole request runs in English (the admin's language); the message is still in Polish."""
    category = ForumCategoryFactory(organisation=north)
    post = ForumPostFactory(
        topic=ForumTopicFactory(category=category, author=forum_member("pl")), status=PostStatus.HELD
    )
    index = StoryIndexPageFactory(parent=home_page, organisation=north)
    submission = StorySubmissionFactory(index_page=index, language="pl")
    response = moderator_client.post(
        reverse("forum_posts:transition", args=[post.pk]),
        {"to_status": PostStatus.LIVE, "expected_status": PostStatus.HELD, "reason": ""},
    )
    assert response.status_code == 302
    response = moderator_client.post(
        reverse("story_submissions:transition", args=[submission.pk]),
        {"to_status": StoryStatus.NOT_USED, "expected_status": StoryStatus.NEW, "reason": "Too like another story."},
    )
    assert response.status_code == 302
    assert_in_language(to("ola@example.org", "forum_post_live"), "pl")
    assert_in_language(to(submission.email, "story_not_used"), "pl")


# --- what the person sends is kept with their language -------------------------------------------------


def polish(page):
    translated = page.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    translated.save_revision().publish()
    return translated


def test_an_interest_sent_in_polish_keeps_polish_for_every_later_message(client, home_page, staff):
    page = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home_page))
    data = {
        "name": "Ola Nowak",
        "preferred_contact": "email",
        "email": "ola@example.org",
        "why_interested": "Chodzę do tej przychodni co miesiąc.",
        "consent": "on",
    }
    assert client.post(polish(page).url, data).status_code == 302
    interest = ExpressionOfInterest.objects.get()
    assert interest.language == "pl"
    assert_in_language(to("ola@example.org", "interest_received"), "pl")
    with as_staff():
        transition(interest, InterestStatus.CONTACTED, by=staff)
    assert_in_language(to("ola@example.org", "interest_status"), "pl")


def test_a_story_sent_in_polish_is_published_with_a_polish_message(client, home_page, staff):
    index = StoryIndexPageFactory(parent=home_page)
    polish_index = polish(index)
    data = {
        "name": "Ola Nowak",
        "email": "ola@example.org",
        "title": "Mój głos",
        "story": "Dołączyłam do panelu czytelników w zeszłym roku.",
        "naming": "full_name",
        "consent": "on",
    }
    assert client.post(polish_index.url + "share/", data).status_code == 302
    assert_in_language(to("ola@example.org", "story_received"), "pl")
    submission = StoryIndexPage.objects.get(pk=polish_index.pk).submissions.get()
    with as_staff():
        transition(submission, StoryStatus.ACCEPTED, by=staff)
        submission.refresh_from_db()
        StoryPage.objects.get(pk=submission.story_page_id).save_revision(user=staff).publish()
    assert_in_language(to("ola@example.org", "story_published"), "pl")


# --- a member's profile language --------------------------------------------------------------------------


def test_signing_up_in_polish_makes_polish_the_members_language(client, home_page):
    response = client.post("/pl/account/signup/", {"email": "ola@example.org", "privacy_notice": "on"})
    assert response.status_code == 302
    profile = InvolvementProfile.objects.get(user__email="ola@example.org")
    assert profile.preferred_language == "pl"
    assert preferred_language(profile.user) == "pl"


def test_a_member_who_signed_up_in_polish_hears_from_the_forum_moderators_in_polish(client, home_page, staff):
    client.post("/pl/account/signup/", {"email": "ola@example.org", "privacy_notice": "on"})
    member = InvolvementProfile.objects.get(user__email="ola@example.org").user
    post = ForumPostFactory(topic=ForumTopicFactory(author=member), status=PostStatus.HELD)
    with as_staff():
        transition(post, PostStatus.REJECTED, by=staff, reason="Please keep to the house rules.")
    assert_in_language(to("ola@example.org", "forum_post_rejected"), "pl")


def test_a_member_changes_their_language_on_their_profile_and_messages_follow(client, home_page, staff):
    member = forum_member("pl")
    client.force_login(member)
    response = client.post(
        "/pl/account/profile/", {"preferred_language": "ar", "preferred_contact": "email", "display_name": "Ola"}
    )
    assert response.status_code == 302
    member = get_user_model().objects.get(pk=member.pk)
    assert preferred_language(member) == "ar"
    with as_staff():
        moderating.suspend(member, by=staff, days=2, reason="Please keep to the house rules.")
    assert_in_language(to(member.email, "forum_suspended"), "ar")


def test_a_member_without_a_profile_language_gets_the_default_not_the_active_language(staff):
    member = MemberFactory()
    with translation.override("pl"):
        contact = lifecycle.member_contact(member)
    assert contact.language == "en"
