import datetime

from django.utils import timezone

import factory
import wagtail_factories

from community.models import EventIndexPage, EventKind, EventMode, EventPage, SignUp, SignUpStatus
from sidebyside.core.tests.factories import OrganisationFactory, VenueFactory


def days_from_now(days, hour=10):
    """An aware datetime `days` from today at `hour` o'clock, Europe/London."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events-and-sprints"
    introduction = "Improvement sprints, sharing events and workshops near you."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A live improvement sprint in person in 10 days, 10am to 1pm, 20 places, with a waiting list."""

    title = factory.Sequence(lambda n: f"Improvement sprint {n}")
    summary = "Spend a morning with staff redesigning how outpatient letters are written."
    kind = EventKind.SPRINT
    organisation = factory.SubFactory(OrganisationFactory)
    start = factory.LazyFunction(lambda: days_from_now(10, 10))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    mode = EventMode.IN_PERSON
    venue = factory.SubFactory(VenueFactory)
    for_adults = True
    capacity = 20
    waiting_list = True

    class Meta:
        model = EventPage


class SignUpFactory(factory.django.DjangoModelFactory):
    event = factory.SubFactory(EventPageFactory)
    event_key = factory.LazyAttribute(lambda o: o.event.translation_key)
    event_title = factory.LazyAttribute(lambda o: o.event.title)
    organisation = factory.LazyAttribute(lambda o: o.event.organisation)
    status = SignUpStatus.CONFIRMED
    name = factory.Sequence(lambda n: f"Attendee {n}")
    email = factory.Sequence(lambda n: f"attendee{n}@example.org")
    consent_wording_version = "test"
    created_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = SignUp
