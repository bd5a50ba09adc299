"""The forum's moderation queue: approving, rejecting and hiding posts, editing them, locking and moving
topics, suspending and banning members, dismissing reports; each logged and, where the member should know,
told through the outbox; and only the right staff, of the right organisation, reach any of it."""

import datetime

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest

from community.forum import counters, moderating, text
from community.models import (
    ForumAction,
    ForumCategory,
    ForumFlag,
    ForumPost,
    ForumStanding,
    ForumTopic,
    HoldReason,
    PostStatus,
    WatchedWord,
)
from sidebyside.accounts.models import InvolvementProfile
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.queries import assert_query_budget

pytestmark = pytest.mark.django_db


# --- building forum content for the tests ----------------------------------------------------------------


def staff_of(organisation, groups=("Moderators",)):
    user = MemberFactory(groups=list(groups), first_name="Sam", last_name="Moderator")
    organisation.staff.add(user)
    return user


def make_category(name="Getting started", organisation=None, **fields):
    return ForumCategory.objects.create(
        locale=Locale.get_default(),
        name=name,
        slug=name.lower().replace(" ", "-"),
        organisation=organisation,
        **fields,
    )


def make_post(
    category=None,
    *,
    topic=None,
    author=None,
    body="Hello, I am new here.",
    status=PostStatus.HELD,
    hold_reason=HoldReason.NEW_MEMBER,
    created_at=None,
    **fields,
):
    """A post as the posting code would leave it, with its first decision in the audit trail."""
    author = author or MemberFactory(first_name="Ola")
    created_at = created_at or timezone.now()
    if topic is None:
        topic = ForumTopic.objects.create(category=category, title="First time at a reference group", author=author)
    post = ForumPost.objects.create(
        topic=topic,
        author=author,
        is_opening=not topic.posts.exists(),
        body=body,
        body_html=text.render(body),
        status=status,
        status_changed_at=created_at,
        created_at=created_at,
        hold_reason=hold_reason if status != PostStatus.LIVE else HoldReason.NONE,
        **fields,
    )
    ModerationDecision.objects.create(
        content_type=ContentType.objects.get_for_model(ForumPost),
        object_id=post.pk,
        by=author,
        from_status="",
        to_status=status,
        created_at=created_at,
    )
    return post


def report(post, count=1, *, days_ago=0, reason="unkind"):
    """`count` reports from different members, as flag_post would leave them (without hiding the post)."""
    when = timezone.now() - datetime.timedelta(days=days_ago)
    for _ in range(count):
        ForumFlag.objects.create(post=post, member=MemberFactory(), reason=reason, detail="Not kind", created_at=when)
    post.open_flag_count = ForumFlag.objects.filter(post=post, resolved_at__isnull=True).count()
    ForumPost.objects.filter(pk=post.pk).update(open_flag_count=post.open_flag_count)
    return post


def hidden_by_reports(post, by=None):
    report(post, 3)
    ForumPost.objects.filter(pk=post.pk).update(hold_reason=HoldReason.FLAGGED)
    post.hold_reason = HoldReason.FLAGGED
    services.transition(post, PostStatus.HIDDEN, by=by, reason="Reported by 3 members")
    return post


def forum_actions(subject, kind=None):
    actions = ForumAction.objects.filter(
        content_type=ContentType.objects.get_for_model(type(subject)), object_id=subject.pk
    )
    return actions.filter(kind=kind) if kind else actions


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def south():
    return OrganisationFactory(name="South Hospital")


@pytest.fixture
def category(north):
    return make_category("Getting started", organisation=north)


@pytest.fixture
def moderator(north):
    return staff_of(north)


@pytest.fixture
def moderator_client(client, moderator):
    login_with_mfa(client, moderator)
    return client


@pytest.fixture
def post(category):
    return make_post(category, body="Hi all, I went to my **first** meeting today.")


def url(name, post):
    return reverse(f"forum_posts:{name}", args=[post.pk])


# --- approving, rejecting and hiding ---------------------------------------------------------------------


def test_approving_a_held_post_puts_it_live_and_shows_the_topic(post, moderator):
    moderating.approve(post, by=moderator)

    post.refresh_from_db()
    assert post.status == PostStatus.LIVE
    assert post.topic.__class__.objects.get(pk=post.topic_id).is_visible
    decision = services.history(post).last()
    assert (decision.from_status, decision.to_status, decision.by) == (PostStatus.HELD, PostStatus.LIVE, moderator)


