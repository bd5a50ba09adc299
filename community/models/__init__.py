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
from .stories import Naming, StoryIndexPage, StoryPage, StoryRelatedOpportunity, StoryStatus, StorySubmission

__all__ = [
    "EventFeedback",
    "EventFormField",
    "EventIndexPage",
    "EventKind",
    "EventMode",
    "EventPage",
    "EventRelatedPage",
    "EventSeries",
    "Naming",
    "SignUp",
    "SignUpStatus",
    "StoryIndexPage",
    "StoryPage",
    "StoryRelatedOpportunity",
    "StoryStatus",
    "StorySubmission",
]
