"""Event times in plain words, in Europe/London time: "Tuesday 3 March, 9:30am to 12pm".

English uses the NHS style (9:30am, 12pm, midnight); other languages use Django's formats for the
language (Polish "wtorek 3 marca, 09:30", Arabic with its own day and month names), so no date or
time is put together word by word.
"""

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

DAY_FORMAT = "l j E"  # E: the month name in the form used inside a date (Polish "marca", not "marzec")


def clock_time(moment):
    """A local time: "9:30am", "2pm", "12pm" (noon), "midnight" in English; the language's own format otherwise."""
    if not _is_english():
        return formats.time_format(moment, "TIME_FORMAT")
    if moment.hour == 0 and moment.minute == 0:
        return _("midnight")
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    minutes = f":{moment.minute:02}" if moment.minute else ""
    return f"{hour}{minutes}{suffix}"


def day_in_words(moment, today=None):
    """ "Tuesday 3 March", with the year when it is not this year."""
    moment = timezone.localtime(moment)
    today = today or timezone.localdate()
    day = formats.date_format(moment, DAY_FORMAT)
    return day if moment.year == today.year else f"{day} {moment.year}"


def moment_in_words(moment, today=None):
    """ "Tuesday 3 March, 9:30am" """
    moment = timezone.localtime(moment)
    return _("%(day)s, %(time)s") % {"day": day_in_words(moment, today), "time": clock_time(moment)}


def event_time_in_words(start, end, today=None):
    """ "Tuesday 3 March, 9:30am to 12pm", or with both days when the event ends on a later day.

    An event that ends at midnight ends on the same day in words ("7pm to midnight")."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    ends_at_midnight = (end.hour, end.minute) == (0, 0)
    same_day = start.date() == end.date() or (ends_at_midnight and (end - start).days < 1)
    if same_day:
        return _("%(day)s, %(start)s to %(end)s") % {
            "day": day_in_words(start, today),
            "start": clock_time(start),
            "end": clock_time(end),
        }
    return _("%(start)s to %(end)s") % {"start": moment_in_words(start, today), "end": moment_in_words(end, today)}


def _is_english():
    return (translation.get_language() or "en").split("-")[0] == "en"