def test_rejecting_needs_a_reason_and_changes_nothing_without_one(post, moderator):
    with pytest.raises(services.ReasonRequired):
        moderating.reject(post, by=moderator, reason="   ")
    post.refresh_from_db()
    assert post.status == PostStatus.HELD and services.history(post).count() == 1


def test_rejecting_keeps_the_reason_the_member_is_shown(post, moderator):
    moderating.reject(post, by=moderator, reason="Please leave out the name of the nurse.")

    post.refresh_from_db()
    assert post.status == PostStatus.REJECTED
    assert services.history(post).last().reason == "Please leave out the name of the nurse."
    message = OutboxMessage.objects.get(template="forum_post_rejected")
    assert message.context["reason"] == "Please leave out the name of the nurse."


def test_hiding_needs_a_reason_and_hides_the_topic(category, moderator):
    live = make_post(category, status=PostStatus.LIVE)
    counters.refresh_topic(live.topic)
    with pytest.raises(services.ReasonRequired):
        moderating.hide(live, by=moderator, reason="")

    moderating.hide(live, by=moderator, reason="Shares a phone number")
    live.refresh_from_db()
    assert live.status == PostStatus.HIDDEN
    assert not ForumTopic.objects.get(pk=live.topic_id).is_visible


def test_the_reject_box_tells_the_moderator_the_member_will_see_the_reason(moderator_client, post):
    html = moderator_client.get(url("inspect", post)).content.decode()
    assert "The member WILL see this reason" in html


def test_deciding_from_the_detail_page_resolves_the_reports(moderator_client, category, moderator):
    hidden = hidden_by_reports(make_post(category, status=PostStatus.LIVE))
    response = moderator_client.post(
        url("transition", hidden), {"to_status": "rejected", "expected_status": "hidden", "reason": "Unkind"}
    )
    assert response.status_code == 302
    hidden.refresh_from_db()
    assert hidden.status == PostStatus.REJECTED and hidden.open_flag_count == 0
    assert not ForumFlag.objects.filter(post=hidden, resolved_at__isnull=True).exists()
    assert set(ForumFlag.objects.values_list("resolved_by", flat=True)) == {moderator.pk}


def test_rejecting_from_the_page_without_a_reason_says_why_and_changes_nothing(moderator_client, post):
    response = moderator_client.post(
        url("transition", post), {"to_status": "rejected", "expected_status": "held", "reason": ""}, follow=True
    )
    assert "Give a reason for moving this item to “Not approved”." in response.content.decode()
    post.refresh_from_db()
    assert post.status == PostStatus.HELD


# --- editing ---------------------------------------------------------------------------------------------


def test_editing_renders_the_text_again_and_logs_the_old_text(post, moderator):
    old_body, old_html = post.body, post.body_html

    action = moderating.edit_post(post, by=moderator, body="Hi all, I went to my first meeting today.", note="Typo")

    post.refresh_from_db()
    assert post.body_html == text.render("Hi all, I went to my first meeting today.")
    assert "<strong>" in old_html and "<strong>" not in post.body_html
    assert post.edited_by_moderator and post.edited_at is not None
    assert action.kind == ForumAction.Kind.EDIT and action.note == "Typo" and action.by == moderator
    assert action.detail == {"old_body": old_body, "old_body_html": old_html}
    assert action.content_object == post


def test_an_edit_is_made_safe_like_any_member_text(post, moderator):
    moderating.edit_post(post, by=moderator, body="<script>alert(1)</script>[x](javascript:alert(1))", note="n")
    post.refresh_from_db()
    assert "<script" not in post.body_html and 'href="javascript' not in post.body_html


@pytest.mark.parametrize(
    ("body", "note", "message"),
    [
        ("New text", "  ", "Say why"),
        ("   ", "Tidying", "cannot be empty"),
        ("x" * 5001, "Too long", "at most"),
    ],
)
def test_an_edit_without_a_note_or_text_changes_nothing(post, moderator, body, note, message):
    with pytest.raises(ValidationError, match=message):
        moderating.edit_post(post, by=moderator, body=body, note=note)
    post.refresh_from_db()
    assert not post.edited_by_moderator and not ForumAction.objects.exists()


