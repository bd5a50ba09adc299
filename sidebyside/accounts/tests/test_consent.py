"""Consent records: what, which wording, when and how; seen and withdrawn by the member."""

import pytest

from sidebyside.accounts.consent import has_consent, record_consent, withdraw
from sidebyside.accounts.models import Consent, ConsentMethod, ConsentTopic

from .factories import ConsentFactory, MemberFactory

pytestmark = pytest.mark.django_db

CONSENTS = "/en/account/consents/"
WITHDRAW = "/en/account/consents/withdraw/"


def test_a_consent_records_what_which_wording_when_and_how(member):
    consent = record_consent(
        ConsentTopic.CONTACT_ABOUT_OPPORTUNITY,
        wording_version="interest-2026-11",
        method=ConsentMethod.WEB_FORM,
        user=member,
        subject="Maternity voices group",
    )

    assert consent.email == member.email
    assert consent.given_at is not None
    assert has_consent(ConsentTopic.CONTACT_ABOUT_OPPORTUNITY, user=member)
    assert has_consent(ConsentTopic.CONTACT_ABOUT_OPPORTUNITY, user=member, subject="Maternity voices group")
    assert not has_consent(ConsentTopic.TOPIC_ALERTS, user=member)


def test_the_member_sees_each_consent(member_client, member):
    ConsentFactory(user=member, topic=ConsentTopic.PRIVACY_NOTICE, wording_version="privacy-v3")
    ConsentFactory(topic=ConsentTopic.TOPIC_ALERTS)  # someone else's

    page = member_client.get(CONSENTS).content.decode()

    assert "The privacy notice" in page
    assert "privacy-v3" in page
    assert "Ticked a box on a form on this website" in page
    assert "Emails about topics I care about" not in page


def test_withdrawing_takes_effect_at_once_and_keeps_the_record(member_client, member):
    consent = ConsentFactory(user=member)
    assert has_consent(consent.topic, user=member)

    response = member_client.post(WITHDRAW, {"consent": consent.pk})

    assert response.status_code == 302
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert not has_consent(consent.topic, user=member)
    assert not has_consent(consent.topic, email=member.email)
    page = member_client.get(response["Location"]).content.decode()
    assert "You have withdrawn your agreement" in page
    assert "Withdrawn on" in page


def test_nobody_can_withdraw_someone_elses_consent(member_client):
    other = ConsentFactory(user=MemberFactory())

    response = member_client.post(WITHDRAW, {"consent": other.pk})

    assert response.status_code == 404
    other.refresh_from_db()
    assert other.withdrawn_at is None


@pytest.mark.parametrize("value", ["", "abc", "-1", "0", "99999999999999999999999", "1.5"])
def test_odd_withdraw_requests_change_nothing(member_client, member, value):
    consent = ConsentFactory(user=member)

    response = member_client.post(WITHDRAW, {"consent": value})

    assert response.status_code in (302, 404)
    consent.refresh_from_db()
    assert consent.withdrawn_at is None


def test_withdrawing_twice_keeps_the_first_date(member):
    consent = ConsentFactory(user=member)
    first = withdraw(consent).withdrawn_at
    assert withdraw(consent).withdrawn_at == first


def test_a_guests_consent_is_linked_when_they_verify_their_email(client):
    record_consent(
        ConsentTopic.TOPIC_ALERTS, wording_version="alerts-v1", method=ConsentMethod.WEB_FORM, email="g@example.org"
    )
    response = client.post("/en/account/signup/", {"email": "g@example.org", "privacy_notice": "on"})
    from sidebyside.notifications.models import OutboxMessage

    code = OutboxMessage.objects.get(recipient="g@example.org", template="account/email_confirmation").context["code"]
    client.post(response["Location"], {"code": code})

    consent = Consent.objects.get(email="g@example.org", topic=ConsentTopic.TOPIC_ALERTS)
    assert consent.user is not None
    assert consent.user.email == "g@example.org"
