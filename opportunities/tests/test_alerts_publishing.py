"""Alerts go out when an opportunity is published: once per subscriber and opportunity, in their language."""

import datetime

from django.core import mail
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

import pytest

from opportunities import tasks
from opportunities.alerts import queue_alerts
from opportunities.models import OpportunityPage, TopicSubscription
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory, closed_yesterday
from sidebyside.core.tests.factories import topic
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.tasks import deliver_due

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/en/involvement/alerts/"


@pytest.fixture
def index(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish the page as an editor does, running what is queued on commit (the alert task, then delivery)."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return publish


def subscriber(email="sam@example.org", topics=("mental_health",), language="en", **fields):
    fields.setdefault("confirmed_at", timezone.now() - datetime.timedelta(hours=1))
    subscription = TopicSubscription.objects.create(
        email=email, language=language, consent_wording_version="test", **fields
    )
    subscription.topics.set([topic(slug) for slug in topics])
    return subscription


def alerts_to(email):
    return OutboxMessage.objects.filter(template="topic_alert", recipient=email)


def test_the_whole_journey_from_subscribing_to_one_alert(client, index, publish, django_capture_on_commit_callbacks):
    topic("mental_health")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SUBSCRIBE, {"email": "sam@example.org", "topics": ["mental_health"], "consent": "on"})
    [confirmation] = mail.outbox
    assert confirmation.to == ["sam@example.org"]
    confirm = OutboxMessage.objects.get(template="topic_alert_confirm").context["confirm_url"]
    assert confirm in confirmation.body
    assert not mail.outbox[1:]  # nothing else until they confirm
    client.post(confirm.removeprefix("http://testserver"))

    page = OpportunityPageFactory(parent=index, title="Mental health reading group")
    page.topics.set([topic("mental_health")])
    publish(page)
    deliver_due()  # the worker's sweep (the test's transaction never commits, so delivery was queued once)

    alert = alerts_to("sam@example.org").get()
    assert alert.status == OutboxMessage.Status.SENT
    assert alert.context["opportunity"] == "Mental health reading group"
    assert alert.context["url"] == page.get_full_url()
    assert alert.context["topics"] == ["Mental health"]
    [email] = [m for m in mail.outbox if "Mental health reading group" in m.subject]
    assert email.to == ["sam@example.org"]
    unsubscribe = alert.context["unsubscribe_url"]
    assert unsubscribe in email.body and unsubscribe in email.alternatives[0][0]
    assert "Stop these emails" in client.get(unsubscribe).content.decode()
    assert "You will not get these emails any more" in client.post(unsubscribe, {"action": "stop"}).content.decode()


def test_republishing_does_not_send_again(index, publish):
    sam = subscriber()
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    publish(page)
    publish(page)
    assert tasks.send_topic_alerts(page.pk) == 0
    assert alerts_to(sam.email).count() == 1


def test_only_subscribers_to_a_topic_of_the_page_are_alerted(index, publish):
    subscriber("mind@example.org", topics=["mental_health", "gp"])
    subscriber("cancer@example.org", topics=["cancer"])
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health"), topic("gp")])
    publish(page)
    assert alerts_to("mind@example.org").count() == 1
    assert alerts_to("mind@example.org").get().context["topics"] == ["GP and community services", "Mental health"]
    assert not alerts_to("cancer@example.org").exists()


def test_unconfirmed_and_unsubscribed_people_get_nothing(index, publish):
    subscriber("pending@example.org", confirmed_at=None)
    subscriber("stopped@example.org", unsubscribed_at=timezone.now())
    publish(OpportunityPageFactory(parent=index, topics=[topic("mental_health")]))
    assert not OutboxMessage.objects.filter(template="topic_alert").exists()


def test_a_page_without_topics_alerts_nobody(index, publish):
    subscriber()
    publish(OpportunityPageFactory(parent=index))
    assert not OutboxMessage.objects.filter(template="topic_alert").exists()


def test_closed_or_full_opportunities_are_not_announced(index, publish):
    subscriber()
    closed = OpportunityPageFactory(parent=index, closing_date=closed_yesterday(), topics=[topic("mental_health")])
    publish(closed)
    assert not OutboxMessage.objects.filter(template="topic_alert").exists()


def test_a_private_opportunity_is_not_announced(index, publish):
    subscriber()
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    OutboxMessage.objects.filter(template="topic_alert").delete()

    assert tasks.send_topic_alerts(page.pk) == 0
    assert not OutboxMessage.objects.filter(template="topic_alert").exists()


def test_an_old_opportunity_is_not_news_to_people_who_joined_later(index, publish):
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    later = subscriber()
    later.confirmed_at = timezone.now()
    later.save()
    page.refresh_from_db()
    publish(page)  # an editor fixes a typo
    assert not alerts_to(later.email).exists()


def test_nothing_is_queued_until_the_publish_commits(index, django_capture_on_commit_callbacks):
    subscriber()
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.save_revision().publish()
    assert [callback.args for callback in callbacks if getattr(callback, "func", None) is queue_alerts] == [(page.pk,)]
    assert not OutboxMessage.objects.filter(template="topic_alert").exists()


def test_the_task_handles_a_missing_page(db):
    assert tasks.send_topic_alerts(999_999) == 0


@pytest.fixture
def polish(index):
    return Locale.objects.get_or_create(language_code="pl")[0]


