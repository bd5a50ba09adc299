"""Put the demo events in the database: the events index, events of every kind before and after the load day,
Polish and Arabic versions of each of them, a series held in two towns, sign-ups at every status with their
audit trail, and feedback from people who came to past events.

Called by `load_demo_content` after the opportunities demo, whose organisations, venues and contact people
the events use (found again by name). Idempotent like the rest of the demo: pages are found by slug or
translation and get a new revision only when they differ, sign-ups by event and name.
"""

import datetime
import weakref
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.signals import page_published

from community.demo import ar, en, people, pl
from community.models import (
    EventFeedback,
    EventFormField,
    EventIndexPage,
    EventPage,
    EventRelatedPage,
    EventSeries,
    SignUp,
    SignUpStatus,
)
from home.demo.site import EVENTS_KEY
from opportunities.demo import en as opportunities_en
from opportunities.demo.loader import FORM_FIELD_NAMES, OpportunityDemo, pick
from opportunities.models import OpportunityPage
from sidebyside.core.models import ContactPerson, Organisation, Venue
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision

TRANSLATIONS = {"pl": pl, "ar": ar}
CONSENT_WORDING_VERSION = "demo"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
AUDIENCES = ["adults", "young_people", "parents_carers"]
# The clock-change event is a past one: it looks for a change of the clocks this many days back.
CLOCK_CHANGE_DAYS_AGO = range(8, 43)


@contextmanager
def quietly():
    """The demo people are made up: while the demo publishes events (moving their dates when it is loaded on
    another day), mute the events app's own publish receivers, such as telling sign-ups an event changed.
    Wagtail's receivers (search, references, frontend cache) still run."""
    with page_published.lock:
        saved = page_published.receivers
        page_published.receivers = [entry for entry in saved if not is_community_receiver(entry)]
        page_published.sender_receivers_cache.clear()
    try:
        yield
    finally:
        with page_published.lock:
            page_published.receivers = saved
            page_published.sender_receivers_cache.clear()


def is_community_receiver(entry):
    receiver = entry[1]
    if isinstance(receiver, weakref.ReferenceType):
        receiver = receiver()
    return getattr(receiver, "__module__", "").startswith("community.")


def load_events(site_loader):
    """Build the demo events; returns the event index page of each language code."""
    with quietly():
        return EventDemo(site_loader).load()


