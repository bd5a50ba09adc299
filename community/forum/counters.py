"""The numbers a topic keeps about its posts, so that listings never count rows."""

from django.db.models import Max

from community.models import ForumPost, ForumTopic, PostStatus


def refresh_topic(topic):
    """Recompute whether `topic` shows, how many live replies it has and when the last live post was.

    Call it in the transaction that changed a post's status; it locks the topic row so that two changes at
    once cannot leave the counts wrong."""
    topic = ForumTopic.objects.select_for_update().get(pk=topic.pk)
    live = ForumPost.objects.filter(topic=topic, status=PostStatus.LIVE)
    opening_live = live.filter(is_opening=True).exists()
    replies = live.filter(is_opening=False)
    topic.is_visible = opening_live
    topic.reply_count = replies.count()
    topic.last_post_at = live.aggregate(last=Max("created_at"))["last"] or topic.created_at
    topic.save(update_fields=["is_visible", "reply_count", "last_post_at"])
    return topic
