"""Topic alerts: subscribing, confirming, unsubscribing, and queueing the alerts when an opportunity is published.

A guest's subscription does nothing until they open the link in the confirmation email. The link carries
the topics and language they chose, signed, so a stranger who types someone else's address can neither
learn that it is subscribed (the answer is always "check your email") nor change what it gets. A member
using one of their own verified addresses is trusted at once.

The agreement (Consent) is recorded when the alerts start: on confirmation, or at once for a member's own
verified address; never twice while one is active. Each new request for an inactive subscription moves
its `created_at` to now, so the nightly purge (tasks.purge_stale_subscriptions) cannot delete it while
the link just sent is still valid.
"""

import hashlib
from functools import partial

from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.signals import page_published

from allauth.account.models import EmailAddress

from sidebyside.accounts.consent import record_consent
from sidebyside.accounts.dashboard import DashboardItem, register_section
from sidebyside.accounts.models import Consent, ConsentMethod, ConsentTopic
from sidebyside.accounts.prefill import register_guest_records
from sidebyside.accounts.privacy import register_data_section, register_eraser
from sidebyside.core.models import Topic
from sidebyside.core.tokens import is_secret_token
from sidebyside.notifications import notify

from .models import OpportunityPage, TopicSubscription
from .models.interests import normalise_email

CONSENT_WORDING_VERSION = "topic-alerts-2026-11"
CONFIRM_SALT = "opportunities.alerts.confirm"
CONFIRM_LINK_MAX_AGE = 7 * 24 * 60 * 60


def owns_verified_email(user, email):
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, email__iexact=normalise_email(email), verified=True).exists()


# --- subscribing -------------------------------------------------------------------------------------------


@transaction.atomic
def subscribe(request, *, email, topics, language):
    """Record the request to get alerts; True when alerts start now (a member's own verified address),
    False when a confirmation email was queued instead."""
    member = request.user if owns_verified_email(request.user, email) else None
    subscription, _created = TopicSubscription.objects.select_for_update().get_or_create(
        email_normalised=normalise_email(email),
        defaults={"email": email, "language": language, "consent_wording_version": CONSENT_WORDING_VERSION},
    )
    if member is not None:
        activate(subscription, topics=topics, language=language, user=member)
        return True
    if not subscription.is_active:
        # Nothing is sent to an inactive subscription, so it is safe to change it before confirmation.
        subscription.email = email
        subscription.language = language
        subscription.consent_wording_version = CONSENT_WORDING_VERSION
        subscription.created_at = timezone.now()  # asked again: keep it until this link expires
        subscription.save()
        subscription.topics.set(topics)
    send_confirmation(request, subscription, topics, language)
    return False


def activate(subscription, *, topics, language, user=None):
    subscription.language = language
    subscription.consent_wording_version = CONSENT_WORDING_VERSION
    subscription.user = user or subscription.user
    if not subscription.is_active:
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
    subscription.save()
    subscription.topics.set(topics)
    record_alerts_consent(subscription)


def record_alerts_consent(subscription):
    """Record the agreement for the subscription's address, unless one for this wording is active."""
    agreed = Consent.objects.active().filter(
        topic=ConsentTopic.TOPIC_ALERTS, email__iexact=subscription.email, wording_version=CONSENT_WORDING_VERSION
    )
    if not agreed.exists():
        record_consent(
            ConsentTopic.TOPIC_ALERTS,
            wording_version=CONSENT_WORDING_VERSION,
            method=ConsentMethod.WEB_FORM,
            user=subscription.user,
            email=subscription.email,
        )


def confirmation_token(subscription, topics, language):
    payload = {
        "s": subscription.pk,
        "e": subscription.email_normalised,
        "t": sorted(topic.slug for topic in topics),
        "l": language,
    }
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def send_confirmation(request, subscription, topics, language):
    token = confirmation_token(subscription, topics, language)
    choice = f"{language}:{','.join(sorted(topic.slug for topic in topics))}"
    # One email a day for the same choice: pressing the button twice, or a stranger repeating the form,
    # does not fill the person's inbox.
    digest = hashlib.sha256(choice.encode()).hexdigest()[:16]
    notify(
        subscription.email,
        "topic_alert_confirm",
        {
            "confirm_url": request.build_absolute_uri(reverse("opportunities:alerts_confirm", args=[token])),
            "topics": [str(topic.name) for topic in topics],
        },
        idempotency_key=f"topic-alert-confirm:{subscription.pk}:{digest}:{timezone.localdate().isoformat()}",
        language=language,
    )