def test_editing_from_the_detail_page(moderator_client, post):
    response = moderator_client.post(url("edit", post), {"body": "Kinder words", "note": "Softened"}, follow=True)
    assert response.status_code == 200
    post.refresh_from_db()
    assert post.body == "Kinder words" and post.edited_by_moderator
    html = moderator_client.get(url("inspect", post)).content.decode()
    assert "Edited a post" in html and "Softened" in html


# --- topics -----------------------------------------------------------------------------------------------


def test_locking_and_unlocking_a_topic_is_logged(moderator_client, post, moderator):
    moderator_client.post(url("lock", post), {"locked": "1", "note": "Going round in circles"})
    topic = ForumTopic.objects.get(pk=post.topic_id)
    assert topic.is_locked
    moderator_client.post(url("lock", post), {"locked": "0"})
    topic.refresh_from_db()
    assert not topic.is_locked
    kinds = list(forum_actions(topic).values_list("kind", "note", "by"))
    assert kinds == [("lock", "Going round in circles", moderator.pk), ("unlock", "", moderator.pk)]
    with pytest.raises(ValidationError):
        moderating.set_locked(topic, False, by=moderator)


def test_moving_a_topic_to_another_category(moderator_client, post, north, moderator):
    events = make_category("Events and sprints", organisation=north)
    moderator_client.post(url("move_topic", post), {"category": events.pk, "note": "Belongs with events"})
    topic = ForumTopic.objects.get(pk=post.topic_id)
    assert topic.category == events
    action = forum_actions(topic, ForumAction.Kind.MOVE).get()
    assert action.detail["from_name"] == "Getting started" and action.detail["to_name"] == "Events and sprints"
    with pytest.raises(ValidationError):
        moderating.move_topic(topic, events, by=moderator)


def test_a_moderator_cannot_move_a_topic_into_another_organisations_category(moderator_client, post, south):
    theirs = make_category("South only", organisation=south)
    moderator_client.post(url("move_topic", post), {"category": theirs.pk})
    assert ForumTopic.objects.get(pk=post.topic_id).category_id == post.topic.category_id
    assert not ForumAction.objects.exists()


# --- members ----------------------------------------------------------------------------------------------


def test_suspending_a_member_tells_them_kindly_why_and_until_when(post, moderator):
    member = post.author
    action = moderating.suspend(member, by=moderator, days="7", reason="Please keep to the house rules.")

    standing = ForumStanding.objects.get(member=member)
    assert standing.suspended_until > timezone.now() + datetime.timedelta(days=6, hours=23)
    assert not standing.can_post() and standing.reason == "Please keep to the house rules."
    assert action.kind == ForumAction.Kind.SUSPEND and action.detail["days"] == 7 and action.content_object == member
    message = OutboxMessage.objects.get(template="forum_suspended")
    assert message.recipient == member.email
    assert message.context["reason"] == "Please keep to the house rules." and message.context["until"]


def test_banning_and_lifting_a_ban(post, moderator):
    member = post.author
    moderating.ban(member, by=moderator, reason="Repeated unkind posts after a suspension.")
    standing = ForumStanding.objects.get(member=member)
    assert standing.banned_at is not None and not standing.can_post()
    assert OutboxMessage.objects.filter(template="forum_banned", recipient=member.email).exists()

    moderating.reinstate(member, by=moderator, note="Talked it through on the phone")
    standing.refresh_from_db()
    assert standing.can_post() and standing.banned_at is None and standing.reason == ""
    assert OutboxMessage.objects.filter(template="forum_reinstated").exists()
    kinds = list(forum_actions(member).values_list("kind", flat=True))
    assert kinds == ["ban", "reinstate"]
    assert forum_actions(member, "reinstate").get().detail["reason"] == "Repeated unkind posts after a suspension."


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda m, by: moderating.suspend(m, by=by, days=7, reason=""), "Give the reason"),
        (lambda m, by: moderating.suspend(m, by=by, days=0, reason="x"), "between 1 and"),
        (lambda m, by: moderating.suspend(m, by=by, days="many", reason="x"), "between 1 and"),
        (lambda m, by: moderating.suspend(m, by=by, days=366, reason="x"), "between 1 and"),
        (lambda m, by: moderating.ban(m, by=by, reason=" \n "), "Give the reason"),
        (lambda m, by: moderating.reinstate(m, by=by), "not suspended or banned"),
    ],
)
def test_standing_changes_that_cannot_be_done_change_nothing(post, moderator, call, message):
    with pytest.raises(ValidationError, match=message):
        call(post.author, moderator)
    assert not ForumAction.objects.exists() and not OutboxMessage.objects.exists()
    assert not ForumStanding.objects.filter(suspended_until__isnull=False).exists()


