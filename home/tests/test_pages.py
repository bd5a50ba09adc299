"""HomePage and StandardPage: where they can be created, how they render, and the featured pages."""

from datetime import timedelta

from django.utils import timezone, translation

from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
import wagtail_factories

from home.models import (
    FEATURED_LIMIT,
    HomePage,
    HomePageFeaturedEvent,
    HomePageFeaturedOpportunity,
    StandardPage,
    latest_pages_of_kind,
)
from home.tests.factories import StandardPageFactory
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.localize import publish_translation as translate


def home_page_form_data(**overrides):
    data = {
        "title": "Side by Side",
        "slug": "home-two",
        "hero_heading": "Work with us on better care",
        "hero_text": "Tell us what matters to you.",
        "opportunities_heading": "Ways to take part",
        "events_heading": "Coming up",
        "steps_heading": "How to start",
        "steps": streamfield([("step", {"heading": "Say hello", "text": "Send us a message.", "link_page": ""})]),
        "body": streamfield([]),
        "featured_opportunities": inline_formset([]),
        "featured_events": inline_formset([]),
    }
    return nested_form_data({**data, **overrides})


def standard_page_form_data(title):
    return nested_form_data(
        {
            "title": title,
            "intro": "Who we are and what we do.",
            "body": streamfield(
                [
                    ("rich_text", rich_text("<p>We are patients, carers and staff.</p>")),
                    ("quote", {"quote": "I felt listened to.", "attribution": "A carer"}),
                ]
            ),
        }
    )


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()
        cls.home = HomePage.objects.get(locale__language_code="en")

    def setUp(self):
        login_with_mfa(self.client, self.create_superuser("admin"))

    def test_home_page_sits_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_only_one_home_page_per_parent(self):
        assert not HomePage.can_create_at(self.root)
        self.home.delete()
        assert HomePage.can_create_at(Page.get_first_root_node())
        self.assertCanCreate(Page.get_first_root_node(), HomePage, home_page_form_data())

    def test_standard_page_sits_under_home_and_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_editor_can_create_standard_pages_with_a_body(self):
        self.assertCanCreate(self.home, StandardPage, standard_page_form_data("About us"))
        about = StandardPage.objects.get(slug="about-us")
        assert about.live
        assert [block.block_type for block in about.body] == ["rich_text", "quote"]
        self.assertCanCreate(about, StandardPage, standard_page_form_data("Our team"))
        assert StandardPage.objects.get(slug="our-team").get_parent().pk == about.pk


@pytest.fixture
def polish():
    return Locale.objects.get(language_code="pl")


def publish_in_order(pages):
    """Publish each page a minute after the one before, as editors would over time."""
    start = timezone.now() - timedelta(days=1)
    for minutes, page in enumerate(pages):
        page.first_published_at = start + timedelta(minutes=minutes)
        page.save(update_fields=["first_published_at"])
    return pages


def feature(home_page, relation_model, pages):
    for order, page in enumerate(pages):
        relation_model.objects.create(home_page=home_page, page=page, sort_order=order)


def card_titles(response, heading):
    """The titles of the cards in the home page section with this heading, in order."""
    body = response.content.decode()
    section = body.split(f'aria-label="{heading}"', 1)[1].split("</section>", 1)[0]
    return [part.split("</a>", 1)[0] for part in section.split('class="nhsuk-card__link" href="')[1:]]


def titles_only(cards):
    return [card.split('">', 1)[1] for card in cards]


