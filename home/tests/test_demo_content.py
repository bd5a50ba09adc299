import re
from io import StringIO

from django.apps import apps
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision, TranslatableMixin

import pytest

from home.demo import CONTENT, site
from home.demo.documents import DOCUMENT_CONTENT, build_pdf
from home.models import EasyReadPage, HomePage, HomePageFeaturedOpportunity, StandardPage
from learning.blocks import ModuleStreamBlock
from opportunities.models import (
    ExpressionOfInterest,
    OpportunityFormField,
    OpportunityIndexPage,
    OpportunityPage,
    OpportunityTrainingLink,
    ReferenceGroupMember,
    RelatedOpportunity,
    ReviewResponse,
    TopicSubscription,
)
from sidebyside.core.blocks import BodyStreamBlock
from sidebyside.core.models import (
    ContactPerson,
    FooterLink,
    MenuItem,
    NavigationSettings,
    Organisation,
    SiteSettings,
    SocialLink,
    Venue,
)
from sidebyside.moderation.models import ModerationDecision, ModerationNote
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db

LANGUAGES = list(CONTENT)
PAGE_PATHS = ["", *[f"{key}/" for key in site.PAGE_KEYS]]


def load_demo():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


def pages_in(language_code):
    return Page.objects.filter(locale__language_code=language_code, depth__gt=1).specific()


def snapshot():
    """Everything the command may create or change, to compare before and after a second run."""
    counted = [
        Page,
        Revision,
        PageLogEntry,
        get_image_model(),
        get_document_model(),
        SiteSettings,
        SocialLink,
        NavigationSettings,
        MenuItem,
        FooterLink,
        HomePageFeaturedOpportunity,
        Organisation,
        Venue,
        ContactPerson,
        OpportunityFormField,
        OpportunityTrainingLink,
        RelatedOpportunity,
        ExpressionOfInterest,
        ModerationDecision,
        ModerationNote,
        ReferenceGroupMember,
        ReviewResponse,
        TopicSubscription,
        OutboxMessage,
    ]
    tree = list(
        Page.objects.order_by("path").values_list(
            "path", "slug", "title", "locale__language_code", "live", "numchild", "latest_revision_id"
        )
    )
    return {model.__name__: model.objects.count() for model in counted}, tree


def test_builds_the_home_page_and_five_standard_pages_in_each_language(demo):
    assert not any(Page.find_problems()), "the page tree is inconsistent"
    for code in LANGUAGES:
        pages = list(pages_in(code))
        home = next(page for page in pages if isinstance(page, HomePage))
        standard = [page for page in pages if isinstance(page, StandardPage)]

        assert home.hero_heading == CONTENT[code].HOME["hero_heading"]
        assert home.hero_image is not None
        assert len(home.steps) == len(CONTENT[code].HOME["steps"])
        assert sorted(page.slug for page in standard) == sorted(site.PAGE_KEYS)
        assert all(page.live and page.search_description for page in pages)
        assert all(page.get_parent().specific == home for page in standard)
        for page in standard:
            assert page.title == CONTENT[code].PAGES[page.slug]["title"]


def test_translations_share_a_translation_key_and_keep_the_same_blocks(demo):
    english = {page.slug: page for page in StandardPage.objects.filter(locale__language_code="en")}
    for code in ("pl", "ar"):
        for page in StandardPage.objects.filter(locale__language_code=code):
            source = english[page.slug]
            assert page.translation_key == source.translation_key
            assert page.title != source.title
            assert [block.block_type for block in page.body] == [block.block_type for block in source.body]


@pytest.mark.parametrize("code", ["pl", "ar"])
def test_every_live_english_page_and_translatable_snippet_has_a_version_in_polish_and_arabic(demo, code):
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1).live()
    translated_keys = set(
        Page.objects.filter(locale__language_code=code).live().values_list("translation_key", flat=True)
    )
    assert [page.url_path for page in english_pages if page.translation_key not in translated_keys] == []
    snippets = [
        model for model in apps.get_models() if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
    ]
    for model in snippets:
        if model._meta.abstract or not model.objects.filter(locale__language_code="en").exists():
            continue
        english_keys = set(model.objects.filter(locale__language_code="en").values_list("translation_key", flat=True))
        keys = set(model.objects.filter(locale__language_code=code).values_list("translation_key", flat=True))
        assert english_keys <= keys, f"{model._meta.label} has English rows without a {code} version"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_demo_page_renders_in_every_language(client, demo, code):
    for path in PAGE_PATHS:
        response = client.get(f"/{code}/{path}")

        assert response.status_code == 200, f"/{code}/{path}"
        html = response.content.decode()
        text = CONTENT[code].PAGES[path.strip("/")] if path else CONTENT[code].HOME
        heading = text.get("hero_heading", text["title"])
        assert heading in html, f"/{code}/{path}"


def test_language_switcher_offers_the_other_languages(client, demo):
    html = client.get("/pl/about/").content.decode()

    assert 'href="/en/about/"' in html
    assert 'href="/ar/about/"' in html


def test_every_body_block_except_video_is_used(demo):
    used = set()
    details_styles = set()
    action_link_targets = set()
    for page in pages_in("en").not_type(EasyReadPage):
        for block in getattr(page, "body", None) or []:
            used.add(block.block_type)
            if block.block_type == "details":
                details_styles.add(block.value["style"])
            if block.block_type == "action_link":
                action_link_targets.add("page" if block.value["link"]["page"] else "url")

    learning_only = set(ModuleStreamBlock.base_blocks) - set(BodyStreamBlock.base_blocks)
    assert used - learning_only == set(BodyStreamBlock.base_blocks) - {"video"}
    assert details_styles == {"details", "expander"}
    assert action_link_targets == {"page", "url"}