def pending_confirmation(token):
    """(subscription, topics, language) for a valid, unexpired confirmation link, else None."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) or not isinstance(data.get("t"), list):
        return None
    subscription = TopicSubscription.objects.filter(pk=data["s"], email_normalised=data.get("e")).first()
    if subscription is None:
        return None
    topics = list(Topic.objects.filter(slug__in=[slug for slug in data["t"] if isinstance(slug, str)]))
    return subscription, topics, str(data.get("l") or "")


@transaction.atomic
def confirm(subscription, topics, language):
    activate(subscription, topics=topics, language=language)


# --- unsubscribing ----------------------------------------------------------------------------------------


@transaction.atomic
def unsubscribe(subscription):
    """Stop the alerts at once and withdraw the agreement on record."""
    now = timezone.now()
    if subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = now
        subscription.save(update_fields=["unsubscribed_at"])
    Consent.objects.active().filter(topic=ConsentTopic.TOPIC_ALERTS, email__iexact=subscription.email).update(
        withdrawn_at=now
    )


@transaction.atomic
def undo_unsubscribe(subscription):
    """The "keep getting these emails" button on the page reached from an alert (so already confirmed)."""
    if subscription.confirmed_at is None or subscription.unsubscribed_at is None:
        return
    subscription.unsubscribed_at = None
    subscription.save(update_fields=["unsubscribed_at"])
    record_alerts_consent(subscription)


def subscription_for(token):
    if not is_secret_token(token):
        return None
    return TopicSubscription.objects.filter(token=token).first()


# --- publishing -------------------------------------------------------------------------------------------


def queue_alerts(page_id):
    from django_q.tasks import async_task

    async_task("opportunities.tasks.send_topic_alerts", page_id, task_name=f"topic alerts: page {page_id}")


@receiver(page_published, sender=OpportunityPage)
def alert_subscribers_on_publish(sender, instance, **kwargs):
    # After commit, so the worker sees the published page; robust, so a broker that is down does not
    # turn the editor's publish into an error (the page is live either way, and the hourly
    # tasks.send_recent_topic_alerts sends what this task would have).
    transaction.on_commit(partial(queue_alerts, instance.pk), robust=True)


# --- My involvement, privacy and guest records ----------------------------------------------------------------


def subscription_status(subscription):
    if subscription.is_active:
        return _("On")
    if subscription.unsubscribed_at is not None:
        return _("Stopped")
    return _("Waiting for you to confirm your email address")


def dashboard_items(user):
    subscriptions = TopicSubscription.objects.filter(user=user).prefetch_related("topics").order_by("-created_at")
    items = [
        DashboardItem(
            title=", ".join(str(topic.name) for topic in subscription.topics.all()) or str(_("No topics")),
            url=reverse("opportunities:alerts_manage"),
            status=str(subscription_status(subscription)),
            date=subscription.created_at,
            detail=subscription.email,
        )
        for subscription in subscriptions
    ]
    if not any(subscription.is_active for subscription in subscriptions):
        items.append(
            DashboardItem(
                title=str(_("Get an email when there is a new opportunity in a topic you care about")),
                url=reverse("opportunities:alerts"),
            )
        )
    return items


register_section("alerts", _("Email alerts about new opportunities"), dashboard_items, order=15)


def privacy_rows(user):
    return [
        {
            str(_("Email address")): subscription.email,
            str(_("Topics")): [str(topic.name) for topic in subscription.topics.all()],
            str(_("Language")): subscription.language,
            str(_("Subscribed on")): subscription.created_at,
            str(_("Confirmed on")): subscription.confirmed_at,
            str(_("Stopped on")): subscription.unsubscribed_at,
        }
        for subscription in TopicSubscription.objects.filter(user=user).prefetch_related("topics")
    ]


register_data_section("topic_alerts", _("Email alerts about new opportunities"), privacy_rows)


@register_eraser
def erase_subscriptions(user):
    """Subscriptions carry nothing worth keeping once the person has gone: delete them outright."""
    verified = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    addresses = {normalise_email(address) for address in [user.email, *verified]}
    TopicSubscription.objects.filter(user=user).delete()
    TopicSubscription.objects.filter(user=None, email_normalised__in=addresses - {""}).delete()


@register_guest_records
def link_guest_subscriptions(user, email):
    TopicSubscription.objects.filter(user=None, email_normalised=normalise_email(email)).update(user=user)


@receiver(post_save, sender=Consent)
def stop_alerts_when_consent_is_withdrawn(sender, instance, **kwargs):
    """Withdrawing the alerts consent anywhere (for example on the account's consents page) stops the alerts."""
    if instance.topic != ConsentTopic.TOPIC_ALERTS or instance.withdrawn_at is None:
        return
    who = Q(email_normalised=normalise_email(instance.email)) if instance.email else Q()
    if instance.user_id:
        who |= Q(user_id=instance.user_id)
    if who:
        TopicSubscription.objects.filter(who, unsubscribed_at__isnull=True).update(
            unsubscribed_at=instance.withdrawn_at
        )
