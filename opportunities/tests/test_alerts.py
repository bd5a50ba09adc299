"""Topic alerts: subscribing as a guest or member, confirming, unsubscribing and the member's pages."""

import datetime

from django.utils import timezone

import pytest

from opportunities import alerts, tasks
from opportunities.models import TopicSubscription
from sidebyside.accounts.consent import record_consent, withdraw
from sidebyside.accounts.dashboard import sections_for
from sidebyside.accounts.models import Consent, ConsentMethod, ConsentTopic
from sidebyside.accounts.prefill import link_guest_records
from sidebyside.accounts.privacy import collect_data, delete_account
from sidebyside.accounts.tests.factories import MemberFactory, ProfileFactory
from sidebyside.core.tests.factories import topic
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/en/involvement/alerts/"
MANAGE = "/en/involvement/alerts/manage/"


def subscribe_data(email="sam@example.org", topics=("mental_health",), **extra):
    return {"email": email, "topics": list(topics), "consent": "on", **extra}


def confirmation_messages(email="sam@example.org"):
    return OutboxMessage.objects.filter(template="topic_alert_confirm", recipient=email)


def confirm_url(email="sam@example.org"):
    message = confirmation_messages(email).latest("pk")
    return message.context["confirm_url"].removeprefix("http://testserver")


# --- guests ---------------------------------------------------------------------------------------------------


def test_guest_subscribes_and_is_asked_to_confirm(client):
    topic("mental_health")
    response = client.post(SUBSCRIBE, subscribe_data(topics=["mental_health"]))

    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    subscription = TopicSubscription.objects.get()
    assert subscription.email == "sam@example.org"
    assert subscription.confirmed_at is None and not subscription.is_active
    assert [t.slug for t in subscription.topics.all()] == ["mental_health"]
    assert subscription.consent_wording_version == alerts.CONSENT_WORDING_VERSION
    assert not Consent.objects.exists(), "typing an address is not agreement from its owner"
    message = confirmation_messages().get()
    assert message.language == "en"
    assert "/en/involvement/alerts/confirm/" in message.context["confirm_url"]


def test_the_confirmation_link_starts_the_alerts(client):
    topic("mental_health")
    client.post(SUBSCRIBE, subscribe_data())
    url = confirm_url()

    page = client.get(url)
    assert page.status_code == 200
    assert "Confirm your email alerts" in page.content.decode()
    assert not TopicSubscription.objects.get().is_active  # opening the link alone does nothing

    response = client.post(url)
    assert response.status_code == 200
    assert "Your email alerts are on" in response.content.decode()
    assert TopicSubscription.objects.get().is_active
    consent = Consent.objects.get(topic=ConsentTopic.TOPIC_ALERTS)
    assert (consent.email, consent.user, consent.withdrawn_at) == ("sam@example.org", None, None)
    assert consent.wording_version == alerts.CONSENT_WORDING_VERSION


def test_repeated_requests_and_confirmations_record_one_consent(client):
    topic("mental_health"), topic("cancer")
    for topics in (["mental_health"], ["mental_health"], ["cancer"]):
        client.post(SUBSCRIBE, subscribe_data(topics=topics))
        client.post(confirm_url())
        client.post(confirm_url())

    assert TopicSubscription.objects.get().is_active
    assert Consent.objects.filter(topic=ConsentTopic.TOPIC_ALERTS).count() == 1


def test_asking_again_keeps_an_unconfirmed_subscription_until_its_new_link_expires(client):
    topic("mental_health")
    client.post(SUBSCRIBE, subscribe_data())
    long_ago = timezone.now() - datetime.timedelta(days=40)
    TopicSubscription.objects.update(created_at=long_ago)

    client.post(SUBSCRIBE, subscribe_data(topics=["mental_health"], email="Sam@example.org"))
    tasks.purge_stale_subscriptions()

    assert TopicSubscription.objects.get().created_at > long_ago
    assert client.post(confirm_url()).status_code == 200
    assert TopicSubscription.objects.get().is_active


