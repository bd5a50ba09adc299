"""Put the demo opportunities in the database: organisations, venues, contact people, the opportunity pages in
English with Polish and Arabic translations, expressions of interest at every stage, the leaflet readers group
and a couple of topic alert subscriptions.

Called by `load_demo_content` with its loader, whose pages, StreamField helper and list of changes it shares.
Idempotent like the rest of the demo: things are found again by name, slug, translation or email, pages get a
new revision only when they differ, and people who already exist are left alone.
"""

import datetime
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.blocks import StreamValue
from wagtail.models import Locale
from wagtail.signals import page_published

from home.demo.site import OPPORTUNITIES_KEY
from opportunities import alerts
from opportunities.demo import ar, en, people, pl
from opportunities.models import (
    ExpressionOfInterest,
    InterestStatus,
    OpportunityFormField,
    OpportunityIndexPage,
    OpportunityPage,
    OpportunityTrainingLink,
    ReferenceGroup,
    ReferenceGroupMember,
    RelatedOpportunity,
    ReviewRequest,
    ReviewResponse,
    TopicSubscription,
)
from opportunities.models.interests import normalise_email, normalise_phone
from sidebyside.core.models import ContactPerson, Organisation, Topic, Venue
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision

TRANSLATIONS = {"pl": pl, "ar": ar}
CONSENT_WORDING_VERSION = "demo"
PAYMENT_POLICY_PAGE = "get-involved"
DEMO_MODERATOR = "moderator"  # created by `create_demo_staff`, when it has run
FORM_FIELD_NAMES = ["clean_name", "label", "field_type", "choices", "help_text", "required"]
WORD_FIELDS = [
    "summary",
    "usual_time",
    "meeting_length",
    "role_length",
    "preparation",
    "online_details",
    "payment_rate",
]
VENUE_WORD_FIELDS = ["name", "parking", "public_transport", "access_notes"]


@contextmanager
def quietly():
    """The demo people are made up: send them no messages, tell no staff about them and queue no topic
    alerts. The decisions are still recorded through the moderation service, so the audit trail is real."""
    hooks = ExpressionOfInterest.ON_TRANSITION
    ExpressionOfInterest.ON_TRANSITION = {}
    disconnected = page_published.disconnect(alerts.alert_subscribers_on_publish, sender=OpportunityPage)
    try:
        yield
    finally:
        ExpressionOfInterest.ON_TRANSITION = hooks
        if disconnected:
            page_published.connect(alerts.alert_subscribers_on_publish, sender=OpportunityPage)


def load_opportunities(site_loader):
    """Build the demo opportunities; returns the opportunity index page of each language code."""
    with quietly():
        return OpportunityDemo(site_loader).load()


