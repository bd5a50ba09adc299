"""The forum moderators' forms take any input: no server error, a message for every refusal, and never a
half-done action (a suspension without its log entry and message, an edit without the old text kept)."""

from django.urls import reverse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from community.models import ForumAction, ForumPost, ForumStanding, ForumTopic
from community.viewsets.forum import DismissForm, EditPostForm, LockForm, MoveForm, StandingForm
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, form_data

from . import test_forum_admin as shared
from .test_forum_admin import make_category, make_post, report

# The fixtures these tests share with the queue's tests.
north, category, moderator, moderator_client = shared.north, shared.category, shared.moderator, shared.moderator_client

pytestmark = pytest.mark.django_db

# Only the member-facing parts: a suspension or ban is always logged and told, or neither.
STANDING_KINDS = [ForumAction.Kind.SUSPEND, ForumAction.Kind.BAN, ForumAction.Kind.REINSTATE]
STANDING_TEMPLATES = ["forum_suspended", "forum_banned", "forum_reinstated"]


@pytest.fixture
def post(north):
    return make_post(make_category("Getting started", organisation=north), body="Hello everyone")


@pytest.mark.parametrize("form_class", [StandingForm, EditPostForm, LockForm, DismissForm])
@given(data=st.data())
@settings(max_examples=60, deadline=None)
def test_each_form_explains_every_refusal(form_class, data):
    assert_form_handles(form_class, data.draw(form_data(form_class)))


def test_the_move_form_explains_every_refusal(moderator, category):
    @given(data=form_data(MoveForm, user=moderator))
    @settings(max_examples=40, deadline=None)
    def check(data):
        assert_form_handles(MoveForm, data, user=moderator)

    check()


def standing_state(member):
    standing = ForumStanding.objects.filter(member=member).first()
    return (standing.suspended_until, standing.banned_at, standing.reason) if standing else None


def counts():
    return (
        ForumAction.objects.filter(kind__in=STANDING_KINDS).count(),
        OutboxMessage.objects.filter(template__in=STANDING_TEMPLATES).count(),
    )


@given(data=st.data())
@VIEW_FUZZ_SETTINGS
def test_suspending_or_banning_with_any_input_is_all_or_nothing(moderator_client, post, data):
    posted = data.draw(form_data(StandingForm))
    before_state, (before_actions, before_messages) = standing_state(post.author), counts()

    response = moderator_client.post(reverse("forum_posts:standing", args=[post.pk]), posted)

    assert response.status_code < 500, posted
    after_state, (after_actions, after_messages) = standing_state(post.author), counts()
    if after_actions == before_actions:
        assert after_messages == before_messages
        assert (after_state or (None, None, "")) == (before_state or (None, None, ""))
    else:
        assert after_actions == before_actions + 1 and after_messages == before_messages + 1
        assert after_state != before_state


@given(data=st.data())
@VIEW_FUZZ_SETTINGS
def test_editing_with_any_input_keeps_the_old_text_or_changes_nothing(moderator_client, post, data):
    posted = data.draw(form_data(EditPostForm))
    before = ForumPost.objects.get(pk=post.pk)
    edits = ForumAction.objects.filter(kind=ForumAction.Kind.EDIT)
    before_edits = edits.count()

    response = moderator_client.post(reverse("forum_posts:edit", args=[post.pk]), posted)

    assert response.status_code < 500, posted
    after = ForumPost.objects.get(pk=post.pk)
    if after.body == before.body:
        assert edits.count() == before_edits and after.body_html == before.body_html
    else:
        assert edits.count() == before_edits + 1
        assert edits.last().detail["old_body"] == before.body and after.edited_by_moderator


@given(data=st.data())
@VIEW_FUZZ_SETTINGS
def test_locking_moving_and_dismissing_with_any_input_never_fail(moderator_client, moderator, post, data):
    report(post, 1)
    name = data.draw(st.sampled_from(["lock", "move_topic", "dismiss"]))
    form_class = {"lock": LockForm, "move_topic": MoveForm, "dismiss": DismissForm}[name]
    kwargs = {"user": moderator} if form_class is MoveForm else {}
    posted = data.draw(form_data(form_class, **kwargs))
    topic_before = ForumTopic.objects.values("is_locked", "category").get(pk=post.topic_id)
    actions_before = ForumAction.objects.count()

    response = moderator_client.post(reverse(f"forum_posts:{name}", args=[post.pk]), posted)

    assert response.status_code < 500, posted
    topic_after = ForumTopic.objects.values("is_locked", "category").get(pk=post.topic_id)
    if name != "dismiss":
        assert (topic_after != topic_before) == (ForumAction.objects.count() == actions_before + 1)
