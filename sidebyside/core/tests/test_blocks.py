"""The shared body blocks: NHS.UK markup for each, and the validation that keeps content accessible."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from wagtail.embeds import embeds
from wagtail.embeds.models import Embed

import pytest
import wagtail_factories

from home.tests.factories import StandardPageFactory
from sidebyside.core.blocks import (
    BodyStreamBlock,
    CardGroupBlock,
    ImageBlock,
    LinkBlock,
    TableBlock,
    VideoBlock,
)

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=side-by-side"


@pytest.fixture(autouse=True)
def no_embed_network(monkeypatch):
    """Embeds come from the Embed table the tests fill; asking a provider over the network fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the embed finder was called: tests must not reach the network")

    monkeypatch.setattr(embeds, "get_finder_for_embed", refuse)


@pytest.fixture
def video_embed():
    return Embed.objects.create(
        url=VIDEO_URL,
        max_width=None,
        hash=embeds.get_embed_hash(VIDEO_URL, None, None),
        type="video",
        html='<iframe title="Meeting the team" src="https://www.youtube.com/embed/side-by-side"></iframe>',
        title="Meeting the team",
    )


@pytest.fixture
def image():
    return wagtail_factories.ImageFactory(title="A group meeting")


@pytest.fixture
def document():
    doc = wagtail_factories.DocumentFactory(title="Annual report")
    doc.file.save("annual-report.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2039), save=False)
    doc.file_size = None
    doc.save()
    return doc


def raw_blocks(home_page, image, document):
    """One of every block an editor can use, as stored in the database."""
    return {
        "rich_text": "<h2>About the group</h2><p>We meet monthly.</p>",
        "image": {"image": image.pk, "alt_text": "Six people round a table", "caption": "Our June meeting"},
        "inset_text": {"text": "<p>We pay travel costs.</p>"},
        "warning_callout": {"heading": "Before you come", "body": "<p>Bring a drink.</p>"},
        "details": {"summary": "Who can join?", "body": "<p>Anyone over 16.</p>", "style": "expander"},
        "action_link": {"text": "Sign up", "link": {"page": home_page.pk, "url": ""}},
        "card_group": {
            "columns": "2",
            "cards": [
                {
                    "heading": "Linked card",
                    "text": "With a link.",
                    "link": {"page": None, "url": "https://nhs.example"},
                },
                {"heading": "Plain card", "text": "No link.", "link": {"page": None, "url": ""}},
            ],
        },
        "quote": {"quote": "I felt heard.", "attribution": "A patient"},
        "table": {
            "data": [["Day", "Time"], ["Monday", "10am"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Meeting times",
        },
        "document_link": {"document": document.pk, "label": ""},
        "video": {"title": "Meeting the team", "video": VIDEO_URL, "transcript": "<p>Hello, we are the team.</p>"},
    }


EXPECTED_MARKUP = {
    "rich_text": ["<h2>About the group</h2>"],
    "image": ['<figure class="nhsuk-image">', 'class="nhsuk-image__img"', 'alt="Six people round a table"'],
    "inset_text": ['<div class="nhsuk-inset-text">', "We pay travel costs."],
    "warning_callout": ['class="nhsuk-card nhsuk-card--warning"', "Before you come"],
    "details": ['class="nhsuk-details nhsuk-expander"', '<span class="nhsuk-details__summary-text">Who can join?'],
    "action_link": ['<a class="nhsuk-action-link" href="/en/">', "Sign up"],
    "card_group": [
        'class="nhsuk-grid-row nhsuk-card-group"',
        "nhsuk-grid-column-one-half",
        '<a class="nhsuk-card__link" href="https://nhs.example">Linked card</a>',
    ],
    "quote": ["I felt heard.", "A patient"],
    "table": ['<table class="nhsuk-table">', '<caption class="nhsuk-table__caption">Meeting times</caption>'],
    "document_link": ["Annual report</a>", "(PDF, 2.0\xa0KB)"],
    "video": ["<iframe", "nhsuk-details", "Hello, we are the team."],
}


def test_every_body_block_is_covered():
    assert set(EXPECTED_MARKUP) == set(BodyStreamBlock.base_blocks)


@pytest.mark.parametrize("block_name", sorted(EXPECTED_MARKUP))
def test_each_block_renders_nhs_markup(home_page, image, document, video_embed, block_name):
    block = BodyStreamBlock.base_blocks[block_name]
    value = block.to_python(raw_blocks(home_page, image, document)[block_name])
    html = block.render(value)
    for fragment in EXPECTED_MARKUP[block_name]:
        assert fragment in html


def test_a_page_with_every_block_renders(client, home_page, image, document, video_embed):
    raw = raw_blocks(home_page, image, document)
    StandardPageFactory(
        parent=home_page,
        slug="all-blocks",
        body=[(name, BodyStreamBlock.base_blocks[name].to_python(v)) for name, v in raw.items()],
    )
    response = client.get("/en/all-blocks/")
    assert response.status_code == 200
    body = response.content.decode()
    for fragments in EXPECTED_MARKUP.values():
        for fragment in fragments:
            assert fragment in body


def clean(block, raw):
    return block.clean(block.to_python(raw))


@pytest.mark.parametrize(
    ("page", "url", "valid"),
    [(True, "", True), (False, "https://nhs.example", True), (True, "https://nhs.example", False), (False, "", False)],
)
def test_link_needs_exactly_one_of_page_or_address(home_page, page, url, valid):
    raw = {"page": home_page.pk if page else None, "url": url}
    if valid:
        clean(LinkBlock(), raw)
    else:
        with pytest.raises(ValidationError) as error:
            clean(LinkBlock(), raw)
        assert "page" in error.value.block_errors


def test_optional_link_may_be_empty_but_not_doubled(home_page):
    cards = CardGroupBlock()
    card = {"heading": "A card", "text": "", "link": {"page": None, "url": ""}}
    clean(cards, {"columns": "3", "cards": [card]})
    card["link"] = {"page": home_page.pk, "url": "https://nhs.example"}
    with pytest.raises(ValidationError):
        clean(cards, {"columns": "3", "cards": [card]})


def test_image_needs_alt_text(image):
    with pytest.raises(ValidationError) as error:
        clean(ImageBlock(), {"image": image.pk, "alt_text": "", "caption": ""})
    assert "alt_text" in error.value.block_errors
    clean(ImageBlock(), {"image": image.pk, "alt_text": "A poster", "caption": ""})


def test_table_needs_a_caption():
    table = {"data": [["a"]], "first_row_is_table_header": False, "first_col_is_header": False}
    for caption in ("", "   "):
        with pytest.raises(ValidationError, match="caption"):
            clean(TableBlock(), {**table, "table_caption": caption})
    assert clean(TableBlock(), {**table, "table_caption": "Prices"})["table_caption"] == "Prices"


def test_video_needs_a_transcript(video_embed):
    raw = {"title": "Meeting the team", "video": VIDEO_URL, "transcript": ""}
    with pytest.raises(ValidationError) as error:
        clean(VideoBlock(), raw)
    assert "transcript" in error.value.block_errors
    clean(VideoBlock(), {**raw, "transcript": "<p>Everything we say.</p>"})


def test_document_link_prefers_its_own_label(home_page, image, document):
    block = BodyStreamBlock.base_blocks["document_link"]
    html = block.render(block.to_python({"document": document.pk, "label": "Read the report"}))
    assert f'<a href="{document.url}">Read the report</a>' in html
    assert "PDF" in html
