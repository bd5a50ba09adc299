"""Build the Side by Side demo site: pages in English, Polish and Arabic, images, a document and settings.

The words and the shape of the site live in `home/demo/`; this command puts them in the database.
It is idempotent: pages are found again by slug and translation, images and documents by title,
settings by site, and a page gets a new revision only when what is live differs from the demo content.
"""

import re
import uuid

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from community.demo.buddies import load_buddies
from community.demo.forum import load_forum
from community.demo.loader import load_events
from community.demo.stories import load_stories
from home.demo import CONTENT, site
from home.demo.blocks import ListItem, Ref
from home.demo.documents import DOCUMENT_CONTENT, build_pdf
from home.demo.easy_read import load_easy_read
from home.models import HomePage, HomePageFeaturedEvent, HomePageFeaturedOpportunity, StandardPage
from learning.demo.loader import load_learning
from opportunities.demo.loader import load_opportunities
from sidebyside.core.models import FooterLink, MenuItem, NavigationSettings, SiteSettings, SocialLink

# Block ids are derived from the page and the block's position, so they are the same on every run and
# in every language (as they are for pages translated in the admin).
BLOCK_ID_NAMESPACE = uuid.UUID("6f1c2a52-3a55-4c1e-9d0b-5b1e2f6a9c11")
RICH_TEXT_PAGE_LINK = re.compile(r'id="page:([\w-]+)"')
HOME_TEXT_FIELDS = [
    "title",
    "search_description",
    "hero_heading",
    "hero_text",
    "hero_link_text",
    "opportunities_heading",
    "events_heading",
    "steps_heading",
]


def block_id(path):
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, path))


def stored_value(page, field_name):
    value = getattr(page, field_name)
    return value.get_prep_value() if isinstance(value, StreamValue) else value


class Command(BaseCommand):
    help = "Create or update the demo site in English, Polish and Arabic. Running it again changes nothing."

    def handle(self, *args, **options):
        with transaction.atomic():
            changes = DemoLoader().load()
        for change in changes:
            self.stdout.write(change)
        if changes:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({len(changes)} changes)."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content is already up to date: nothing changed."))