def test_suspending_from_the_detail_page(moderator_client, post):
    response = moderator_client.post(
        url("standing", post), {"action": "suspend", "days": "3", "reason": "A short break, please."}, follow=True
    )
    assert response.status_code == 200
    assert not ForumStanding.objects.get(member=post.author).can_post()
    html = moderator_client.get(url("inspect", post)).content.decode()
    assert "Suspended a member" in html and "suspended until" in html


def test_the_standing_form_says_what_is_missing(moderator_client, post):
    response = moderator_client.post(url("standing", post), {"action": "suspend"}, follow=True)
    html = response.content.decode()
    assert "Say for how many days" in html and "Give the reason" in html
    assert not ForumStanding.objects.exists() and not ForumAction.objects.exists()


def test_a_failing_message_leaves_no_suspension_behind(post, moderator, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("outbox down")

    monkeypatch.setattr(moderating, "notify", broken)
    with pytest.raises(RuntimeError):
        moderating.suspend(post.author, by=moderator, days=3, reason="A break")
    assert not ForumAction.objects.exists()
    assert not ForumStanding.objects.filter(suspended_until__isnull=False).exists()


# --- reports ----------------------------------------------------------------------------------------------


def test_dismissing_reports_puts_a_post_hidden_by_reports_back_live(category, moderator):
    post = hidden_by_reports(make_post(category, status=PostStatus.LIVE))

    action = moderating.dismiss_reports(post, by=moderator, note="Robust but fair")

    post.refresh_from_db()
    assert post.status == PostStatus.LIVE and post.open_flag_count == 0
    assert not ForumFlag.objects.filter(resolved_at__isnull=True).exists()
    assert action.kind == ForumAction.Kind.DISMISS_FLAGS and action.detail["restored"] is True
    assert len(action.detail["flags"]) == 3
    assert services.history(post).last().to_status == PostStatus.LIVE
    assert ForumTopic.objects.get(pk=post.topic_id).is_visible


def test_dismissing_reports_on_a_live_post_leaves_it_live(category, moderator):
    post = report(make_post(category, status=PostStatus.LIVE), 1)
    moderating.dismiss_reports(post, by=moderator)
    post.refresh_from_db()
    assert post.status == PostStatus.LIVE and post.open_flag_count == 0
    with pytest.raises(ValidationError, match="no open reports"):
        moderating.dismiss_reports(post, by=moderator)


def test_dismissing_from_the_detail_page(moderator_client, category):
    post = hidden_by_reports(make_post(category, status=PostStatus.LIVE))
    html = moderator_client.get(url("inspect", post)).content.decode()
    assert "Dismiss the reports" in html and "Not kind" in html
    moderator_client.post(url("dismiss", post), {"note": ""})
    post.refresh_from_db()
    assert post.status == PostStatus.LIVE


# --- the queue and the detail page ------------------------------------------------------------------------


def test_the_detail_page_shows_the_post_its_context_words_reports_and_author(moderator_client, category):
    WatchedWord.objects.create(phrase="hopeless", kind=WatchedWord.Kind.WORRYING)
    opening = make_post(category, status=PostStatus.LIVE, body="How did your first meeting go?")
    reply = make_post(
        topic=opening.topic,
        body="I feel *hopeless* about it",
        hold_reason=HoldReason.WATCHED_WORDS,
        watched_words_found=["hopeless"],
        is_worrying=True,
    )
    report(reply, 1)
    html = moderator_client.get(url("inspect", reply)).content.decode()

    assert "I feel <em>hopeless</em> about it" in html  # as members see it
    assert "I feel *hopeless* about it" in html  # as typed
    assert "How did your first meeting go?" in html  # the post before
    assert "Worrying: the poster is shown where to get help now" in html
    assert "Not kind" in html and "Unkind or offensive" in html
    assert "can post." in html and "Waiting for a moderator" in html


def test_the_queue_lists_worrying_posts_first_then_the_oldest(moderator_client, category):
    now = timezone.now()
    oldest = make_post(category, body="oldest", created_at=now - datetime.timedelta(days=3))
    worrying = make_post(category, body="worrying", created_at=now - datetime.timedelta(hours=1), is_worrying=True)
    newer = make_post(category, body="newer", created_at=now - datetime.timedelta(days=1))
    ForumTopic.objects.filter(pk=worrying.topic_id).update(title="Worrying topic")
    ForumTopic.objects.filter(pk=oldest.topic_id).update(title="Oldest topic")
    ForumTopic.objects.filter(pk=newer.topic_id).update(title="Newer topic")

    html = moderator_client.get(reverse("forum_posts:index")).content.decode()
    assert html.index("Worrying topic") < html.index("Oldest topic") < html.index("Newer topic")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"worrying": "true"}, {"worrying"}),
        ({"has_open_reports": "true"}, {"reported", "old report"}),
        ({"old_reports": "true"}, {"old report"}),
        ({"hold_reason": "watched_words"}, {"worrying"}),
        ({"status": "hidden"}, {"old report"}),
    ],
)
def test_the_queue_filters(moderator_client, category, query, expected):
    make_post(category, body="plain")
    make_post(category, body="worrying", is_worrying=True, hold_reason=HoldReason.WATCHED_WORDS)
    report(make_post(category, body="reported", status=PostStatus.LIVE), 1)
    old = report(make_post(category, body="old report", status=PostStatus.LIVE), 1, days_ago=3)
    services.transition(old, PostStatus.HIDDEN, by=None, reason="Reported")
    for post in ForumPost.objects.all():
        ForumTopic.objects.filter(pk=post.topic_id).update(title=f"Topic «{post.body}»")

    html = moderator_client.get(reverse("forum_posts:index"), query).content.decode()
    shown = {body for body in ("plain", "worrying", "reported", "old report") if f"Topic «{body}»" in html}
    assert shown == expected