def test_blocks_render_with_their_images_document_and_links(client, demo):
    html = client.get("/en/get-involved/").content.decode()
    document = get_document_model().objects.get(title="Lay partner guide")

    assert f'href="{document.url}"' in html
    assert "Illustration of three people at a table" in html
    assert '<table class="nhsuk-table">' in html
    assert "Ways to take part and how much time each one takes" in html
    assert 'href="/en/contact-us/"' in html

    # Links to other pages follow the reader's language, in blocks and in rich text alike.
    arabic = client.get("/ar/accessibility-statement/").content.decode()
    assert 'href="/ar/contact-us/"' in arabic
    assert 'href="https://www.equalityadvisoryservice.com/"' in arabic


def test_home_page_features_the_newest_opportunities_and_links_steps(client, demo):
    html = client.get("/en/").content.decode()

    assert html.count('href="/en/get-involved/"') >= 2  # hero button and first step
    newest = OpportunityPage.objects.live().filter(locale__language_code="en").order_by("-first_published_at")
    assert any(f'href="{page.url}"' in html for page in newest[:6])
    polish = client.get("/pl/").content.decode()
    assert 'href="/pl/get-involved/"' in polish
    assert 'href="/pl/opportunities/' in polish


def test_site_settings_and_navigation_are_filled_in(client, demo):
    settings = SiteSettings.objects.get()
    navigation = NavigationSettings.objects.get()

    assert settings.contact_email.endswith("@example.org")
    assert settings.contact_phone.startswith("01632 960")
    assert [link.platform for link in settings.social_links.all()] == [p for p, _url, _label in site.SOCIAL_LINKS]
    assert [item.page.slug for item in navigation.menu_items.all()] == site.NAVIGATION["menu_items"]
    assert [link.page.slug for link in navigation.footer_links.all()] == site.NAVIGATION["footer_links"]

    html = client.get("/ar/").content.decode()
    assert 'href="/ar/privacy-notice/"' in html
    assert settings.contact_email in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_opportunities_are_in_the_menu_of_every_language(client, demo, code):
    index = OpportunityIndexPage.objects.get(locale__language_code=code)
    html = client.get(f"/{code}/").content.decode()

    assert index.get_parent().specific == HomePage.objects.get(locale__language_code=code)
    assert f'href="/{code}/{site.OPPORTUNITIES_KEY}/"' in html
    assert index.title in html
    assert OpportunityPage.objects.child_of(index).live().count() >= 4


def test_running_twice_changes_nothing(demo):
    before = snapshot()

    output = load_demo()

    assert "nothing changed" in output
    assert snapshot() == before


def test_running_again_restores_only_what_differs(demo):
    page = StandardPage.objects.get(locale__language_code="pl", slug="about")
    page.title = "Edited by hand"
    page.save_revision().publish()
    revisions = Revision.objects.count()

    output = load_demo()

    page.refresh_from_db()
    assert page.title == CONTENT["pl"].PAGES["about"]["title"]
    assert Revision.objects.count() == revisions + 1
    assert "Published pl page" in output
    assert output.count("Published") == 1


def test_shipped_images_are_small_pngs():
    files = [site.IMAGES_DIR / filename for _title, filename in site.IMAGES.values()]

    assert 3 <= len(files) <= 5
    for path in files:
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG")
        assert len(data) < 60_000


def test_generated_pdf_is_well_formed():
    pdf = build_pdf("Lay partner guide", DOCUMENT_CONTENT["lay-partner-guide"])

    assert pdf.startswith(b"%PDF-1.4") and pdf.endswith(b"%%EOF\n")
    xref_at = int(re.search(rb"startxref\n(\d+)", pdf)[1])
    assert pdf[xref_at:].startswith(b"xref")
    entries = pdf[xref_at:].split(b"\n")[3:]
    offsets = [int(entry.split()[0]) for entry in entries if entry.endswith(b" n ")]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
    assert b"(Lay partner guide)" in pdf


@pytest.mark.parametrize("code", LANGUAGES)
def test_three_easy_read_pages_in_each_language_linked_from_their_pages(client, demo, code):
    from home.demo.easy_read import CONTENT as EASY_READ

    easy_read_pages = EasyReadPage.objects.live().filter(locale__language_code=code)

    assert easy_read_pages.count() == 3
    kinds = {page.get_parent().specific_class._meta.label for page in easy_read_pages}
    assert kinds == {"home.StandardPage", "opportunities.OpportunityPage", "community.EventPage"}
    titles = {page["title"] for page in EASY_READ[code].values()}
    for page in easy_read_pages:
        assert page.title in titles
        points = [block.value for block in page.body if block.block_type == "point"]
        assert len(points) == 6
        assert all(point["image"] and point["image_alt"] and point["text"] for point in points)
        assert f'href="{page.url}"' in client.get(page.get_parent().url).content.decode()
        html = client.get(page.url).content.decode()
        assert points[0]["text"] in html and f'alt="{points[0]["image_alt"]}"' in html


def test_easy_read_pictures_are_small_pngs():
    from home.demo.easy_read import PICTURES

    for _title, filename in PICTURES.values():
        data = (site.IMAGES_DIR / filename).read_bytes()
        assert data.startswith(b"\x89PNG")
        assert len(data) < 10_000