@pytest.mark.django_db
def test_home_page_renders_every_field(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    contact = StandardPageFactory(parent=home_page, title="Contact us", slug="contact")
    home_page.hero_heading = "Shape the care you receive"
    home_page.hero_text = "Bring what you know from using services."
    home_page.hero_image = wagtail_factories.ImageFactory(title="People talking")
    home_page.hero_link_text = "Find out how"
    home_page.hero_link_page = about
    home_page.opportunities_heading = "Take part now"
    home_page.events_heading = "Dates for your diary"
    home_page.steps_heading = "Three steps"
    home_page.steps = [
        ("step", {"heading": "Read about us", "text": "What we do.", "link_page": about}),
        ("step", {"heading": "Get in touch", "text": "Ask us anything.", "link_page": contact}),
        ("step", {"heading": "Come along", "text": "Meet the team.", "link_page": None}),
    ]
    home_page.body = [("inset_text", {"text": "<p>Travel costs are paid.</p>"})]
    home_page.save_revision().publish()
    feature(home_page, HomePageFeaturedOpportunity, [contact])
    feature(home_page, HomePageFeaturedEvent, [about])

    response = client.get("/en/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="nhsuk-heading-xl">Shape the care you receive</h1>' in body
    assert "Bring what you know from using services." in body
    assert 'alt=""' in body and "/media/images/" in body  # the hero image is decorative
    assert 'class="nhsuk-action-link" href="/en/about/"' in body and "Find out how" in body
    assert titles_only(card_titles(response, "Take part now")) == ["Contact us"]
    assert titles_only(card_titles(response, "Dates for your diary")) == ["About us"]
    assert '<h2 id="steps-heading">Three steps</h2>' in body
    assert body.count("Find out more") == 2
    assert '<a href="/en/contact/">Find out more' in body
    assert "Travel costs are paid." in body and "nhsuk-inset-text" in body


@pytest.mark.django_db
def test_standard_page_renders_every_field(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Accessibility statement",
        slug="accessibility",
        intro="How accessible this website is.",
        body=[("rich_text", RichText("<h2>Using this website</h2><p>You can zoom in.</p>"))],
    )
    response = client.get("/en/accessibility/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Accessibility statement</h1>" in body
    assert '<p class="nhsuk-lede-text">How accessible this website is.</p>' in body
    assert "<h2>Using this website</h2>" in body


@pytest.mark.django_db
def test_featured_pages_keep_the_chosen_order_and_leave_out_unpublished(client, home_page):
    first, second, third = (StandardPageFactory(parent=home_page, title=f"Chosen {n}") for n in (1, 2, 3))
    draft = StandardPageFactory(parent=home_page, title="Not yet published", live=False)
    feature(home_page, HomePageFeaturedOpportunity, [third, draft, first])
    feature(home_page, HomePageFeaturedEvent, [second])

    response = client.get("/en/")
    assert titles_only(card_titles(response, home_page.opportunities_heading)) == ["Chosen 3", "Chosen 1"]
    assert titles_only(card_titles(response, home_page.events_heading)) == ["Chosen 2"]
    assert "Not yet published" not in response.content.decode()


@pytest.mark.django_db
def test_featured_pages_follow_the_readers_language(client, home_page, polish):
    walks = StandardPageFactory(parent=home_page, title="Health walks", slug="walks")
    choir = StandardPageFactory(parent=home_page, title="Choir", slug="choir")
    feature(home_page, HomePageFeaturedOpportunity, [walks, choir])
    translate(walks, polish.language_code, "Spacery zdrowotne")

    english = client.get("/en/")
    polish_response = client.get("/pl/")
    assert titles_only(card_titles(english, home_page.opportunities_heading)) == ["Health walks", "Choir"]
    polish_cards = card_titles(polish_response, home_page.opportunities_heading)
    # The Polish walk page in Polish; the choir page has no translation, so the English page stands in.
    assert titles_only(polish_cards) == ["Spacery zdrowotne", "Choir"]
    assert polish_cards[0].startswith("/pl/walks/")
    assert polish_cards[1].startswith("/en/choir/")


@pytest.mark.django_db
def test_latest_pages_of_kind_uses_models_that_opt_in(home_page, monkeypatch):
    translation.activate("en")  # a request in an earlier test may have left another language active
    assert latest_pages_of_kind("opportunity") == []
    monkeypatch.setattr(StandardPage, "home_feature_kind", "opportunity", raising=False)
    pages = publish_in_order(
        [StandardPageFactory(parent=home_page, title=f"Opportunity {n}") for n in range(FEATURED_LIMIT + 2)]
    )
    StandardPageFactory(parent=home_page, title="A draft", live=False)

    from django.utils.translation import get_language

    print("LANG", repr(get_language()))
    latest = latest_pages_of_kind("opportunity")
    assert [page.title for page in latest] == [page.title for page in reversed(pages)][:FEATURED_LIMIT]
    assert [page.title for page in latest_pages_of_kind("opportunity", limit=2)] == ["Opportunity 4", "Opportunity 3"]
    assert latest_pages_of_kind("event") == []


@pytest.mark.django_db
def test_home_page_falls_back_to_the_latest_pages(client, home_page, monkeypatch):
    monkeypatch.setattr(StandardPage, "home_feature_kind", "opportunity", raising=False)
    pages = [StandardPageFactory(parent=home_page, title=f"Newest {n}") for n in range(5)]
    publish_in_order(pages[1:])  # "Newest 0" was made live without a revision: it has no publishing date
    response = client.get("/en/")
    assert titles_only(card_titles(response, home_page.opportunities_heading)) == ["Newest 4", "Newest 3", "Newest 2"]
    assert f'aria-label="{home_page.events_heading}"' not in response.content.decode()