def test_the_queue_filters_by_category(moderator_client, category, north):
    other = make_category("Events and sprints", organisation=north)
    make_post(category, body="a")
    make_post(other, body="b")
    ForumTopic.objects.filter(category=other).update(title="Sprint question")
    html = moderator_client.get(reverse("forum_posts:index"), {"category": other.pk}).content.decode()
    assert "Sprint question" in html and "First time at a reference group" not in html


def test_the_inspect_page_shows_forum_actions_beside_the_decisions(moderator_client, post, moderator):
    moderating.set_locked(post.topic, True, by=moderator, note="Cooling off")
    moderating.approve(post, by=moderator)
    html = moderator_client.get(url("inspect", post)).content.decode()
    assert "Decisions so far" in html and "Locked a topic" in html and "Cooling off" in html


# --- who may do what --------------------------------------------------------------------------------------


def test_members_cannot_reach_the_forum_queues(client, post, category):
    member = MemberFactory()
    client.force_login(member)
    urls = [
        reverse("forum_posts:index"),
        url("inspect", post),
        reverse("wagtailsnippets_community_forumcategory:list"),
        reverse("forum_watched_words:index"),
    ]
    for address in urls:
        assert client.get(address).status_code in (302, 403)
    for name in ("edit", "standing", "lock", "dismiss"):
        assert client.post(url(name, post), {"body": "x", "note": "y", "action": "ban"}).status_code in (302, 403)
    post.refresh_from_db()
    assert post.body != "x" and not ForumAction.objects.exists()


def test_a_moderator_cannot_see_another_organisations_category_posts(moderator_client, south):
    theirs = make_post(make_category("South corner", organisation=south), body="South post")
    ForumTopic.objects.filter(pk=theirs.topic_id).update(title="A southern topic")
    trust_wide = make_post(make_category("Everyone"), body="Trust-wide post")
    ForumTopic.objects.filter(pk=trust_wide.topic_id).update(title="A trust-wide topic")

    listing = moderator_client.get(reverse("forum_posts:index")).content.decode()
    assert "A southern topic" not in listing and "A trust-wide topic" not in listing
    for name in ("inspect",):
        assert moderator_client.get(url(name, theirs)).status_code == 404
    for name in ("edit", "dismiss", "lock", "standing", "transition"):
        response = moderator_client.post(
            url(name, theirs), {"body": "x", "note": "y", "action": "ban", "reason": "z", "locked": "1"}
        )
        assert response.status_code == 404
    assert not ForumAction.objects.exists()


def test_trust_administrators_see_every_organisations_posts(client, south):
    theirs = make_post(make_category("South corner", organisation=south))
    login_with_mfa(client, MemberFactory(groups=["Trust administrators"]))
    assert client.get(url("inspect", theirs)).status_code == 200


