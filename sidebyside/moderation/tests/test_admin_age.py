from datetime import datetime, timedelta

from django.utils import timezone

import pytest

from opportunities.models import ExpressionOfInterest
from sidebyside.moderation.views import describe_age, export_permission, working_days_between

from .models import Application

MONDAY_NOON = timezone.make_aware(datetime(2026, 11, 23, 12))


@pytest.mark.parametrize(
    ("waited", "expected"),
    [
        (timedelta(minutes=20), "less than an hour"),
        (timedelta(hours=1), "1 hour"),
        (timedelta(hours=5, minutes=59), "5 hours"),
        (timedelta(days=1), "1 working day"),
        (timedelta(days=3), "1 working day"),  # Friday noon to Monday noon: only Monday counts
        (timedelta(days=7), "5 working days"),
        (timedelta(days=14), "10 working days"),
    ],
)
def test_age_is_described_in_plain_words(waited, expected):
    assert describe_age(MONDAY_NOON - waited, now=MONDAY_NOON) == expected


def test_a_weekend_alone_is_less_than_a_working_day():
    saturday, sunday_evening = MONDAY_NOON - timedelta(days=2), MONDAY_NOON - timedelta(hours=16)

    assert working_days_between(saturday, sunday_evening) == 0
    assert describe_age(saturday, now=sunday_evening) == "less than a working day"


def test_export_needs_the_models_own_permission_when_it_declares_one():
    assert export_permission(ExpressionOfInterest) == "export"
    assert export_permission(Application) == "change"
