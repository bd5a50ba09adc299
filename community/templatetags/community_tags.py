from django import template

from community import times

register = template.Library()


@register.filter
def event_when(event):
    """An event's start and end in plain words: "Tuesday 3 March, 9:30am to 12pm"."""
    return times.event_time_in_words(event.start, event.end)


@register.filter
def moment(value):
    """A date and time in plain words: "Tuesday 3 March, 9:30am"."""
    return times.moment_in_words(value) if value else ""