def test_restricted_categories_are_visible_to_moderators(moderator_client, north, moderator):
    youth = make_category(
        "Youth forum", organisation=north, group=Group.objects.create(name="Young members"), premoderated=True
    )
    post = make_post(youth, hold_reason=HoldReason.PREMODERATED)
    ForumTopic.objects.filter(pk=post.topic_id).update(title="Youth topic")
    assert "Youth topic" in moderator_client.get(reverse("forum_posts:index")).content.decode()
    assert moderator_client.get(url("inspect", post)).status_code == 200


def test_editors_cannot_reach_the_forum_queue(client, north, post):
    login_with_mfa(client, staff_of(north, groups=("Editors",)))
    assert client.get(reverse("forum_posts:index")).status_code in (302, 403)
    assert client.get(url("inspect", post)).status_code in (302, 403)


def test_the_forum_menu_holds_posts_categories_and_watched_words(moderator_client):
    html = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Forum posts" in html and "Watched words" in html


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_the_messages_to_members_render_kindly_in_every_language(post, moderator, language):
    InvolvementProfile.objects.create(user=post.author, display_name="Ola", preferred_language=language)
    moderating.suspend(post.author, by=moderator, days=2, reason="Please keep to the house rules.")
    moderating.reinstate(post.author, by=moderator)
    moderating.ban(post.author, by=moderator, reason="Repeated unkind posts.")
    for template in ("forum_suspended", "forum_reinstated", "forum_banned"):
        message = OutboxMessage.objects.get(template=template)
        assert message.language == language
        subject, body, html = render_message(message, site_context())
        assert subject.strip() and "Ola" in body and "Ola" in html
        if template != "forum_reinstated":
            assert message.context["reason"] in body and message.context["reason"] in html
        if template == "forum_suspended":
            assert message.context["until"] in body


def test_only_trust_administrators_export_the_queue(client, moderator_client, post):
    assert moderator_client.get(reverse("forum_posts:index"), {"export": "csv"}).status_code in (302, 403)
    client.logout()
    login_with_mfa(client, MemberFactory(groups=["Trust administrators"]))
    response = client.get(reverse("forum_posts:index"), {"export": "csv"})
    assert response.status_code == 200
    assert "First time at a reference group" in b"".join(response.streaming_content).decode()


def test_the_queue_searches_post_text_and_topic_titles(moderator_client, category):
    make_post(category, body="Parking at the hospital")
    other = make_post(category, body="Something else")
    ForumTopic.objects.filter(pk=other.topic_id).update(title="Bus times")

    html = moderator_client.get(reverse("forum_posts:index"), {"q": "parking"}).content.decode()
    assert "First time at a reference group" in html and "Bus times" not in html
    html = moderator_client.get(reverse("forum_posts:index"), {"q": "bus times"}).content.decode()
    assert "Bus times" in html and "First time at a reference group" not in html


def test_moderators_cannot_delete_a_post_for_its_member(moderator_client, post):
    assert 'data-transition="withdrawn"' not in moderator_client.get(url("inspect", post)).content.decode()
    response = moderator_client.post(
        url("transition", post), {"to_status": "withdrawn", "expected_status": "held", "reason": ""}, follow=True
    )
    assert "Only the person themselves can move this to “Deleted by the member”." in response.content.decode()
    post.refresh_from_db()
    assert post.status == PostStatus.HELD


def test_the_queue_and_detail_page_cost_the_same_queries_however_busy_the_forum(moderator_client, category, post):
    def more_posts(n):
        for _ in range(n):
            report(make_post(category, status=PostStatus.LIVE, is_worrying=True), 1, days_ago=3)

    def more_around_the_post(n):
        for _ in range(n):
            make_post(topic=post.topic, author=post.author, body="Another reply")
        report(post, n)
        moderating.set_locked(post.topic, not ForumTopic.objects.get(pk=post.topic_id).is_locked, by=None)

    index = reverse("forum_posts:index")
    assert_query_budget(lambda: moderator_client.get(index), budget=40, grow=more_posts, grow_steps=(5, 20))
    more_around_the_post(1)  # so that every part of the detail page has something in it from the start
    inspect = url("inspect", post)
    moderator_client.get(inspect)  # content types are cached in the process after the first request
    assert_query_budget(
        lambda: moderator_client.get(inspect), budget=60, grow=more_around_the_post, grow_steps=(3, 10)
    )