class EventDemo(OpportunityDemo):
    """Shares the opportunities demo's helpers for pages, translations and fields."""

    def load(self):
        self.organisations = {
            key: Organisation.objects.get(name=spec[0]) for key, spec in opportunities_en.ORGANISATIONS.items()
        }
        self.contacts = {
            key: ContactPerson.objects.get(name=spec[0], organisation=self.organisations[spec[2]])
            for key, spec in opportunities_en.CONTACTS.items()
        }
        self.venues = self.find_venues()
        self.series = {key: self.ensure_series(key, *spec) for key, spec in en.SERIES.items()}
        self.ensure_event_pages()
        self.ensure_signups()
        return self.indexes

    def find_venues(self):
        venues = {"en": {}, **{code: {} for code in TRANSLATIONS}}
        for key, fields in opportunities_en.VENUES.items():
            english = Venue.objects.get(locale=self.locales["en"], name=fields["name"])
            venues["en"][key] = english
            for code in TRANSLATIONS:
                venues[code][key] = english.get_translation_or_none(self.locales[code]) or english
        return venues

    def ensure_series(self, key, name, description):
        fields = {
            "description": description,
            "name_translations": {code: words.SERIES[key][0] for code, words in TRANSLATIONS.items()},
            "description_translations": {code: words.SERIES[key][1] for code, words in TRANSLATIONS.items()},
        }
        series, created = EventSeries.objects.get_or_create(name=name, defaults=fields)
        if created:
            self.changes.append(f"Added event series {name!r}")
        elif self.update_fields(series, fields):
            self.changes.append(f"Updated event series {name!r}")
        return series

    # Pages

    def ensure_event_pages(self):
        self.indexes["en"] = self.ensure_child(
            self.site.pages["en"]["home"], EventIndexPage, EVENTS_KEY, en.INDEX["title"]
        )
        self.publish_index("en", en.INDEX)
        self.pages["en"] = {}
        for key, words in en.PAGES.items():
            facts = self.event_facts("en", key)
            self.pages["en"][key] = self.ensure_child(
                self.indexes["en"], EventPage, key, words["title"], summary=words["summary"], **facts
            )
            self.publish_event("en", key, words)
        for code, words in TRANSLATIONS.items():
            self.indexes[code] = self.ensure_translation(self.indexes["en"], code)
            self.publish_index(code, words.INDEX)
            self.pages[code] = {key: self.ensure_translation(self.pages["en"][key], code) for key in words.PAGES}
            for key in words.PAGES:
                self.publish_event(code, key, translated_words(key, words.PAGES[key]))

    def publish_index(self, code, words):
        fields = {name: words[name] for name in ("title", "search_description", "introduction")}
        self.publish_if_changed(self.indexes[code], fields)

    def publish_event(self, code, key, words):
        page = self.pages[code][key]
        fields = {
            "title": words["title"],
            "summary": words["summary"],
            "search_description": words["summary"],
            "what_to_expect": words["what_to_expect"],
            "agenda": self.site.stream(code, f"events/{key}/agenda", words["agenda"]),
            **self.event_facts(code, key),
        }
        children = {
            "form_fields": (
                EventFormField,
                [
                    {
                        **pick(field, FORM_FIELD_NAMES),
                        "translation_key": EventFormField.translation_key_for(page, field["clean_name"]),
                    }
                    for field in words["form_fields"]
                ],
            ),
            "related_pages": (
                EventRelatedPage,
                [{"related_id": self.related_page(code, *related).pk} for related in en.EVENTS[key]["related"]],
            ),
        }
        self.publish_if_changed(page, fields, children=children)

    def event_facts(self, code, key):
        """The fields that are the same in every language (apart from the venue's translation)."""
        facts = en.EVENTS[key]
        start, end = event_times(facts, self.today)
        closes_before = facts.get("closes_days_before")
        return {
            "kind": facts["kind"],
            "organisation_id": self.organisations[facts["organisation"]].pk,
            "contact_id": self.contacts[facts["contact"]].pk,
            "series_id": self.series[facts["series"]].pk if "series" in facts else None,
            "start": start,
            "end": end,
            "mode": facts["mode"],
            "venue_id": self.venues[code][facts["venue"]].pk if "venue" in facts else None,
            "joining_link": facts.get("joining_link", ""),
            **{f"for_{audience}": audience in facts["audiences"] for audience in AUDIENCES},
            "min_age": facts.get("min_age"),
            "capacity": facts["capacity"],
            "waiting_list": facts.get("waiting_list", True),
            "offer_hours": facts.get("offer_hours", 0),
            "needs_approval": facts.get("needs_approval", False),
            "signup_closes": start - datetime.timedelta(days=closes_before) if closes_before else None,
        }

    def related_page(self, code, kind, key):
        if kind == "page":
            return self.site.pages[code][key]
        pages = {page.locale_id: page for page in OpportunityPage.objects.filter(slug=key)}
        return pages.get(self.locales[code].pk) or pages[self.locales["en"].pk]

    # Sign-ups and feedback, with the audit trail the public form and the check-in page would have written

    def ensure_signups(self):
        self.content_type = ContentType.objects.get_for_model(SignUp)
        existing = set(SignUp.objects.values_list("event_key", "name"))
        for key, specs in people.SIGNUPS.items():
            english = self.pages["en"][key]
            for position, spec in enumerate(specs):
                if (english.translation_key, spec["name"]) in existing:
                    continue
                page = self.pages.get(spec.get("language", "en"), {}).get(key, english)
                arrived = min(self.now, english.start) - datetime.timedelta(hours=30 + 37 * (len(specs) - position))
                self.create_signup(page, spec, arrived)

    def create_signup(self, page, spec, arrived):
        staff = self.moderator if spec.get("phoned_in") else None
        decisions = self.decisions(page, spec, arrived, staff)
        last = decisions[-1]
        signup = SignUp.objects.create(
            status=last.to_status,
            status_changed_at=last.created_at,
            event=page,
            event_key=page.translation_key,
            event_title=page.title,
            organisation=page.organisation,
            name=spec["name"],
            preferred_contact=spec.get("preferred_contact", "email"),
            email=spec["email"],
            phone=spec.get("phone", ""),
            language=spec.get("language", "en"),
            access_needs=spec.get("access_needs", []),
            access_needs_details=spec.get("access_needs_details", ""),
            under_16=spec.get("under_16", False),
            guardian_name=spec.get("guardian_name", ""),
            guardian_contact=spec.get("guardian_contact", ""),
            answers=self.answers(page, spec),
            consent_wording_version=CONSENT_WORDING_VERSION,
            created_at=arrived,
            checked_in_at=last.created_at if last.to_status in (SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW) else None,
            added_by=staff,
        )
        for decision in decisions:
            decision.object_id = signup.pk
        ModerationDecision.objects.bulk_create(decisions)
        if "feedback" in spec:
            self.create_feedback(signup, page, spec["feedback"])
        self.changes.append(f"Added sign-up from {signup.name!r} to {signup.event_title!r} ({signup.status})")

    def decisions(self, page, spec, arrived, staff):
        """The sign-up's audit trail: where the form (or staff) put it, then each later decision."""
        steps = spec["steps"]
        records = [self.decision("", steps[0], staff, arrived)]
        for before, after in zip(steps, steps[1:], strict=False):
            reason = spec.get("reason", "") if after == steps[-1] else ""
            services.check_transition(SignUp, before, after, reason)
            when, by = self.decided(page, arrived, after)
            records.append(self.decision(before, after, by, when, reason))
        return records

    def decided(self, page, arrived, status):
        """When a later decision was made, and by whom (the person themselves when they cancelled)."""
        if status == SignUpStatus.ATTENDED:
            return page.start + datetime.timedelta(minutes=10), self.moderator
        if status == SignUpStatus.NO_SHOW:
            return page.end, self.moderator
        if status == SignUpStatus.CANCELLED:
            return min(arrived + datetime.timedelta(days=2), page.start - datetime.timedelta(hours=6)), None
        return arrived + datetime.timedelta(hours=20), self.moderator

    def decision(self, from_status, to_status, by, when, reason=""):
        return ModerationDecision(
            content_type=self.content_type,
            object_id=0,
            by=by,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
            created_at=when,
        )

    def answers(self, page, spec):
        labels = {field.clean_name: field.label for field in page.form_fields.all()}
        return {name: {"label": labels[name], "answer": answer} for name, answer in spec.get("answers", {}).items()}

    def create_feedback(self, signup, page, feedback):
        rating, come_again, what_worked, what_to_change, comments = feedback
        EventFeedback.objects.create(
            signup=signup,
            rating=rating,
            come_again=come_again,
            what_worked=what_worked,
            what_to_change=what_to_change,
            comments=comments,
            created_at=page.end + datetime.timedelta(days=1, hours=3),
        )


