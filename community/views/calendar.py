"""iCalendar downloads: one event's "add to calendar" file and a subscription feed of upcoming events.

The public files never hold the joining link of an online event; people with a confirmed place get it in
their own confirmation. The files themselves are built by community.calendar.
"""

from django.http import HttpResponse
from django.utils import timezone

from community.calendar import event_calendar, event_ics

CONTENT_TYPE = "text/calendar; charset=utf-8"


def event_file(page, request):
    response = HttpResponse(event_ics(page, joining_link=False), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


def feed(page, request):
    """Every upcoming event under the index that is not cancelled, for a calendar app to subscribe to."""
    events = page.events().filter(end__gte=timezone.now(), cancelled=False).order_by("start", "pk")
    response = HttpResponse(event_calendar(list(events), joining_link=False).to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{page.slug}.ics"'
    return response