def test_asking_again_keeps_a_long_stopped_subscription_until_its_new_link_expires(client, active_subscription):
    long_ago = timezone.now() - datetime.timedelta(days=200)
    TopicSubscription.objects.update(created_at=long_ago, unsubscribed_at=long_ago)

    client.post(SUBSCRIBE, subscribe_data(email=active_subscription.email))
    tasks.purge_stale_subscriptions()

    assert client.post(confirm_url(active_subscription.email)).status_code == 200
    assert TopicSubscription.objects.get().is_active


def test_subscribing_again_updates_topics_without_a_duplicate(client):
    topic("mental_health"), topic("cancer")
    client.post(SUBSCRIBE, subscribe_data(topics=["mental_health"]))
    client.post(confirm_url())

    again = client.post(SUBSCRIBE, subscribe_data(email=" SAM@Example.org ", topics=["cancer"]))

    assert again.status_code == 200
    assert TopicSubscription.objects.count() == 1
    subscription = TopicSubscription.objects.get()
    # An active subscription changes only when the owner of the address confirms the new choice.
    assert [t.slug for t in subscription.topics.all()] == ["mental_health"]
    client.post(confirm_url())
    assert [t.slug for t in subscription.topics.all()] == ["cancer"]
    assert subscription.is_active


def test_the_answer_does_not_reveal_whether_an_address_is_subscribed(client):
    topic("mental_health")
    first = client.post(SUBSCRIBE, subscribe_data()).content.decode()
    client.post(confirm_url())
    second = client.post(SUBSCRIBE, subscribe_data()).content.decode()
    stranger = client.post(SUBSCRIBE, subscribe_data(email="new@example.org")).content.decode()

    def main(html):
        return html.split("<main", 1)[1].split("</main>", 1)[0].replace("new@example.org", "sam@example.org")

    assert main(first) == main(second) == main(stranger)


def test_the_same_choice_twice_sends_one_confirmation_email(client):
    topic("mental_health")
    client.post(SUBSCRIBE, subscribe_data())
    client.post(SUBSCRIBE, subscribe_data())
    assert confirmation_messages().count() == 1