class OpportunityDemo:
    def __init__(self, site_loader):
        self.site = site_loader
        self.changes = site_loader.changes
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.moderator = get_user_model().objects.filter(username=DEMO_MODERATOR, is_active=True).first()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.topics = {topic.slug: topic for topic in Topic.objects.all()}
        self.indexes = {}
        self.pages = {}  # language code -> {opportunity key -> page}

    def load(self):
        self.organisations = {key: self.ensure_organisation(key, *spec) for key, spec in en.ORGANISATIONS.items()}
        self.add_moderator_to_organisations()
        self.venues = self.ensure_venues()
        self.contacts = {key: self.ensure_contact(key, *spec) for key, spec in en.CONTACTS.items()}
        self.ensure_pages()
        self.ensure_interests()
        self.ensure_reference_group()
        self.ensure_subscriptions()
        return self.indexes

    # Organisations, venues and contact people

    def ensure_organisation(self, key, name, short_name, website):
        own_names = {
            code: words.ORGANISATION_NAMES[key]
            for code, words in TRANSLATIONS.items()
            if key in words.ORGANISATION_NAMES
        }
        fields = {
            "short_name": short_name,
            "website": website,
            "name_translations": {code: names[0] for code, names in own_names.items()},
            "short_name_translations": {code: names[1] for code, names in own_names.items()},
        }
        organisation, created = Organisation.objects.get_or_create(name=name, defaults=fields)
        if created:
            self.changes.append(f"Added organisation {name!r}")
        elif self.update_fields(organisation, fields):
            self.changes.append(f"Updated organisation {name!r}")
        return organisation

    def add_moderator_to_organisations(self):
        if self.moderator is None:
            return
        for key in en.MODERATOR_ORGANISATIONS:
            organisation = self.organisations[key]
            if not organisation.staff.filter(pk=self.moderator.pk).exists():
                organisation.staff.add(self.moderator)
                self.changes.append(f"Added {self.moderator.username!r} to the staff of {organisation.name!r}")

    def ensure_venues(self):
        venues = {"en": {}}
        english = self.locales["en"]
        for key, fields in en.VENUES.items():
            venue = Venue.objects.filter(locale=english, name=fields["name"]).first()
            if venue is None:
                venue = Venue.objects.create(locale=english, **fields)
                self.changes.append(f"Added venue {venue.name!r}")
            elif self.update_fields(venue, fields):
                self.changes.append(f"Updated venue {venue.name!r}")
            venues["en"][key] = venue
        for code, words in TRANSLATIONS.items():
            venues[code] = {
                key: self.ensure_venue_translation(venues["en"][key], code, words.VENUES[key]) for key in words.VENUES
            }
        return venues

    def ensure_venue_translation(self, venue, code, words):
        translation = venue.get_translation_or_none(self.locales[code])
        if translation is None:
            translation = venue.copy_for_translation(self.locales[code])
            translation.save()
            self.changes.append(f"Added {code} translation of venue {venue.name!r}")
        fields = {name: words[name] for name in VENUE_WORD_FIELDS}
        if self.update_fields(translation, fields):
            self.changes.append(f"Updated {code} translation of venue {venue.name!r}")
        return translation

    def ensure_contact(self, key, name, role, organisation_key, email, phone):
        organisation = self.organisations[organisation_key]
        role_translations = {code: words.CONTACT_ROLES[key] for code, words in TRANSLATIONS.items()}
        fields = {"role": role, "email": email, "phone": phone, "role_translations": role_translations}
        contact, created = ContactPerson.objects.get_or_create(name=name, organisation=organisation, defaults=fields)
        if created:
            self.changes.append(f"Added contact person {name!r}")
        elif self.update_fields(contact, fields):
            self.changes.append(f"Updated contact person {name!r}")
        return contact

    def update_fields(self, obj, fields):
        changed = [name for name, value in fields.items() if getattr(obj, name) != value]
        for name in changed:
            setattr(obj, name, fields[name])
        if changed:
            obj.save()
        return bool(changed)

    # Pages: English first, then the translations, each found again by slug or translation

    def ensure_pages(self):
        english_home = self.site.pages["en"]["home"]
        self.indexes["en"] = self.ensure_child(
            english_home, OpportunityIndexPage, OPPORTUNITIES_KEY, en.INDEX["title"]
        )
        self.publish_index("en", en.INDEX)
        # Every page exists before any is published, so that related opportunities can link to each other.
        self.pages["en"] = {}
        for key, words in en.PAGES.items():
            # A new page needs its facts to pass validation; publishing then fills in the rest.
            facts = self.facts("en", en.OPPORTUNITIES[key])
            page = self.ensure_child(
                self.indexes["en"], OpportunityPage, key, words["title"], summary=words["summary"], **facts
            )
            self.pages["en"][key] = page
        for key in en.OPPORTUNITIES:
            self.publish_opportunity("en", key, en.PAGES[key])

        for code, words in TRANSLATIONS.items():
            self.indexes[code] = self.ensure_translation(self.indexes["en"], code)
            self.publish_index(code, words.INDEX)
            self.pages[code] = {key: self.ensure_translation(self.pages["en"][key], code) for key in words.PAGES}
            for key in words.PAGES:
                self.publish_opportunity(code, key, translated_words(key, words.PAGES[key]))

    def ensure_child(self, parent, model, slug, title, **fields):
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(title=title, slug=slug, live=False, **fields)
            parent.add_child(instance=page)
            self.changes.append(f"Created page {page.url_path}")
        return model.objects.get(pk=page.pk)

    def ensure_translation(self, page, code):
        translation = page.get_translation_or_none(self.locales[code])
        if translation is None:
            translation = page.copy_for_translation(self.locales[code])
            self.changes.append(f"Created {code} translation of {page.title!r}")
        return type(page).objects.get(pk=translation.pk)

    def publish_index(self, code, words):
        fields = {
            "title": words["title"],
            "search_description": words["search_description"],
            "introduction": words["introduction"],
        }
        self.publish_if_changed(self.indexes[code], fields)

    def publish_opportunity(self, code, key, words):
        facts = en.OPPORTUNITIES[key]
        page = self.pages[code][key]
        fields = {
            "title": words["title"],
            "search_description": words["summary"],
            "body": self.site.stream(code, f"opportunities/{key}/body", words["body"]),
            **{name: words[name] for name in WORD_FIELDS},
            **self.facts(code, facts),
        }
        topics = [self.topics[slug] for slug in sorted(facts["topics"])]
        children = {
            "form_fields": (
                OpportunityFormField,
                [
                    {
                        **pick(field, FORM_FIELD_NAMES),
                        "translation_key": OpportunityFormField.translation_key_for(page, field["clean_name"]),
                    }
                    for field in words["form_fields"]
                ],
            ),
            "training_links": (
                OpportunityTrainingLink,
                [{"training_id": self.site.pages[code][page_key].pk} for page_key in facts["training"]],
            ),
            "related_opportunities": (
                RelatedOpportunity,
                [{"opportunity_id": self.localized_opportunity(code, other).pk} for other in facts["related"]],
            ),
        }
        self.publish_if_changed(page, fields, topics, children)

    def facts(self, code, facts):
        """The fields that are the same in every language (apart from links to pages and venues)."""
        closes_in = facts["closes_in_days"]
        venue = self.venues[code].get(facts["venue"]) or self.venues["en"].get(facts["venue"])
        support = facts["support"]
        return {
            "kind": facts["kind"],
            "organisation_id": self.organisations[facts["organisation"]].pk,
            **{f"for_{audience}": audience in facts["audiences"] for audience in AUDIENCES},
            "frequency": facts["frequency"],
            **{delivery: delivery in facts["delivery"] for delivery in DELIVERIES},
            "venue_id": venue.pk if venue else None,
            "offers_briefing": "briefing" in support,
            "offers_taster": "taster" in support,
            "offers_buddy": "buddy" in support,
            "payment": facts["payment"],
            "payment_policy_id": self.site.pages[code][PAYMENT_POLICY_PAGE].pk,
            "places_sought": facts["places_sought"],
            "closing_date": None if closes_in is None else self.today + datetime.timedelta(days=closes_in),
            "contact_id": self.contacts[facts["contact"]].pk,
        }

    def localized_opportunity(self, code, key):
        return self.pages[code].get(key) or self.pages["en"][key]

    def publish_if_changed(self, page, fields, topics=None, children=None):
        """Set what differs and publish a new revision, unless the live page already matches."""
        changed = [name for name, value in fields.items() if stored_value(page, name) != value]
        for name in changed:
            setattr(page, name, fields[name])
        if topics is not None and sorted(t.pk for t in page.topics.all()) != sorted(t.pk for t in topics):
            page.topics.set(topics)
            changed.append("topics")
        for name, (model, rows) in (children or {}).items():
            names = list(rows[0]) if rows else []
            if [pick(item, names) for item in getattr(page, name).all()] != rows:
                setattr(page, name, [model(sort_order=i, **row) for i, row in enumerate(rows)])
                changed.append(name)
        if not changed and page.live:
            return
        page.save_revision().publish()
        self.changes.append(f"Published {page.locale.language_code} page {page.title!r}")

    # Expressions of interest, with their history written through the moderation service

    def ensure_interests(self):
        content_type = ContentType.objects.get_for_model(ExpressionOfInterest)
        for spec in people.INTERESTS:
            page = self.localized_opportunity(spec.get("language", "en"), spec["opportunity"])
            if self.existing_interest(page, spec) is None:
                self.create_interest(page, spec, content_type)

    def existing_interest(self, page, spec):
        interests = ExpressionOfInterest.objects.filter(opportunity_key=page.translation_key)
        if spec.get("email"):
            return interests.filter(email_normalised=normalise_email(spec["email"])).first()
        return interests.filter(phone_normalised=normalise_phone(spec["phone"])).first()

    def create_interest(self, page, spec, content_type):
        arrived = self.now - datetime.timedelta(days=spec["days_ago"], hours=len(spec["name"]) % 7)
        labels = {field.clean_name: field.label for field in page.form_fields.all()}
        interest = ExpressionOfInterest.objects.create(
            opportunity=page,
            opportunity_key=page.translation_key,
            opportunity_title=page.title,
            organisation=page.organisation,
            name=spec["name"],
            preferred_contact=spec.get("preferred_contact", "email"),
            email=spec.get("email", ""),
            phone=spec.get("phone", ""),
            postal_address=spec.get("postal_address", ""),
            language=spec.get("language", "en"),
            access_needs=spec.get("access_needs", []),
            access_needs_details=spec.get("access_needs_details", ""),
            why_interested=spec["why"],
            how_heard=spec.get("how_heard", ""),
            how_heard_details=spec.get("how_heard_details", ""),
            answers={
                name: {"label": labels[name], "answer": answer} for name, answer in spec.get("answers", {}).items()
            },
            consent_wording_version=CONSENT_WORDING_VERSION,
            created_at=arrived,
            status_changed_at=arrived,
        )
        # The first entry of the audit trail, as the public form writes it when the interest arrives.
        ModerationDecision.objects.create(
            content_type=content_type,
            object_id=interest.pk,
            by=None,
            from_status="",
            to_status=InterestStatus.NEW,
            created_at=arrived,
        )
        self.move_through_stages(interest, spec)
        self.changes.append(f"Added expression of interest from {interest.name!r} ({interest.status})")

    def move_through_stages(self, interest, spec):
        stages = spec["stages"]
        for i, stage in enumerate(stages):
            last = i == len(stages) - 1
            by = None if spec.get("by_person") and last else self.moderator
            services.transition(interest, stage, by=by, reason=spec.get("reason", "") if last else "")
        if self.moderator is not None and interest.is_active and stages:
            services.assign(interest, self.moderator)
        if spec.get("note"):
            services.add_note(interest, author=self.moderator, text=spec["note"])

    # The leaflet readers group, its members and a review request half answered

    def ensure_reference_group(self):
        spec = people.REFERENCE_GROUP
        opportunity = self.pages["en"][spec["opportunity"]]
        group, created = ReferenceGroup.objects.get_or_create(
            name=spec["name"],
            organisation=self.organisations[spec["organisation"]],
            defaults={"description": spec["description"], "opportunity": opportunity},
        )
        if created:
            self.changes.append(f"Added reference group {group.name!r}")
        placed = ExpressionOfInterest.objects.filter(
            opportunity_key=opportunity.translation_key, status=InterestStatus.PLACED
        )
        members = []
        for interest in placed:
            member, created = ReferenceGroupMember.objects.get_or_create(
                group=group, interest=interest, defaults={"joined_at": interest.status_changed_at}
            )
            if created:
                self.changes.append(f"Added {interest.name!r} to {group.name!r}")
            members.append(member)
        self.ensure_review_request(group, members)

    def ensure_review_request(self, group, members):
        spec = people.REVIEW_REQUEST
        sent = self.now - datetime.timedelta(days=spec["sent_days_ago"])
        request, created = ReviewRequest.objects.get_or_create(
            group=group,
            title=spec["title"],
            defaults={
                "instructions": spec["instructions"],
                "link": spec["link"],
                "due_date": self.today + datetime.timedelta(days=spec["due_in_days"]),
                "created_by": self.moderator,
                "created_at": sent,
                "sent_at": sent,
            },
        )
        if created:
            self.changes.append(f"Added review request {request.title!r}")
        for member in members:
            clarity, comments = people.REVIEW_ANSWERS.get(member.interest.name, ("", ""))
            answered = {"clarity": clarity, "comments": comments, "answered_at": self.now if clarity else None}
            _response, created = ReviewResponse.objects.get_or_create(
                request=request, member=member, defaults=answered
            )
            if created:
                self.changes.append(f"Added review response for {member.interest.name!r}")

    # Topic alerts

    def ensure_subscriptions(self):
        for email, language, slugs, days_ago in people.SUBSCRIPTIONS:
            if TopicSubscription.objects.filter(email_normalised=normalise_email(email)).exists():
                continue
            since = self.now - datetime.timedelta(days=days_ago)
            subscription = TopicSubscription.objects.create(
                email=email,
                language=language,
                consent_wording_version=CONSENT_WORDING_VERSION,
                created_at=since,
                confirmed_at=since,
            )
            subscription.topics.set([self.topics[slug] for slug in slugs])
            self.changes.append(f"Added topic alert subscription for {email!r}")


AUDIENCES = ["adults", "young_people", "parents_carers"]
DELIVERIES = ["in_person", "online", "from_home"]


def pick(source, names):
    """The named values of a dict or an object, as a dict."""
    if isinstance(source, dict):
        return {name: source[name] for name in names}
    return {name: getattr(source, name) for name in names}


def stored_value(page, name):
    value = getattr(page, name)
    return value.get_prep_value() if isinstance(value, StreamValue) else value


def translated_words(key, words):
    """A translation's words, with its extra questions in the English page's order and clean names."""
    questions = words["form_fields"]
    form_fields = [
        {**field, **questions[field["clean_name"]], "choices": "\n".join(questions[field["clean_name"]]["choices"])}
        for field in en.PAGES[key]["form_fields"]
    ]
    return {**words, "form_fields": form_fields}
