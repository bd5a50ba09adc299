"""Loading the opportunities demo content into an empty site: no messages, and the demo moderator signs decisions."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

import pytest

from opportunities import alerts
from opportunities.demo import en, people
from opportunities.models import (
    ExpressionOfInterest,
)
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db


def load_demo():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def test_loading_sends_no_messages_and_queues_no_alerts(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        load_demo()

    assert OutboxMessage.objects.count() == 0
    assert not [cb for cb in callbacks if getattr(cb, "func", None) is alerts.queue_alerts]


def test_the_demo_moderator_joins_the_trusts_and_signs_the_decisions(home_page):
    moderator = get_user_model().objects.create_user(username="moderator", email="moderator@example.org")

    load_demo()

    names = {organisation.name for organisation in moderator.organisations.all()}
    assert names == {en.ORGANISATIONS[key][0] for key in en.MODERATOR_ORGANISATIONS}
    staff_decisions = ModerationDecision.objects.filter(
        content_type=ContentType.objects.get_for_model(ExpressionOfInterest)
    ).exclude(from_status="")
    withdrawn_by_person = sum(1 for spec in people.INTERESTS if spec.get("by_person"))
    assert staff_decisions.filter(by=moderator).count() == staff_decisions.count() - withdrawn_by_person
    visible = services.visible_to(moderator, ExpressionOfInterest.objects.all())
    assert 0 < visible.count() < ExpressionOfInterest.objects.count()
