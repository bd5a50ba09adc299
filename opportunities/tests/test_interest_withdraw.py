"""Members withdrawing their own expressions of interest from "My involvement"."""

import pytest

from opportunities.models import InterestStatus
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

from .factories import ExpressionOfInterestFactory, OpportunityIndexPageFactory, OpportunityPageFactory


@pytest.fixture
def member(db):
    return MemberFactory()


@pytest.fixture
def interest(home_page, member):
    page = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home_page), title="Patient panel")
    return ExpressionOfInterestFactory(opportunity=page, user=member)


def url(interest):
    return f"/en/involvement/interests/{interest.pk}/withdraw/"


def test_guests_are_asked_to_sign_in(client, interest):
    response = client.get(url(interest))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_the_confirm_page_names_the_opportunity(client, member, interest):
    client.force_login(member)
    response = client.get(url(interest))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Patient panel" in html
    assert "Withdraw my interest" in html


def test_a_member_withdraws_with_a_reason(client, member, interest):
    client.force_login(member)
    response = client.post(url(interest), {"reason": "Moving away\x00"})
    assert response.status_code == 302
    assert response["Location"] == "/en/account/involvement/"
    interest.refresh_from_db()
    assert interest.status == InterestStatus.WITHDRAWN
    decision = ModerationDecision.objects.get(object_id=interest.pk, to_status="withdrawn")
    assert (decision.by, decision.from_status, decision.reason) == (member, "new", "Moving away")
    assert OutboxMessage.objects.filter(template="interest_withdrawn").count() == 1
    html = client.get("/en/account/involvement/").content.decode()
    assert "You have withdrawn your interest in Patient panel" in html


def test_nobody_can_withdraw_someone_elses_interest(client, interest):
    client.force_login(MemberFactory())
    assert client.get(url(interest)).status_code == 404
    assert client.post(url(interest), {"reason": ""}).status_code == 404
    interest.refresh_from_db()
    assert interest.status == InterestStatus.NEW


def test_an_interest_that_has_ended_says_so(client, member, interest):
    services.transition(interest, "not_proceeding", by=None, reason="No places left")
    client.force_login(member)
    for response in (client.get(url(interest)), client.post(url(interest), {})):
        assert response.status_code == 200
        assert "This has already ended" in response.content.decode()
    assert ModerationDecision.objects.filter(object_id=interest.pk, to_status="withdrawn").count() == 0


def test_a_move_by_staff_at_the_same_moment_is_handled(client, member, interest, monkeypatch):
    client.force_login(member)

    def staff_got_there_first(obj, to_status, *, by, reason=""):
        services.transition(obj, "not_proceeding", by=None, reason="Filled")
        obj.status = "new"  # what the member's page loaded
        return services.transition(obj, to_status, by=by, reason=reason)

    monkeypatch.setattr("opportunities.views.interest.transition", staff_got_there_first)
    response = client.post(url(interest), {"reason": ""})
    assert response.status_code == 200
    assert "This has already ended" in response.content.decode()
