"""The alert forms and views fed plausible and hostile input: no server error, a clear message when
turned down, and nothing saved half-way."""

from django.core.cache import cache

import pytest
from hypothesis import given, settings

from opportunities.forms.alerts import ManageAlertsForm, SubscribeForm
from opportunities.models import TopicSubscription
from sidebyside.accounts.models import Consent
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

pytestmark = pytest.mark.django_db

FORM_SETTINGS = settings(VIEW_FUZZ_SETTINGS, max_examples=150)


def saved():
    return TopicSubscription.objects.count() + Consent.objects.count() + OutboxMessage.objects.count()


@FORM_SETTINGS
@given(data=form_data(SubscribeForm))
def test_subscribe_form_survives_anything(data):
    assert_form_handles(SubscribeForm, data)


@FORM_SETTINGS
@given(data=form_data(SubscribeForm, plausible_only=True))
def test_subscribe_form_can_be_filled_in(data):
    form = assert_form_handles(SubscribeForm, data)
    if data["topics"] and data["consent"] == "on" and not data["sbs_trap"]:
        assert form.is_valid(), form.errors
        assert {topic.slug for topic in form.cleaned_data["topics"]} == set(data["topics"])


@FORM_SETTINGS
@given(data=form_data(ManageAlertsForm))
def test_manage_form_survives_anything(data):
    assert_form_handles(ManageAlertsForm, data)


@VIEW_FUZZ_SETTINGS
@given(data=form_data(SubscribeForm))
def test_subscribe_view_survives_anything(client, data):
    cache.clear()
    assert_view_handles_post(client, "/en/involvement/alerts/", data, saved)


@VIEW_FUZZ_SETTINGS
@given(data=form_data(SubscribeForm, plausible_only=True))
def test_subscribe_view_accepts_what_people_send(client, data):
    cache.clear()
    response = assert_view_handles_post(client, "/en/involvement/alerts/", data, saved)
    accepted = "form" not in response.context
    assert accepted == bool(data["topics"] and data["consent"] == "on" and not data["sbs_trap"])
    if accepted:
        subscription = TopicSubscription.objects.get(email_normalised=data["email"].lower())
        assert OutboxMessage.objects.filter(template="topic_alert_confirm", recipient=subscription.email).exists()


@VIEW_FUZZ_SETTINGS
@given(data=form_data(ManageAlertsForm))
def test_manage_view_survives_anything(client, data):
    member = MemberFactory()
    client.force_login(member)
    subscription = TopicSubscription.objects.create(
        user=member, email=member.email, consent_wording_version="t", confirmed_at="2026-01-01T10:00Z"
    )
    response = client.post("/en/involvement/alerts/manage/", data)
    assert response.status_code < 500
    if response.status_code == 200:
        assert response.context["form"].errors
        assert not subscription.topics.exists()