def event_times(facts, today):
    """The event's start and end, as aware Europe/London datetimes, relative to `today`."""
    when = facts["when"]
    if when[0] == "clock_change":
        day = last_clock_change(today)
        if day is None:
            when = facts["fallback"]
        else:
            _, weekday, starts, ends = when
            return on_day(next_weekday(day, weekday), starts, ends)
    direction, weeks, weekday, starts, ends = when
    if direction == "upcoming":
        day = next_weekday(today + datetime.timedelta(weeks=weeks), weekday)
    else:
        day = previous_weekday(today - datetime.timedelta(weeks=weeks), weekday)
    return on_day(day, starts, ends)


def next_weekday(day, weekday):
    return day + datetime.timedelta(days=(WEEKDAYS.index(weekday) - day.weekday()) % 7)


def previous_weekday(day, weekday):
    return day - datetime.timedelta(days=(day.weekday() - WEEKDAYS.index(weekday)) % 7)


def on_day(day, starts, ends):
    return tuple(
        timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(at))) for at in (starts, ends)
    )


def last_clock_change(today):
    """The most recent day the clocks changed in Europe/London, within the demo's range of past events."""
    for days_ago in CLOCK_CHANGE_DAYS_AGO:
        day = today - datetime.timedelta(days=days_ago)
        if utc_offset(day) != utc_offset(day - datetime.timedelta(days=1)):
            return day
    return None


def utc_offset(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12))).utcoffset()


def translated_words(key, words):
    """A translation's words, with its extra questions in the English page's order and clean names."""
    questions = words["form_fields"]
    form_fields = [
        {**field, **questions[field["clean_name"]], "choices": "\n".join(questions[field["clean_name"]]["choices"])}
        for field in en.PAGES[key]["form_fields"]
    ]
    return {**words, "form_fields": form_fields}