def test_a_new_choice_sends_a_new_confirmation_email(client):
    topic("mental_health"), topic("cancer")
    client.post(SUBSCRIBE, subscribe_data(topics=["mental_health"]))
    client.post(SUBSCRIBE, subscribe_data(topics=["cancer"]))
    assert confirmation_messages().count() == 2


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (subscribe_data(topics=[]), "topics", "Select at least one topic"),
        (subscribe_data(topics=["not_a_topic"]), "topics", "Select topics from the list"),
        (subscribe_data(email=""), "email", "Enter your email address"),
        (subscribe_data(email="sam@"), "email", "Enter an email address in the correct format"),
        ({**subscribe_data(), "consent": ""}, "consent", "Tick the box to say you agree"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(client, data, field, message):
    topic("mental_health")
    response = client.post(SUBSCRIBE, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert html.count(message) == 2  # in the error summary and next to the field
    assert message in " ".join(response.context["form"].errors[field])
    assert not TopicSubscription.objects.exists()
    assert not Consent.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_a_filled_in_honeypot_is_turned_down(client):
    topic("mental_health")
    response = client.post(SUBSCRIBE, subscribe_data(sbs_trap="http://spam.example"))

    assert response.status_code == 200
    assert "We could not accept this form" in response.content.decode()
    assert not TopicSubscription.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_the_honeypot_is_hidden_from_people(client):
    html = client.get(SUBSCRIBE).content.decode()
    assert 'class="sbs-honeypot" aria-hidden="true"' in html


def test_too_many_attempts_are_rate_limited(client, settings):
    topic("mental_health")
    settings.PUBLIC_FORM_RATE_LIMITS = {"alerts": {"ip": (2, 3600), "email": (5, 3600)}}
    assert client.post(SUBSCRIBE, subscribe_data(email="a@example.org")).status_code == 200
    assert client.post(SUBSCRIBE, subscribe_data(email="b@example.org")).status_code == 200
    response = client.post(SUBSCRIBE, subscribe_data(email="c@example.org"))

    assert response.status_code == 429
    assert not TopicSubscription.objects.filter(email="c@example.org").exists()


def test_the_same_address_is_rate_limited_from_any_ip(client, settings):
    topic("mental_health")
    settings.PUBLIC_FORM_RATE_LIMITS = {"alerts": {"ip": (100, 3600), "email": (1, 3600)}}
    client.post(SUBSCRIBE, subscribe_data(), REMOTE_ADDR="192.0.2.1")
    assert client.post(SUBSCRIBE, subscribe_data(), REMOTE_ADDR="192.0.2.2").status_code == 429


def test_invalid_requests_do_not_use_up_the_addresss_attempts(client, settings):
    topic("mental_health")
    settings.PUBLIC_FORM_RATE_LIMITS = {"alerts": {"ip": (100, 3600), "email": (5, 3600)}}
    for n in range(6):
        response = client.post(SUBSCRIBE, subscribe_data(topics=[]), REMOTE_ADDR=f"192.0.2.{n}")
        assert response.status_code == 200 and response.context["form"].errors
    assert "Check your email" in client.post(SUBSCRIBE, subscribe_data()).content.decode()
    assert TopicSubscription.objects.filter(email="sam@example.org").exists()


def test_invalid_requests_still_count_against_the_ip_address(client, settings):
    topic("mental_health")
    settings.PUBLIC_FORM_RATE_LIMITS = {"alerts": {"ip": (2, 3600), "email": (100, 3600)}}
    for _ in range(2):
        client.post(SUBSCRIBE, subscribe_data(topics=[]))
    assert client.post(SUBSCRIBE, subscribe_data()).status_code == 429
    assert not TopicSubscription.objects.exists()


# --- confirmation links -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["nonsense", "a" * 300, "eyJzIjoxfQ:1abc:def", "%00", "a:b:c"], ids=lambda t: t[:12])
def test_a_bad_confirmation_link_gets_a_friendly_page(client, token):
    response = client.get(f"/en/involvement/alerts/confirm/{token}/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert client.post(f"/en/involvement/alerts/confirm/{token}/").status_code == 404


def test_a_tampered_confirmation_link_does_nothing(client):
    topic("mental_health")
    client.post(SUBSCRIBE, subscribe_data())
    url = confirm_url()
    tampered = url[:-3] + ("A" if url[-3] != "A" else "B") + url[-2:]

    assert client.post(tampered).status_code == 404
    assert not TopicSubscription.objects.get().is_active


def test_an_expired_confirmation_link_does_nothing(client, monkeypatch):
    topic("mental_health")
    client.post(SUBSCRIBE, subscribe_data())
    monkeypatch.setattr(alerts, "CONFIRM_LINK_MAX_AGE", -1)

    response = client.post(confirm_url())

    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert not TopicSubscription.objects.get().is_active


def test_a_link_for_a_deleted_subscription_does_nothing(client):
    topic("mental_health")
    client.post(SUBSCRIBE, subscribe_data())
    url = confirm_url()
    TopicSubscription.objects.all().delete()
    assert client.post(url).status_code == 404


# --- unsubscribing ---------------------------------------------------------------------------------------------


@pytest.fixture
def active_subscription(db):
    subscription = TopicSubscription.objects.create(
        email="ali@example.org", consent_wording_version="test", confirmed_at="2026-01-01T10:00Z"
    )
    subscription.topics.set([topic("mental_health")])
    Consent.objects.create(
        email="ali@example.org", topic=ConsentTopic.TOPIC_ALERTS, wording_version="test", method="web_form"
    )
    return subscription


def test_opening_the_unsubscribe_link_asks_first_because_mail_scanners_open_links(client, active_subscription):
    response = client.get(f"/en/involvement/alerts/unsubscribe/{active_subscription.token}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Stop these emails" in html and 'name="action" value="stop"' in html
    active_subscription.refresh_from_db()
    assert active_subscription.is_active
    assert Consent.objects.active().filter(topic=ConsentTopic.TOPIC_ALERTS).exists()
    assert response.headers["Cache-Control"].startswith("max-age=0")


def test_the_unsubscribe_button_stops_them_at_once_without_signing_in(client, active_subscription):
    response = client.post(f"/en/involvement/alerts/unsubscribe/{active_subscription.token}/", {"action": "stop"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "You will not get these emails any more" in html
    assert "Keep getting these emails" in html
    active_subscription.refresh_from_db()
    assert active_subscription.unsubscribed_at is not None and not active_subscription.is_active
    assert not Consent.objects.active().filter(topic=ConsentTopic.TOPIC_ALERTS).exists()
    assert response.headers["Cache-Control"].startswith("max-age=0")


def test_unsubscribing_twice_is_harmless(client, active_subscription):
    url = f"/en/involvement/alerts/unsubscribe/{active_subscription.token}/"
    client.post(url, {"action": "stop"})
    stopped_at = TopicSubscription.objects.get().unsubscribed_at
    assert client.post(url, {"action": "stop"}).status_code == 200
    again = client.get(url)
    assert "You will not get these emails any more" in again.content.decode()
    assert TopicSubscription.objects.get().unsubscribed_at == stopped_at


def test_the_undo_button_starts_the_emails_again(client, active_subscription):
    url = f"/en/involvement/alerts/unsubscribe/{active_subscription.token}/"
    client.post(url, {"action": "stop"})

    response = client.post(url, {"action": "undo"})

    assert response.status_code == 200
    assert "You will get these emails again" in response.content.decode()
    active_subscription.refresh_from_db()
    assert active_subscription.is_active
    assert Consent.objects.active().filter(topic=ConsentTopic.TOPIC_ALERTS, email="ali@example.org").count() == 1


def test_undo_never_confirms_an_unconfirmed_address(client):
    subscription = TopicSubscription.objects.create(
        email="x@example.org", consent_wording_version="test", unsubscribed_at="2026-01-01T10:00Z"
    )
    client.post(f"/en/involvement/alerts/unsubscribe/{subscription.token}/", {"action": "undo"})
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None and not subscription.is_active


@pytest.mark.parametrize("token", ["unknown", "x" * 65, "%20"])
def test_an_unknown_unsubscribe_token_gets_a_friendly_404(client, active_subscription, token):
    response = client.get(f"/en/involvement/alerts/unsubscribe/{token}/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert client.post(f"/en/involvement/alerts/unsubscribe/{token}/", {"action": "stop"}).status_code == 404
    assert TopicSubscription.objects.get().is_active


# --- members ---------------------------------------------------------------------------------------------------


@pytest.fixture
def member(db):
    return MemberFactory(email="member@example.org")


def test_a_members_form_is_filled_from_their_account_and_profile(client, member):
    ProfileFactory(user=member, topics=["cancer", "maternity"])
    client.force_login(member)

    form = client.get(SUBSCRIBE).context["form"]

    assert form.initial["email"] == "member@example.org"
    assert sorted(form.initial["topics"]) == ["cancer", "maternity"]
    html = client.get(SUBSCRIBE).content.decode()
    assert 'value="cancer" checked' in html and 'value="mental_health" checked' not in html


def test_a_member_with_a_verified_address_is_subscribed_at_once(client, member):
    topic("cancer")
    client.force_login(member)

    response = client.post(SUBSCRIBE, subscribe_data(email="Member@example.org", topics=["cancer"]))

    assert "Your email alerts are on" in response.content.decode()
    subscription = TopicSubscription.objects.get()
    assert subscription.is_active and subscription.user == member
    assert not OutboxMessage.objects.exists()
    assert Consent.objects.get(topic=ConsentTopic.TOPIC_ALERTS).user == member
    client.post(SUBSCRIBE, subscribe_data(email=member.email, topics=["cancer"]))
    assert Consent.objects.filter(topic=ConsentTopic.TOPIC_ALERTS).count() == 1, "one active agreement is enough"


def test_a_member_using_another_address_must_confirm_it(client, member):
    topic("cancer")
    client.force_login(member)

    response = client.post(SUBSCRIBE, subscribe_data(email="someone.else@example.org", topics=["cancer"]))

    assert "Check your email" in response.content.decode()
    subscription = TopicSubscription.objects.get()
    assert not subscription.is_active and subscription.user is None
    assert confirmation_messages("someone.else@example.org").count() == 1
    assert not Consent.objects.exists()


def test_a_member_can_change_topics_and_stop_alerts(client, member):
    topic("cancer"), topic("gp")
    client.force_login(member)
    client.post(SUBSCRIBE, subscribe_data(email=member.email, topics=["cancer"]))

    page = client.get(MANAGE)
    assert page.status_code == 200 and 'value="cancer" checked' in page.content.decode()

    saved = client.post(MANAGE, {"topics": ["gp"]})
    assert saved.status_code == 302
    assert [t.slug for t in TopicSubscription.objects.get().topics.all()] == ["gp"]

    bad = client.post(MANAGE, {"topics": []})
    assert "Select at least one topic" in bad.content.decode()
    assert [t.slug for t in TopicSubscription.objects.get().topics.all()] == ["gp"]

    stopped = client.post(MANAGE, {"stop": "1"})
    assert stopped.status_code == 302
    assert not TopicSubscription.objects.get().is_active
    assert client.get(MANAGE)["Location"] == SUBSCRIBE


def test_manage_needs_signing_in(client):
    assert client.get(MANAGE)["Location"].startswith("/en/account/login/")


def test_my_involvement_shows_the_alerts(client, member):
    topic("cancer")
    assert [item.url for item in dict(sections_for(member))[_alerts_section()]] == [SUBSCRIBE]
    client.force_login(member)
    client.post(SUBSCRIBE, subscribe_data(email=member.email, topics=["cancer"]))

    items = dict(sections_for(member))[_alerts_section()]

    assert [(item.title, item.url, item.status) for item in items] == [("Cancer care", MANAGE, "On")]
    html = client.get("/en/account/involvement/").content.decode()
    assert "Email alerts about new opportunities" in html and MANAGE in html


def _alerts_section():
    return next(section for section, _items in sections_for(MemberFactory()) if section.key == "alerts")


def test_a_guest_subscription_joins_the_member_who_verifies_the_address(member):
    guest = TopicSubscription.objects.create(email="Member@Example.org", consent_wording_version="test")
    link_guest_records(member, "member@example.org")
    guest.refresh_from_db()
    assert guest.user == member


def test_the_members_data_download_lists_subscriptions(member):
    subscription = TopicSubscription.objects.create(user=member, email=member.email, consent_wording_version="t")
    subscription.topics.set([topic("gp")])
    section = next(s for s in collect_data(member) if s["key"] == "topic_alerts")
    assert section["rows"][0]["Email address"] == member.email
    assert section["rows"][0]["Topics"] == ["GP and community services"]


def test_deleting_an_account_erases_subscriptions(member):
    TopicSubscription.objects.create(user=member, email=member.email, consent_wording_version="t")
    other = TopicSubscription.objects.create(email="other@example.org", consent_wording_version="t")
    delete_account(member)
    assert list(TopicSubscription.objects.all()) == [other]


def test_withdrawing_the_consent_elsewhere_stops_the_alerts(active_subscription):
    consent = record_consent(
        ConsentTopic.TOPIC_ALERTS, wording_version="t", method=ConsentMethod.WEB_FORM, email=active_subscription.email
    )
    withdraw(consent)

    active_subscription.refresh_from_db()
    assert active_subscription.unsubscribed_at == consent.withdrawn_at
    assert not active_subscription.is_active


def test_withdrawing_another_consent_leaves_the_alerts_alone(active_subscription):
    withdraw(
        record_consent(
            ConsentTopic.PRIVACY_NOTICE,
            wording_version="t",
            method=ConsentMethod.WEB_FORM,
            email=active_subscription.email,
        )
    )

    active_subscription.refresh_from_db()
    assert active_subscription.is_active
