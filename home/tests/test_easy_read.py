"""Easy Read versions: the page type, its block, the links both ways, the listing filters and the editor's
readability hint."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

import pytest
import wagtail_factories

from community.tests.factories import EventIndexPageFactory, EventPageFactory
from home.blocks import EasyReadPointBlock
from home.models import EasyReadPage, StandardPage
from home.tests.factories import EasyReadPageFactory, StandardPageFactory
from opportunities.models import OpportunityPage
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from sidebyside.core.readability import measure, page_text
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.localize import publish_translation as translate

pytestmark = pytest.mark.django_db


class EasyReadPageTypeTests(WagtailPageTestCase):
    def test_it_sits_under_content_pages_and_has_no_children(self):
        self.assertAllowedParentPageTypes(
            EasyReadPage,
            {
                StandardPage,
                OpportunityPage,
                *[m for m in EasyReadPage.allowed_parent_page_models() if m not in (StandardPage, OpportunityPage)],
            },
        )
        self.assertAllowedSubpageTypes(EasyReadPage, set())
        self.assertCanCreateAt(OpportunityPage, EasyReadPage)
        self.assertCanCreateAt(StandardPage, EasyReadPage)
        labels = {m._meta.label for m in EasyReadPage.allowed_parent_page_models()}
        assert {"community.EventPage", "learning.ModulePage", "learning.ProgrammePage"} <= labels


def point(**overrides):
    return {"image": None, "image_alt": "A calendar", "text": "Come on Tuesday.", **overrides}


def test_a_point_needs_a_picture_a_description_and_a_short_sentence():
    block = EasyReadPointBlock()
    image = wagtail_factories.ImageFactory()

    assert block.clean(block.to_python(point(image=image.pk)))["text"] == "Come on Tuesday."
    with pytest.raises(ValidationError) as no_picture:
        block.clean(block.to_python(point()))
    assert set(no_picture.value.block_errors) == {"image"}
    with pytest.raises(ValidationError) as no_description:
        block.clean(block.to_python(point(image=image.pk, image_alt="")))
    assert set(no_description.value.block_errors) == {"image_alt"}
    with pytest.raises(ValidationError) as too_long:
        block.clean(block.to_python(point(image=image.pk, text=" ".join(["word"] * 31))))
    assert "split a longer idea" in str(too_long.value.block_errors["text"])


@pytest.fixture
def opportunity_with_easy_read(home_page):
    index = OpportunityIndexPageFactory(parent=home_page)
    with_version = OpportunityPageFactory(parent=index, title="Reading panel")
    with_version.save_revision().publish()
    EasyReadPageFactory(parent=with_version).save_revision().publish()
    OpportunityPageFactory(parent=index, title="Waiting room review").save_revision().publish()
    return with_version


def test_the_page_links_to_its_easy_read_version_and_back(client, opportunity_with_easy_read):
    page_html = client.get(opportunity_with_easy_read.url).content.decode()
    easy_read = EasyReadPage.objects.get()

    assert f'<a class="sbs-easy-read-link__link" href="{easy_read.url}">' in page_html
    assert "Read this page in Easy Read" in page_html

    easy_html = client.get(easy_read.url).content.decode()
    assert f'<a class="sbs-easy-read-link__link" href="{opportunity_with_easy_read.url}">' in easy_html
    assert "We want to hear from you." in easy_html
    assert 'alt="Picture 1"' in easy_html


def test_a_page_without_an_easy_read_version_has_no_link(client, opportunity_with_easy_read):
    other = OpportunityPage.objects.get(title="Waiting room review")
    assert "sbs-easy-read-link" not in client.get(other.url).content.decode()


def test_a_draft_easy_read_version_is_not_linked(client, home_page):
    page = StandardPageFactory(parent=home_page)
    EasyReadPageFactory(parent=page, live=False)
    assert "sbs-easy-read-link" not in client.get(page.url).content.decode()


def test_the_opportunity_listing_can_show_only_those_with_easy_read(client, opportunity_with_easy_read):
    index = opportunity_with_easy_read.get_parent()
    everything = client.get(index.url).content.decode()
    filtered = client.get(index.url + "?easy_read=on").content.decode()

    assert "Reading panel" in everything and "Waiting room review" in everything
    assert "Reading panel" in filtered
    assert "Waiting room review" not in filtered
    assert 'name="easy_read" type="checkbox" checked' in filtered


def test_the_event_listing_can_show_only_those_with_easy_read(client, home_page):
    index = EventIndexPageFactory(parent=home_page)
    sprint = EventPageFactory(parent=index, title="Discharge sprint")
    sprint.save_revision().publish()
    EasyReadPageFactory(parent=sprint).save_revision().publish()
    EventPageFactory(parent=index, title="Sharing afternoon").save_revision().publish()

    filtered = client.get(index.url + "?easy_read=on").content.decode()

    assert "Discharge sprint" in filtered
    assert "Sharing afternoon" not in filtered


def test_the_easy_read_version_of_a_polish_page_is_linked_from_the_polish_page(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Get involved", slug="get-involved-how")
    polish = Locale.objects.get(language_code="pl")
    polish_page = translate(page, "pl", "Jak się zaangażować")
    EasyReadPageFactory(parent=polish_page, locale=polish).save_revision().publish()

    polish_html = client.get(polish_page.url).content.decode()
    english_html = client.get(page.url).content.decode()

    assert "sbs-easy-read-link" in polish_html
    assert "Przeczytaj tę stronę w wersji łatwej do czytania" in polish_html
    assert "sbs-easy-read-link" not in english_html


def test_readability_counts_words_sentences_and_scores_english():
    easy = measure("We want to hear from you. You can come to a meeting. We pay for your bus.", "en")
    hard = measure(
        "Notwithstanding the aforementioned organisational considerations, participatory methodologies "
        "necessitate comprehensive stakeholder engagement infrastructures.",
        "en",
    )

    assert (easy.words, easy.sentences, easy.words_per_sentence) == (17, 3, 5.7)
    assert easy.score > 80 and str(easy.verdict) == "Easy to read"
    assert hard.score < 30 and "Hard to read" in str(hard.verdict)
    assert hard.long_sentences == []


def test_readability_lists_long_sentences_and_gives_no_score_where_the_formula_does_not_apply():
    long_sentence = " ".join(["كلمة"] * 30) + "."
    result = measure(long_sentence + " جملة قصيرة.", "ar")

    assert result.score is None
    assert result.long_sentences == [long_sentence]
    assert result.sentences == 2


def test_page_text_takes_the_title_and_every_text_field(home_page):
    page = StandardPageFactory(parent=home_page, title="About us", intro="We are a small team.")
    page.body = [{"type": "rich_text", "value": "<p>We meet <b>monthly</b>.</p>"}]

    text = page_text(page)

    assert "About us" in text and "We are a small team." in text and "We meet monthly." in text


def test_editors_see_the_readability_hint_on_the_edit_page(client, home_page, django_user_model):
    page = StandardPageFactory(parent=home_page, title="About us", intro="We want to hear from you.")
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    login_with_mfa(client, editor)

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert "How easy is this page to read?" in html
    assert "Reading ease: <strong>" in html


def test_a_module_that_names_its_easy_read_page_links_to_it_once(client, home_page):
    from learning.tests.learning_pages import programme_with_modules

    _programme, (module,) = programme_with_modules(home_page, count=1)
    easy_read = EasyReadPageFactory(parent=module)
    easy_read.save_revision().publish()
    module.easy_read_page = easy_read
    module.save_revision().publish()

    html = client.get(module.url).content.decode()

    assert html.count(f'href="{easy_read.url}"') == 1
