"""django-q2 tasks of the opportunities app.

`purge_stale_subscriptions` deletes alert subscriptions nobody confirmed, and stopped ones, once they are
old enough to be of no use (run it daily). A new request moves a subscription's `created_at` to now
(opportunities.alerts.subscribe), and nothing is deleted that was asked for in the last 30 days, so a
confirmation link (valid for 7 days) never points at a deleted row.

`send_topic_alerts` runs after an opportunity is published. It is safe to run any number of times: each
subscriber gets one message per opportunity (all its language versions share a translation key), so
republishing, a retried task or publishing a translation later sends nothing new.

`send_recent_topic_alerts` runs hourly and repeats `send_topic_alerts` for every opportunity first published
in the last 3 days, so alerts whose task was lost (say, the broker was down at publish time) still go.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import formats, timezone, translation

from wagtail.models import Site

from sidebyside.notifications import notify
from sidebyside.notifications.models import OutboxMessage

from .models import OpportunityPage, TopicSubscription
from .models.alerts import active_subscriptions

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
UNCONFIRMED_KEPT_FOR = datetime.timedelta(days=30)
STOPPED_KEPT_FOR = datetime.timedelta(days=90)
SWEEP_PERIOD = datetime.timedelta(days=3)


def send_topic_alerts(page_id):
    """Queue one alert for each active subscriber whose topics overlap the page's. Returns how many."""
    page = OpportunityPage.objects.live().public().filter(pk=page_id).first()
    if page is None or not page.is_open:
        return 0  # gone, private (behind a view restriction), closed or full
    topic_ids = list(page.topics.values_list("pk", flat=True))
    if not topic_ids:
        return 0
    versions = live_versions(page)
    already_sent = sent_keys(page.translation_key)
    queued = 0
    batch = []
    for subscription in subscribers(topic_ids, announced_at(versions)).iterator(chunk_size=BATCH_SIZE):
        if alert_key(subscription, page) not in already_sent:
            batch.append(subscription)
        if len(batch) >= BATCH_SIZE:
            queued += queue_batch(batch, versions, page, topic_ids)
            batch = []
    queued += queue_batch(batch, versions, page, topic_ids)
    logger.info("topic alerts for page %s: %s queued", page.pk, queued)
    return queued


def send_recent_topic_alerts(now=None):
    """Send what `send_topic_alerts` would have for opportunities first published in the last 3 days
    (once per opportunity, whatever its languages). Returns how many alerts were queued."""
    since = (now or timezone.now()) - SWEEP_PERIOD
    recent = (
        OpportunityPage.objects.live()
        .filter(first_published_at__gte=since)
        .order_by("translation_key", "pk")
        .values_list("translation_key", "pk")
    )
    one_per_opportunity = {}
    for translation_key, page_id in recent:
        one_per_opportunity.setdefault(translation_key, page_id)
    return sum(send_topic_alerts(page_id) for page_id in one_per_opportunity.values())


def live_versions(page):
    """{language code: live page} for every language the opportunity is published in."""
    pages = OpportunityPage.objects.live().filter(translation_key=page.translation_key).select_related("locale")
    return {version.locale.language_code: version for version in pages}


def announced_at(versions):
    """When the opportunity first went live in any language: only people subscribed by then hear about
    it, so editing an old opportunity does not announce it as new to people who joined since."""
    dates = [version.first_published_at for version in versions.values() if version.first_published_at]
    return min(dates) if dates else None


def subscribers(topic_ids, published_at):
    matching_topic = TopicSubscription.topics.through.objects.filter(
        topicsubscription_id=OuterRef("pk"), topic_id__in=topic_ids
    )
    subscriptions = active_subscriptions().filter(Exists(matching_topic))
    if published_at is not None:
        subscriptions = subscriptions.filter(confirmed_at__lte=published_at)
    return subscriptions.prefetch_related("topics").order_by("pk")


def alert_key(subscription, page):
    return f"topic-alert:{subscription.pk}:{page.translation_key}"


def sent_keys(translation_key):
    """Keys already used for this opportunity, read once, so a rerun does not look each one up."""
    return set(
        OutboxMessage.objects.filter(
            idempotency_key__startswith="topic-alert:", idempotency_key__endswith=f":{translation_key}"
        ).values_list("idempotency_key", flat=True)
    )


def queue_batch(subscriptions, versions, page, topic_ids):
    if not subscriptions:
        return 0
    base_url = site_root_url()
    page_urls = {language: version.get_full_url() for language, version in versions.items()}
    with transaction.atomic():
        for subscription in subscriptions:
            version = versions.get(subscription.language) or versions.get(settings.LANGUAGE_CODE) or page
            language = version.locale.language_code
            url = page_urls.get(language) or version.get_full_url()
            notify(
                subscription.email,
                "topic_alert",
                alert_context(subscription, version, url, base_url, topic_ids),
                idempotency_key=alert_key(subscription, page),
                language=subscription.language,
            )
    return len(subscriptions)


def alert_context(subscription, version, url, base_url, topic_ids):
    with translation.override(subscription.language):
        topics = [str(topic.name) for topic in subscription.topics.all() if topic.pk in topic_ids]
        closing = formats.date_format(version.closing_date, "j E Y") if version.closing_date else ""
        unsubscribe_path = reverse("opportunities:alerts_unsubscribe", args=[subscription.token])
    return {
        "opportunity": version.title,
        "summary": version.summary,
        "url": url,
        "closing_date": closing,
        "topics": topics,
        "unsubscribe_url": f"{base_url}{unsubscribe_path}",
    }


def site_root_url():
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def purge_stale_subscriptions(now=None):
    """Forget addresses that never confirmed (the link expired long ago) and subscriptions stopped long ago,
    unless someone asked for them again recently (their confirmation link may still be live)."""
    now = now or timezone.now()
    asked_long_ago = Q(created_at__lt=now - UNCONFIRMED_KEPT_FOR)
    unconfirmed = TopicSubscription.objects.filter(asked_long_ago, confirmed_at__isnull=True)
    stopped = TopicSubscription.objects.filter(asked_long_ago, unsubscribed_at__lt=now - STOPPED_KEPT_FOR)
    deleted = unconfirmed.delete()[0] + stopped.delete()[0]
    logger.info("stale topic subscriptions purged: %s rows", deleted)
    return deleted
