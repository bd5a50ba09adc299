from .events import (
    EventFormField,
    EventIndexPage,
    EventKind,
    EventMode,
    EventPage,
    EventRelatedPage,
    EventSeries,
)
from .signups import EventFeedback, SignUp, SignUpStatus

__all__ = [
    "EventFeedback",
    "EventFormField",
    "EventIndexPage",
    "EventKind",
    "EventMode",
    "EventPage",
    "EventRelatedPage",
    "EventSeries",
    "SignUp",
    "SignUpStatus",
]
