"""iCalendar files for one event (the public views use `event_ics`; the
confirmation message attaches `event_ics_for_signup`, built when the message is sent).

Times are written with TZID=Europe/London and a VTIMEZONE covering the event's year, so a calendar shows
the right local time on either side of a change to or from British Summer Time.
"""

import datetime
import zoneinfo

from django.utils import timezone

import icalendar

LONDON = zoneinfo.ZoneInfo("Europe/London")
PRODID = "-//Side by Side//Events//EN"


def event_calendar(events, *, joining_link=False):
    """An icalendar.Calendar holding one VEVENT per event."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    years = set()
    for event in events:
        calendar.add_component(event_component(event, joining_link=joining_link))
        years.update({timezone.localtime(event.start, LONDON).year, timezone.localtime(event.end, LONDON).year})
    if years:
        calendar.add_missing_timezones(
            first_date=datetime.date(min(years) - 1, 1, 1), last_date=datetime.date(max(years) + 1, 12, 31)
        )
    return calendar


def event_component(event, *, joining_link=False):
    vevent = icalendar.Event()
    vevent.add("uid", str(event.translation_key))
    vevent.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    vevent.add("dtstart", timezone.localtime(event.start, LONDON))
    vevent.add("dtend", timezone.localtime(event.end, LONDON))
    vevent.add("summary", event.title)
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    description = [event.summary]
    url = event.get_full_url() if event.live else ""
    if url:
        vevent.add("url", url)
        description.append(url)
    if joining_link and event.joining_link:
        description.append(event.joining_link)
    vevent.add("description", "\n\n".join(part for part in description if part))
    location = _location(event, joining_link=joining_link)
    if location:
        vevent.add("location", location)
    return vevent


def _location(event, *, joining_link):
    venue = event.venue
    if venue is not None:
        return ", ".join(part for part in [venue.name, " ".join(venue.address.split()), venue.postcode] if part)
    return event.joining_link if joining_link else ""


def event_ics(event, *, joining_link=False):
    """The calendar file (bytes) for one event. The joining link only goes in a confirmed person's file."""
    return event_calendar([event], joining_link=joining_link).to_ical()


def event_ics_for_signup(signup_id):
    """The calendar file for a sign-up's event, with the joining link if their place is confirmed."""
    from community.models import SignUp, SignUpStatus
    from community.signups import event_for

    signup = SignUp.objects.get(pk=signup_id)
    event = event_for(signup)
    return event_ics(event, joining_link=signup.status == SignUpStatus.CONFIRMED)
