"""The demo learning that `load_demo_content` builds: programmes with their modules in three languages, every
learning block, something behind every filter, downloads, workshops, the glossary, and a member's progress."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Q

from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

import pytest

from community.models import EventPage
from home.demo.documents import build_pdf
from home.demo.site import LEARNING_KEY
from home.models import HomePage
from learning.blocks import ModuleStreamBlock
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
from sidebyside.core.blocks import BodyStreamBlock
from sidebyside.core.models import NavigationSettings, Topic

pytestmark = pytest.mark.django_db

TRANSLATIONS = {"pl": pl, "ar": ar}
LEARNING_BLOCKS = set(ModuleStreamBlock.base_blocks) - set(BodyStreamBlock.base_blocks)
MIN_WORDS_PER_MODULE = 250


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


def learning_pages(code, model):
    return model.objects.live().filter(locale__language_code=code)


def learning_snapshot():
    counted = [
        Page,
        Revision,
        get_document_model(),
        GlossaryTerm,
        GlossaryTerm.related_terms.through,
        ModuleResource,
        ProgrammeWorkshop,
        ModuleProgress,
        SavedPlanner,
        get_user_model(),
    ]
    latest = list(
        Page.objects.type(LearningIndexPage, ProgrammePage, ModulePage, GlossaryPage)
        .order_by("path")
        .values_list("path", "title", "latest_revision_id")
    )
    return {model.__name__: model.objects.count() for model in counted}, latest


def words_in(value):
    if isinstance(value, str):
        return len(re.sub(r"<[^>]+>", " ", value).split())
    if isinstance(value, dict):
        return sum(words_in(item) for item in value.values())
    if isinstance(value, list | tuple):
        return sum(words_in(item) for item in value)
    return 0


def test_loading_again_changes_nothing(demo):
    before = learning_snapshot()
    out = StringIO()

    call_command("load_demo_content", stdout=out)

    assert "nothing changed" in out.getvalue()
    assert learning_snapshot() == before


def test_the_learning_index_sits_under_each_home_page_and_in_the_menu(client, demo):
    for code in ("en", *TRANSLATIONS):
        index = learning_pages(code, LearningIndexPage).get()
        assert index.slug == LEARNING_KEY
        assert index.get_parent().specific == HomePage.objects.get(locale__language_code=code)
        assert learning_pages(code, GlossaryPage).child_of(index).count() == 1
        assert f'href="/{code}/{LEARNING_KEY}/"' in client.get(f"/{code}/").content.decode()

    menu = [item.page.slug for item in NavigationSettings.objects.get().menu_items.all()]
    assert LEARNING_KEY in menu


def test_every_programme_has_its_modules_in_order(demo):
    for code in ("en", *TRANSLATIONS):
        programmes = {page.slug: page for page in learning_pages(code, ProgrammePage)}

        assert set(programmes) == set(en.PROGRAMMES)
        for key, facts in en.PROGRAMMES.items():
            modules = [
                page.slug for page in learning_pages(code, ModulePage).child_of(programmes[key]).order_by("path")
            ]
            assert modules == list(facts["modules"])
            assert 2 <= len(modules) <= 4


def test_every_module_is_substantial_and_uses_no_video(demo):
    for module in learning_pages("en", ModulePage):
        assert words_in(module.body.get_prep_value()) >= MIN_WORDS_PER_MODULE, module.slug
        assert module.video is None
        assert not module.format_video
        module.full_clean()


def test_every_learning_block_is_used(demo):
    blocks = [block for module in learning_pages("en", ModulePage) for block in module.body]
    used = {block.block_type for block in blocks}
    activities = {block.value["kind"] for block in blocks if block.block_type == "activity"}
    planners = [block for block in blocks if block.block_type == "pdsa_planner"]
    quizzes = [block.value for block in blocks if block.block_type == "quiz_question"]

    assert used >= LEARNING_BLOCKS
    assert activities == {"activity", "reflection"}
    assert len(planners) >= 2
    for question in quizzes:
        assert any(choice["correct"] for choice in question["choices"])
        assert all(choice["feedback"].strip() for choice in question["choices"])


def test_every_index_filter_value_has_learning_behind_it(demo):
    """Every topic, audience and format has a programme or module, except video: the demo has no video files,
    so nothing claims to be a video."""
    facets = [learning_pages("en", ProgrammePage), learning_pages("en", ModulePage)]

    for topic in Topic.objects.all():
        assert any(pages.filter(topics=topic).exists() for pages in facets), topic.slug
    for audience in LearningAudience.values:
        assert any(pages.filter(**{f"for_{audience}": True}).exists() for pages in facets), audience
    for fmt in set(LearningFormat.values) - {LearningFormat.VIDEO}:
        assert any(pages.filter(**{f"format_{fmt}": True}).exists() for pages in facets), fmt
    assert not any(pages.filter(format_video=True).exists() for pages in facets)


def test_staff_only_and_young_people_learning_exist(demo):
    modules = learning_pages("en", ModulePage)

    assert modules.filter(for_staff=True, for_public=False).exists()
    assert modules.filter(for_young_people=True).exists()


def test_printed_pack_downloads_and_easy_read(demo):
    programmes = learning_pages("en", ProgrammePage)
    printed = programmes.filter(printed_pack=True)
    resources = ModuleResource.objects.filter(page__locale__language_code="en")
    easy_read = learning_pages("en", ModulePage).exclude(easy_read_document=None)

    assert printed.exists()
    assert all("01632 960" in programme.printed_pack_how for programme in printed)
    assert resources.count() >= 3
    for resource in resources:
        assert resource.description
        assert resource.document.file.name.endswith(".pdf")
        assert resource.document.file_size > 0
    assert easy_read.exists()
    for programme in programmes:
        programme.full_clean()


def test_every_demo_document_is_a_pdf():
    for title, filename, content in en.DOCUMENTS.values():
        pdf = build_pdf(title, content)

        assert filename.endswith(".pdf")
        assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")


def test_workshops_link_to_demo_events_in_the_readers_language(demo):
    english = {page.slug: page for page in learning_pages("en", ProgrammePage)}
    linked = [row.event.slug for page in english.values() for row in page.workshops.all()]

    assert linked == [slug for facts in en.PROGRAMMES.values() for slug in facts["workshops"]]
    assert EventPage.objects.filter(slug__in=linked, kind="workshop").exists()
    polish = [(page, row.event) for page in learning_pages("pl", ProgrammePage) for row in page.workshops.all()]
    assert len(polish) == len(linked)
    assert any(event.locale == page.locale for page, event in polish)
    for page, event in polish:
        assert event == (event.get_translation_or_none(page.locale) or event)


def test_translations_are_real_and_keep_the_blocks(demo):
    english_pages = [*learning_pages("en", ProgrammePage), *learning_pages("en", ModulePage)]
    english = {page.translation_key: page for page in english_pages}
    for code in TRANSLATIONS:
        pages = [*learning_pages(code, ProgrammePage), *learning_pages(code, ModulePage)]

        assert len(pages) == len(english)
        for page in pages:
            source = english[page.translation_key]
            assert page.title != source.title
            assert page.summary != source.summary
            assert [(b.block_type, b.id) for b in page.body] == [(b.block_type, b.id) for b in source.body]
        index = learning_pages(code, LearningIndexPage).get()
        assert index.title == TRANSLATIONS[code].INDEX["title"] != en.INDEX["title"]


def test_glossary_terms_exist_in_every_language_with_the_same_keys(demo):
    english = {term.translation_key: term for term in GlossaryTerm.objects.filter(locale__language_code="en")}

    assert 30 <= len(english) <= 40
    for code, words in TRANSLATIONS.items():
        translated = {term.translation_key: term for term in GlossaryTerm.objects.filter(locale__language_code=code)}
        assert set(translated) == set(english)
        for key, term in translated.items():
            source = english[key]
            assert term.meaning != source.meaning
            if source.full_form and source.term.isupper():
                assert term.term == source.term  # an abbreviation people meet in English stays in English
            related = {other.translation_key for other in term.related_terms.all()}
            assert related == {other.translation_key for other in source.related_terms.all()}
        assert {term.term for term in translated.values()} == {entry["term"] for entry in words.GLOSSARY.values()}


def test_every_glossary_term_is_published_with_its_words_in_its_latest_revision(demo):
    terms = GlossaryTerm.objects.all()
    assert terms.exists()
    for term in terms:
        assert term.live and not term.has_unpublished_changes
        assert term.live_revision_id == term.latest_revision_id is not None
        assert term.latest_revision.as_object().meaning == term.meaning  # what the admin's editor shows


def test_related_terms_link_both_ways(demo):
    pals = GlossaryTerm.objects.get(locale__language_code="en", term="PALS")
    healthwatch = GlossaryTerm.objects.get(locale__language_code="en", term="Healthwatch")

    assert healthwatch in pals.related_terms.all()
    assert pals in healthwatch.related_terms.all()


def test_the_demo_member_has_progress_and_a_saved_planner(demo):
    member = get_user_model().objects.get(email=people.MEMBER["email"])
    progress = ModuleProgress.objects.filter(user=member)
    modules = {page.translation_key: page for page in learning_pages("en", ModulePage)}

    assert not member.has_usable_password()
    assert progress.count() == len(people.PROGRESS)
    assert progress.filter(completed_at__isnull=False).count() == 2
    last = progress.order_by("-last_visited_at").first()
    assert modules[last.module_key].slug == "pdsa-cycles"
    assert last.completed_at is None
    for row in progress:
        assert row.programme_key == modules[row.module_key].get_parent().translation_key

    planner = SavedPlanner.objects.get(user=member)
    polish = learning_pages("pl", ModulePage).get(translation_key=planner.module_key)
    assert planner.block_id in [block.id for block in polish.body if block.block_type == "pdsa_planner"]
    assert all(getattr(planner, step) for step in ("plan", "do", "study", "act"))


def test_no_learning_page_is_left_as_a_draft(demo):
    drafts = Page.objects.type(LearningIndexPage, ProgrammePage, ModulePage, GlossaryPage).filter(
        Q(live=False) | Q(has_unpublished_changes=True)
    )

    assert not drafts.exists()