class DemoLoader:
    def __init__(self):
        self.changes = []
        self.images = {}
        self.documents = {}
        self.pages = {}  # language code -> {page key -> page}; the home page's key is "home"

    def load(self):
        self.images = {key: self.ensure_image(*spec) for key, spec in site.IMAGES.items()}
        self.documents = {key: self.ensure_document(key, *spec) for key, spec in site.DOCUMENTS.items()}

        english_home = HomePage.objects.get(locale__language_code="en")
        self.pages["en"] = self.ensure_english_pages(english_home)
        for code in CONTENT:
            if code != "en":
                self.pages[code] = self.ensure_translations(Locale.objects.get(language_code=code))

        self.reload_pages()
        for code, content in CONTENT.items():
            self.update_home_page(code, content.HOME)
            for key in site.PAGE_KEYS:
                self.update_standard_page(code, key, content.PAGES[key])

        # Opportunities, with their organisations, people and pipeline (opportunities/demo/).
        for code, index in load_opportunities(self).items():
            self.pages[code][site.OPPORTUNITIES_KEY] = index
        # Events, with sign-ups and feedback, at the opportunities' venues (community/demo/).
        for code, index in load_events(self).items():
            self.pages[code][site.EVENTS_KEY] = index
        # Learning: programmes, modules and the glossary (learning/demo/).
        for code, index in load_learning(self).items():
            self.pages[code]["learning"] = index
        # Stories, published and sent in, linked to the opportunities (community/demo/stories.py).
        for code, index in load_stories(self).items():
            self.pages[code][site.STORIES_KEY] = index
        # The forum: categories, topics in every moderation state, watched words (community/demo/forum.py).
        for code, index in load_forum(self).items():
            self.pages[code][site.FORUM_KEY] = index
        # The buddy scheme: its page, offers, requests and matches (community/demo/buddies.py).
        for code, index in load_buddies(self).items():
            self.pages[code][site.BUDDIES_KEY] = index

        # Easy Read versions of how to get involved, an opportunity and an event (home/demo/easy_read.py).
        load_easy_read(self)

        default_site = Site.objects.get(is_default_site=True)
        self.update_site_settings(default_site)
        self.update_navigation(default_site)
        return self.changes

    # Images and documents

    def ensure_image(self, title, filename):
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).first()
        if image is None:
            with (site.IMAGES_DIR / filename).open("rb") as file:
                image = image_model(title=title, file=ImageFile(file, name=filename))
                image._set_image_file_metadata()
                image.save()
            self.changes.append(f"Added image {title!r}")
        return image

    def ensure_document(self, key, title, filename):
        document_model = get_document_model()
        document = document_model.objects.filter(title=title).first()
        if document is None:
            content = ContentFile(build_pdf(title, DOCUMENT_CONTENT[key]), name=filename)
            document = document_model(title=title, file=content)
            document._set_document_file_metadata()
            document.save()
            self.changes.append(f"Added document {title!r}")
        return document

    # The page tree: English pages first, then a translated copy of each

    def ensure_english_pages(self, home):
        pages = {"home": home}
        for key in site.PAGE_KEYS:
            page = StandardPage.objects.child_of(home).filter(slug=key).first()
            if page is None:
                # Created as a draft; update_standard_page fills it in and publishes it.
                page = StandardPage(title=CONTENT["en"].PAGES[key]["title"], slug=key, live=False)
                home.add_child(instance=page)
                self.changes.append(f"Created page /en/{key}/")
            pages[key] = page
        return pages

    def ensure_translations(self, locale):
        pages = {}
        for key, english_page in self.pages["en"].items():
            page = english_page.get_translation_or_none(locale)
            if page is None:
                page = english_page.copy_for_translation(locale, copy_parents=True)
                self.changes.append(f"Created {locale.language_code} translation of {english_page.title!r}")
            pages[key] = page.specific
        return pages

    def reload_pages(self):
        """Copying translations changes the tree (children counts) behind the page objects held so far,
        and publishing saves the whole page: reload them, so that publishing does not undo those changes."""
        self.pages = {
            code: {key: page.specific_class.objects.get(pk=page.pk) for key, page in pages.items()}
            for code, pages in self.pages.items()
        }

    # Page content

    def update_home_page(self, code, text):
        links, pages = site.HOME_LINKS, self.pages[code]
        fields = {name: text[name] for name in HOME_TEXT_FIELDS}
        fields.update(
            hero_image_id=self.images[links["hero_image"]].pk,
            hero_link_page_id=pages[links["hero_link_page"]].pk,
            steps=self.stream(code, "home/steps", text["steps"]),
            body=self.stream(code, "home/body", text["body"]),
        )
        featured = {
            "featured_opportunities": (HomePageFeaturedOpportunity, links["featured_opportunities"]),
            "featured_events": (HomePageFeaturedEvent, links["featured_events"]),
        }
        related = {name: (model, [pages[key].pk for key in keys]) for name, (model, keys) in featured.items()}
        self.publish_if_changed(pages["home"], fields, related)

    def update_standard_page(self, code, key, text):
        fields = {
            "title": text["title"],
            "search_description": text["search_description"],
            "intro": text["intro"],
            "body": self.stream(code, f"{key}/body", text["body"]),
        }
        self.publish_if_changed(self.pages[code][key], fields)

    def publish_if_changed(self, page, fields, related_pages=None):
        """Set the fields that differ and publish a new revision, unless the live page already matches."""
        changed = [name for name, value in fields.items() if stored_value(page, name) != value]
        for name in changed:
            setattr(page, name, fields[name])
        for name, (model, page_ids) in (related_pages or {}).items():
            if [item.page_id for item in getattr(page, name).all()] != page_ids:
                setattr(page, name, [model(page_id=pk, sort_order=i) for i, pk in enumerate(page_ids)])
                changed.append(name)
        if not changed and page.live:
            return
        page.save_revision().publish()
        self.changes.append(f"Published {page.locale.language_code} page {page.title!r}")

    def stream(self, code, path, blocks):
        """StreamField data as Wagtail stores it, with references turned into ids for language `code`."""
        return [
            {"type": block_type, "value": self.resolve(code, f"{path}/{i}", value), "id": block_id(f"{path}/{i}")}
            for i, (block_type, value) in enumerate(blocks)
        ]

    def resolve(self, code, path, value):
        if isinstance(value, Ref):
            return self.reference_id(code, value)
        if isinstance(value, ListItem):
            return {"type": "item", "value": self.resolve(code, path, value.value), "id": block_id(path)}
        if isinstance(value, dict):
            return {name: self.resolve(code, f"{path}/{name}", item) for name, item in value.items()}
        if isinstance(value, list):
            return [self.resolve(code, f"{path}/{i}", item) for i, item in enumerate(value)]
        if isinstance(value, str):
            return RICH_TEXT_PAGE_LINK.sub(lambda match: f'id="{self.pages[code][match[1]].pk}"', value)
        return value

    def reference_id(self, code, ref):
        if ref.kind == "page":
            return self.pages[code][ref.key].pk
        if ref.kind == "image":
            return self.images[ref.key].pk
        return self.documents[ref.key].pk

    # Site settings and navigation

    def update_site_settings(self, default_site):
        settings = SiteSettings.for_site(default_site)
        changed = [name for name, value in site.SITE_SETTINGS.items() if getattr(settings, name) != value]
        for name in changed:
            setattr(settings, name, site.SITE_SETTINGS[name])
        current_links = [(link.platform, link.url, link.label) for link in settings.social_links.all()]
        if current_links != site.SOCIAL_LINKS:
            settings.social_links = [
                SocialLink(platform=platform, url=url, label=label, sort_order=i)
                for i, (platform, url, label) in enumerate(site.SOCIAL_LINKS)
            ]
            changed.append("social_links")
        if changed:
            settings.save()
            self.changes.append(f"Updated site settings: {', '.join(changed)}")

    def update_navigation(self, default_site):
        navigation = NavigationSettings.for_site(default_site)
        changed = []
        for name, model in (("menu_items", MenuItem), ("footer_links", FooterLink)):
            page_ids = [self.pages["en"][key].pk for key in site.NAVIGATION[name]]
            if [item.page_id for item in getattr(navigation, name).all()] != page_ids:
                setattr(navigation, name, [model(page_id=pk, sort_order=i) for i, pk in enumerate(page_ids)])
                changed.append(name)
        if changed:
            navigation.save()
            self.changes.append(f"Updated navigation: {', '.join(changed)}")
