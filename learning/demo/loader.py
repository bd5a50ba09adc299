"""The demo learning: the learning index, programmes and their modules, glossary terms and the A to Z page,
in English with Polish and Arabic translations, the programmes' downloadable documents and a demo member's
progress.

Called by `load_demo_content` after the events demo, whose workshop events the programmes link to (found
again by slug). Idempotent like the rest of the demo: pages are found again by slug or translation and get
a new revision only when they differ, documents by title, glossary terms by term or translation (and, like
pages, published in a new revision only when they differ), and the demo member by email.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from community.models import EventPage
from home.demo.documents import build_pdf
from home.demo.site import LEARNING_KEY
from learning.demo import ar, en, people, pl
from learning.models import (
    GlossaryPage,
    GlossaryTerm,
    LearningAudience,
    LearningFormat,
    LearningIndexPage,
    ModulePage,
    ModuleProgress,
    ModuleResource,
    ProgrammePage,
    ProgrammeWorkshop,
    SavedPlanner,
)
from opportunities.demo.loader import OpportunityDemo
from sidebyside.accounts.demo import verify_email

TRANSLATIONS = {"pl": pl, "ar": ar}
GLOSSARY_SLUG = "nhs-words"
FACET_WORDS = ["title", "summary", "time_needed", "outcomes"]
DELIVERIES = ["online", "face_to_face", "printed_pack"]


def load_learning(site_loader):
    """Create or update the learning demo; returns {language code: learning index page}."""
    return LearningDemo(site_loader).load()


class LearningDemo(OpportunityDemo):
    """Shares the opportunities demo's helpers for pages, translations and fields."""

    def load(self):
        self.documents = {key: self.ensure_document(*spec) for key, spec in en.DOCUMENTS.items()}
        self.ensure_pages()
        self.ensure_glossary()
        self.ensure_member_progress()
        return self.indexes

    def ensure_document(self, title, filename, content):
        document_model = get_document_model()
        document = document_model.objects.filter(title=title).first()
        if document is None:
            document = document_model(title=title, file=ContentFile(build_pdf(title, content), name=filename))
            document._set_document_file_metadata()
            document.save()
            self.changes.append(f"Added document {title!r}")
        return document

    # Pages: English first, each created with all its fields so that it passes validation

    def ensure_pages(self):
        self.indexes["en"] = self.ensure_child(
            self.site.pages["en"]["home"], LearningIndexPage, LEARNING_KEY, en.INDEX["title"]
        )
        self.pages["en"] = {}
        for programme_key, facts in en.PROGRAMMES.items():
            self.pages["en"][programme_key] = self.ensure_child(
                self.indexes["en"], ProgrammePage, programme_key, **self.programme_fields("en", programme_key)
            )
            for module_key in facts["modules"]:
                self.pages["en"][module_key] = self.ensure_child(
                    self.pages["en"][programme_key], ModulePage, module_key, **self.module_fields("en", module_key)
                )
        self.glossary_pages = {
            "en": self.ensure_child(self.indexes["en"], GlossaryPage, GLOSSARY_SLUG, en.GLOSSARY_PAGE["title"])
        }
        self.publish_all("en")

        for code in TRANSLATIONS:
            self.indexes[code] = self.ensure_translation(self.indexes["en"], code)
            self.pages[code] = {key: self.ensure_translation(page, code) for key, page in self.pages["en"].items()}
            self.glossary_pages[code] = self.ensure_translation(self.glossary_pages["en"], code)
            self.publish_all(code)

    def reload(self, code):
        """Adding child pages changes the tree (children counts) behind the page objects held so far, and
        publishing saves the whole page: reload them, so that publishing does not undo those changes."""
        self.indexes[code] = reloaded(self.indexes[code])
        self.pages[code] = {key: reloaded(page) for key, page in self.pages[code].items()}
        self.glossary_pages[code] = reloaded(self.glossary_pages[code])

    def publish_all(self, code):
        self.reload(code)
        words = words_in(code)
        self.publish_index(code, words.INDEX)
        for programme_key, facts in en.PROGRAMMES.items():
            self.publish_programme(code, programme_key, facts)
            for module_key in facts["modules"]:
                self.publish_module(code, module_key, facts["modules"][module_key])
        glossary = {name: words.GLOSSARY_PAGE[name] for name in ("title", "search_description", "introduction")}
        self.publish_if_changed(self.glossary_pages[code], glossary)

    def publish_index(self, code, words):
        fields = {name: words[name] for name in ("title", "search_description", "introduction")}
        fields["body"] = self.site.stream(code, "learning/body", words["body"])
        self.publish_if_changed(self.indexes[code], fields)

    def publish_programme(self, code, key, facts):
        workshops = [{"event_id": self.workshop(code, slug).pk} for slug in facts["workshops"]]
        self.publish_if_changed(
            self.pages[code][key],
            self.programme_fields(code, key),
            topics=self.topics_of(facts),
            children={"workshops": (ProgrammeWorkshop, workshops)},
        )

    def publish_module(self, code, key, facts):
        descriptions = words_in(code).PAGES[key].get("resources", {})
        resources = [
            {"document_id": self.documents[document].pk, "description": descriptions[document]}
            for document in facts.get("resources", [])
        ]
        self.publish_if_changed(
            self.pages[code][key],
            self.module_fields(code, key),
            topics=self.topics_of(facts),
            children={"resources": (ModuleResource, resources)},
        )

    def programme_fields(self, code, key):
        words = words_in(code).PAGES[key]
        facts = en.PROGRAMMES[key]
        return {
            **self.facet_fields(code, key, facts),
            "who_it_is_for": words["who_it_is_for"],
            **{delivery: delivery in facts["delivery"] for delivery in DELIVERIES},
            "printed_pack_how": words.get("printed_pack_how", ""),
            "body": self.site.stream(code, f"learning/{key}/body", words["body"]),
        }

    def module_fields(self, code, key):
        facts = module_facts(key)
        easy_read = facts.get("easy_read")
        return {
            **self.facet_fields(code, key, facts),
            "body": self.site.stream(code, f"learning/{key}/body", words_in(code).PAGES[key]["body"]),
            "easy_read_document_id": self.documents[easy_read].pk if easy_read else None,
        }

    def facet_fields(self, code, key, facts):
        words = words_in(code).PAGES[key]
        return {
            **{name: words[name] for name in FACET_WORDS},
            "search_description": words["summary"],
            **{f"for_{audience}": audience in facts["audiences"] for audience in LearningAudience.values},
            **{f"format_{fmt}": fmt in facts["formats"] for fmt in LearningFormat.values},
        }

    def topics_of(self, facts):
        return [self.topics[slug] for slug in sorted(facts["topics"])]

    def workshop(self, code, slug):
        """The event in this language when the events demo translated it, else the English event."""
        events = {page.locale_id: page for page in EventPage.objects.filter(slug=slug)}
        return events.get(self.locales[code].pk) or events[self.locales["en"].pk]

    # Glossary terms: English first, then the translations, each with its related terms in its language

    def ensure_glossary(self):
        terms = {"en": {key: self.ensure_english_term(key, words) for key, words in en.GLOSSARY.items()}}
        for code, words in TRANSLATIONS.items():
            terms[code] = {
                key: self.ensure_term_translation(terms["en"][key], code, words.GLOSSARY[key]) for key in en.GLOSSARY
            }
        for by_key in terms.values():
            for key, term in by_key.items():
                related = {by_key[other].pk for other in en.GLOSSARY_RELATED.get(key, [])}
                self.add_related_terms(term, related)

    def ensure_english_term(self, key, words):
        term = GlossaryTerm.objects.filter(locale=self.locales["en"], term__iexact=words["term"]).first()
        if term is None:
            term = GlossaryTerm.objects.create(locale=self.locales["en"], **words)
            self.changes.append(f"Added glossary term {term.term!r}")
            publish_term(term)
        elif self.update_fields(term, words):
            self.changes.append(f"Updated glossary term {term.term!r}")
            publish_term(term)
        elif term.live_revision_id is None:  # a demo term from before terms had revisions
            publish_term(term)
        return term

    def ensure_term_translation(self, term, code, words):
        translation = term.get_translation_or_none(self.locales[code])
        if translation is None:
            translation = term.copy_for_translation(self.locales[code])
            for name, value in words.items():
                setattr(translation, name, value)
            translation.live = True
            translation.save()
            self.changes.append(f"Added {code} translation of glossary term {term.term!r}")
            publish_term(translation)
        elif self.update_fields(translation, words):
            self.changes.append(f"Updated {code} translation of glossary term {term.term!r}")
            publish_term(translation)
        elif translation.live_revision_id is None:
            publish_term(translation)
        return translation

    def add_related_terms(self, term, related):
        """Related terms go both ways, so a term only ever gains links here: it never drops one that the
        other end of the link asked for."""
        missing = related - set(term.related_terms.values_list("pk", flat=True))
        if missing:
            term.related_terms.add(*missing)
            self.changes.append(f"Linked related terms of {term.term!r} ({term.locale.language_code})")

    # A demo member who has started learning

    def ensure_member_progress(self):
        member = self.ensure_member()
        for module_key, visited_days_ago, done_days_ago in people.PROGRESS:
            self.ensure_progress(member, module_key, visited_days_ago, done_days_ago)
        self.ensure_saved_planner(member, people.SAVED_PLANNER)

    def ensure_member(self):
        spec = people.MEMBER
        user_model = get_user_model()
        member = user_model.objects.filter(email__iexact=spec["email"]).first()
        if member is None:
            # No password: a member signs in with a code sent to their email address.
            member = user_model(username=spec["username"], email=spec["email"], first_name=spec["first_name"])
            member.set_unusable_password()
            member.save()
            verify_email(member)
            self.changes.append(f"Added demo member {member.email!r}")
        return member

    def ensure_progress(self, member, module_key, visited_days_ago, done_days_ago):
        module = self.pages["en"][module_key]
        visited = self.now - datetime.timedelta(days=visited_days_ago)
        done = None if done_days_ago is None else self.now - datetime.timedelta(days=done_days_ago)
        _progress, created = ModuleProgress.objects.get_or_create(
            user=member,
            module_key=module.translation_key,
            defaults={
                "programme_key": module.get_parent().translation_key,
                "last_visited_at": visited,
                "completed_at": done,
            },
        )
        if created:
            self.changes.append(f"Added learning progress on {module.title!r} for {member.email!r}")

    def ensure_saved_planner(self, member, spec):
        module = self.pages["en"][spec["module"]]
        planner_id = next(block.id for block in module.body if block.block_type == "pdsa_planner")
        _planner, created = SavedPlanner.objects.get_or_create(
            user=member,
            module_key=module.translation_key,
            block_id=planner_id,
            defaults={name: spec[name] for name in ("plan", "do", "study", "act")},
        )
        if created:
            self.changes.append(f"Added saved PDSA planner on {module.title!r} for {member.email!r}")


def publish_term(term):
    """Publish a demo term as it is now, so that it is live and the admin shows it as published, with the
    demo's words in its latest revision (the editor opens the latest revision, not the row)."""
    term.save_revision(clean=False).publish()


def reloaded(page):
    return type(page).objects.get(pk=page.pk)


def words_in(code):
    return TRANSLATIONS.get(code, en)


def module_facts(key):
    return next(facts["modules"][key] for facts in en.PROGRAMMES.values() if key in facts["modules"])
