"""The forum on "My involvement", in a member's data download, and when they delete their account.
Imported by CommunityConfig.ready().

Deleting an account: posts that are not live (waiting for a moderator, hidden) are withdrawn and their text
removed, because nobody else has read them. LIVE posts keep their text, so that the conversations other
members took part in still make sense, but lose the link to the member: they show as "A former member".
Topics the member started keep showing the same way. Their reports, subscriptions and visits go. A member
who wants their live posts gone too can delete each one first ("Delete" beside the post), as the privacy
page says.
"""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from community.forum.text import render
from community.models import ForumFlag, ForumPost, ForumSubscription, ForumTopic, PostStatus, TopicVisit
from sidebyside.accounts.dashboard import DashboardItem, register_section
from sidebyside.accounts.privacy import register_data_section, register_eraser

ERASED_TEXT = "(Deleted by the member)"


def dashboard_items(user):
    """One line per topic I started, follow, or have a post waiting in: its status, and a link to stop the
    emails when I follow it. One query however many there are (the links go through community:forum_topic
    and community:forum_unsubscribe, which find the forum page only when followed)."""
    mine = Q(posts__author=user, posts__is_opening=True) | Q(subscriptions__member=user)
    mine |= Q(posts__author=user, posts__status=PostStatus.HELD)
    opening = ForumPost.objects.filter(topic=OuterRef("pk"), is_opening=True)
    held = ForumPost.objects.filter(topic=OuterRef("pk"), author=user, status=PostStatus.HELD, is_opening=False)
    topics = (
        ForumTopic.objects.filter(pk__in=ForumTopic.objects.filter(mine).values("pk"))
        .annotate(
            opening_status=Subquery(opening.values("status")[:1]),
            opening_author=Subquery(opening.values("author_id")[:1]),
            subscription_token=Subquery(
                ForumSubscription.objects.filter(topic=OuterRef("pk"), member=user).values("token")[:1]
            ),
            held_replies=Coalesce(
                Subquery(
                    held.order_by().values("topic").annotate(n=Count("pk")).values("n"), output_field=IntegerField()
                ),
                0,
            ),
        )
        .order_by("-last_post_at", "-pk")
    )
    items = []
    for topic in topics:
        started = topic.opening_author == user.pk
        if topic.is_visible:
            status = _("Showing")
        elif topic.opening_status:
            status = PostStatus(topic.opening_status).label
        else:
            status = ""
        details = []
        if started:
            details.append(str(_("You started this topic.")))
        if topic.held_replies:
            details.append(
                str(
                    ngettext(
                        "%(count)d of your replies is waiting for a moderator.",
                        "%(count)d of your replies are waiting for a moderator.",
                        topic.held_replies,
                    )
                    % {"count": topic.held_replies}
                )
            )
        if topic.subscription_token:
            details.append(str(_("You get an email when someone replies.")))
        readable = topic.is_visible or (started and topic.opening_status == PostStatus.HELD)
        items.append(
            DashboardItem(
                title=topic.title,
                url=reverse("community:forum_topic", args=[topic.pk]) if readable else "",
                status=status,
                date=topic.last_post_at,
                detail=" ".join(details),
                action_url=reverse("community:forum_unsubscribe", args=[topic.subscription_token])
                if topic.subscription_token
                else "",
                action_label=_("Stop emails") if topic.subscription_token else "",
            )
        )
    return items


register_section(
    "forum",
    _("My forum topics and subscriptions"),
    dashboard_items,
    order=50,
    empty_text=_("You have not posted in the forum or followed a topic yet."),
)


def data_rows(user):
    rows = [
        {
            _("Topic"): post.topic.title,
            _("Starts the topic"): post.is_opening,
            _("Status"): post.get_status_display(),
            _("Posted"): post.created_at,
            _("Edited"): post.edited_at,
            _("Your text"): post.body,
        }
        for post in ForumPost.objects.filter(author=user).select_related("topic").order_by("created_at", "pk")
    ]
    rows += [
        {_("Topic you follow"): subscription.topic.title, _("Since"): subscription.created_at}
        for subscription in ForumSubscription.objects.filter(member=user).select_related("topic")
    ]
    rows += [
        {_("Post you reported"): flag.post_id, _("Reason"): flag.get_reason_display(), _("More detail"): flag.detail}
        for flag in ForumFlag.objects.filter(member=user)
    ]
    return rows


register_data_section("forum", _("Forum"), data_rows)


@register_eraser
def erase_forum(user):
    """Withdraw and empty the member's posts that are not live; unlink the live ones (see the module's
    docstring)."""
    from sidebyside.moderation.services import transition

    for post in ForumPost.objects.filter(author=user, status__in=[PostStatus.HELD, PostStatus.HIDDEN]):
        transition(post, PostStatus.WITHDRAWN, by=None, reason="The member deleted their account")
    ForumPost.objects.filter(author=user).exclude(status=PostStatus.LIVE).update(
        body=ERASED_TEXT, body_html=render(ERASED_TEXT), watched_words_found=[], submission_key=None, author=None
    )
    ForumPost.objects.filter(author=user).update(author=None, submission_key=None)
    ForumTopic.objects.filter(author=user).update(author=None)
    ForumFlag.objects.filter(member=user).delete()
    ForumSubscription.objects.filter(member=user).delete()
    TopicVisit.objects.filter(member=user).delete()