def test_the_alert_is_in_the_subscribers_language(index, publish):
    subscriber("ola@example.org", language="pl")
    subscriber("sam@example.org", language="en")
    page = OpportunityPageFactory(
        parent=index, topics=[topic("mental_health")], closing_date=datetime.date(2099, 12, 2)
    )
    publish(page)

    polish = alerts_to("ola@example.org").get()
    assert polish.language == "pl"
    assert polish.context["topics"] == ["Zdrowie psychiczne"]
    assert polish.context["closing_date"] == "2 grudnia 2099"
    assert polish.context["url"] == page.get_full_url()  # no Polish version: the English page
    assert "/pl/involvement/alerts/unsubscribe/" in polish.context["unsubscribe_url"]
    english = alerts_to("sam@example.org").get()
    assert english.language == "en"
    assert english.context["closing_date"] == "2 December 2099"


def test_the_alert_links_to_the_page_in_the_subscribers_language(index, polish, publish):
    subscriber("ola@example.org", language="pl")
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    translated = page.copy_for_translation(polish, copy_parents=True)
    translated.title = "Grupa czytelnicza"
    translated.save_revision().publish()
    page.refresh_from_db()

    publish(page)

    alert = alerts_to("ola@example.org").get()
    assert alert.context["opportunity"] == "Grupa czytelnicza"
    assert alert.context["url"] == translated.get_full_url()
    assert "/pl/" in alert.context["url"]


def test_publishing_a_translation_later_does_not_send_again(index, polish, publish):
    subscriber("ola@example.org", language="pl")
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    publish(page)
    translated = page.copy_for_translation(polish, copy_parents=True)
    publish(translated)
    assert alerts_to("ola@example.org").count() == 1


def test_many_subscribers_cost_a_fixed_number_of_lookups(index, django_assert_max_num_queries):
    for number in range(30):
        subscriber(f"person{number}@example.org")
    page = OpportunityPageFactory(parent=index, topics=[topic("mental_health")])
    assert tasks.send_topic_alerts(page.pk) == 30
    # A rerun reads what was sent in one query instead of asking once per subscriber.
    with django_assert_max_num_queries(12):
        assert tasks.send_topic_alerts(page.pk) == 0


def test_stale_subscriptions_are_purged(db):
    now = timezone.now()
    keep_active = subscriber("active@example.org")
    keep_new = subscriber("new@example.org", confirmed_at=None)
    keep_recently_stopped = subscriber("recent@example.org", unsubscribed_at=now - datetime.timedelta(days=80))
    keep_asked_again = subscriber(
        "again@example.org",
        unsubscribed_at=now - datetime.timedelta(days=200),
        created_at=now - datetime.timedelta(days=10),  # a new confirmation link may still be live
    )
    subscriber("never@example.org", confirmed_at=None, created_at=now - datetime.timedelta(days=31))
    subscriber(
        "stopped@example.org",
        unsubscribed_at=now - datetime.timedelta(days=91),
        created_at=now - datetime.timedelta(days=365),
    )

    tasks.purge_stale_subscriptions(now=now)

    assert set(TopicSubscription.objects.all()) == {keep_active, keep_new, keep_recently_stopped, keep_asked_again}


# --- the hourly sweep for alerts whose task was lost ------------------------------------------------------------


def publish_losing_the_task(page, django_capture_on_commit_callbacks):
    """Publish as an editor does while the broker is down: the queued alert task never runs."""
    with django_capture_on_commit_callbacks(execute=False):
        page.save_revision().publish()
    return page


def test_the_sweep_sends_the_alerts_of_a_lost_task_once(index, django_capture_on_commit_callbacks):
    sam, ola = subscriber("sam@example.org"), subscriber("ola@example.org", language="pl")
    page = publish_losing_the_task(
        OpportunityPageFactory(parent=index, topics=[topic("mental_health")]), django_capture_on_commit_callbacks
    )
    assert not OutboxMessage.objects.filter(template="topic_alert").exists()

    assert tasks.send_recent_topic_alerts() == 2
    assert tasks.send_recent_topic_alerts() == 0

    for person in (sam, ola):
        alert = alerts_to(person.email).get()
        assert alert.idempotency_key == f"topic-alert:{person.pk}:{page.translation_key}"
        assert alert.context["url"] == page.get_full_url()


def test_the_sweep_sends_nothing_the_publish_task_already_sent(index, publish):
    subscriber()
    page = publish(OpportunityPageFactory(parent=index, topics=[topic("mental_health")]))
    assert tasks.send_recent_topic_alerts() == 0
    assert alerts_to("sam@example.org").count() == 1
    assert tasks.send_topic_alerts(page.pk) == 0


def test_the_sweep_sends_once_for_an_opportunity_in_several_languages(
    index, polish, django_capture_on_commit_callbacks
):
    subscriber("ola@example.org", language="pl")
    page = publish_losing_the_task(
        OpportunityPageFactory(parent=index, topics=[topic("mental_health")]), django_capture_on_commit_callbacks
    )
    translated = page.copy_for_translation(polish, copy_parents=True)
    publish_losing_the_task(translated, django_capture_on_commit_callbacks)

    assert tasks.send_recent_topic_alerts() == 1
    assert alerts_to("ola@example.org").get().context["url"] == translated.get_full_url()


def test_the_sweep_leaves_opportunities_published_before_the_last_three_days(
    index, django_capture_on_commit_callbacks
):
    subscriber(confirmed_at=timezone.now() - datetime.timedelta(days=30))
    page = publish_losing_the_task(
        OpportunityPageFactory(parent=index, topics=[topic("mental_health")]), django_capture_on_commit_callbacks
    )
    OpportunityPage.objects.filter(pk=page.pk).update(first_published_at=timezone.now() - datetime.timedelta(days=4))

    assert tasks.send_recent_topic_alerts() == 0
    assert not OutboxMessage.objects.filter(template="topic_alert").exists()


def test_the_sweep_runs_every_hour_from_the_migrations_schedule():
    from django_q.models import Schedule

    schedule = Schedule.objects.get(func="opportunities.tasks.send_recent_topic_alerts")
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == (Schedule.MINUTES, 60, -1)
