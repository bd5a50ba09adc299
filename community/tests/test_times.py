"""Event times in plain words, in Europe/London time, in English, Polish and Arabic."""

import datetime
import zoneinfo

from django.utils import translation

import pytest

from community.times import clock_time, event_time_in_words, moment_in_words

LONDON = zoneinfo.ZoneInfo("Europe/London")
UTC = datetime.UTC
TODAY = datetime.date(2026, 1, 10)


def london(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("hour", "minute", "words"),
    [(9, 30, "9:30am"), (12, 0, "12pm"), (0, 0, "midnight"), (0, 15, "12:15am"), (13, 5, "1:05pm"), (23, 0, "11pm")],
)
def test_clock_times_in_nhs_style(hour, minute, words):
    assert clock_time(london(2026, 3, 3, hour, minute)) == words


def test_the_example_from_the_brief():
    assert event_time_in_words(london(2026, 3, 3, 9, 30), london(2026, 3, 3, 12), TODAY) == (
        "Tuesday 3 March, 9:30am to 12pm"
    )


def test_another_year_gives_the_year():
    assert event_time_in_words(london(2027, 3, 2, 9, 30), london(2027, 3, 2, 12), TODAY) == (
        "Tuesday 2 March 2027, 9:30am to 12pm"
    )


def test_an_evening_that_ends_at_midnight_is_one_day():
    assert event_time_in_words(london(2026, 6, 5, 19), london(2026, 6, 6, 0), TODAY) == (
        "Friday 5 June, 7pm to midnight"
    )


def test_an_event_over_two_days_gives_both_days():
    assert event_time_in_words(london(2026, 6, 5, 10), london(2026, 6, 6, 16), TODAY) == (
        "Friday 5 June, 10am to Saturday 6 June, 4pm"
    )


def test_utc_times_are_shown_in_london_time_in_summer_and_winter():
    summer = datetime.datetime(2026, 7, 1, 8, 30, tzinfo=UTC)  # 9:30am BST
    winter = datetime.datetime(2026, 12, 1, 9, 30, tzinfo=UTC)  # 9:30am GMT
    assert moment_in_words(summer, TODAY) == "Wednesday 1 July, 9:30am"
    assert moment_in_words(winter, TODAY) == "Tuesday 1 December, 9:30am"


def test_clocks_going_forward_last_sunday_of_march():
    # 29 March 2026: 1am GMT becomes 2am BST. 00:30 UTC is 12:30am; 02:30 UTC is 3:30am.
    start = datetime.datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    end = datetime.datetime(2026, 3, 29, 2, 30, tzinfo=UTC)
    assert event_time_in_words(start, end, TODAY) == "Sunday 29 March, 12:30am to 3:30am"
    assert event_time_in_words(london(2026, 3, 29, 10), london(2026, 3, 29, 13), TODAY) == (
        "Sunday 29 March, 10am to 1pm"
    )


def test_clocks_going_back_last_sunday_of_october():
    # 25 October 2026: 2am BST becomes 1am GMT. 00:30 UTC is 1:30am BST; 01:30 UTC is 1:30am GMT.
    first = datetime.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    second = datetime.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert moment_in_words(first, TODAY) == "Sunday 25 October, 1:30am"
    assert moment_in_words(second, TODAY) == "Sunday 25 October, 1:30am"
    assert event_time_in_words(london(2026, 10, 25, 10), london(2026, 10, 25, 12), TODAY) == (
        "Sunday 25 October, 10am to 12pm"
    )


def test_polish_uses_the_polish_date_and_24_hour_clock():
    with translation.override("pl"):
        words = event_time_in_words(london(2026, 3, 3, 9, 30), london(2026, 3, 3, 12), TODAY)
    assert words.startswith("Wtorek 3 marca, 09:30")
    assert "12:00" in words


def test_arabic_uses_arabic_day_and_month_names():
    with translation.override("ar"):
        words = event_time_in_words(london(2026, 3, 3, 9, 30), london(2026, 3, 3, 12), TODAY)
    assert "الثلاثاء" in words  # Tuesday
    assert "مارس" in words or "آذار" in words  # March
    assert "9:30" in words
    assert "Tuesday" not in words
