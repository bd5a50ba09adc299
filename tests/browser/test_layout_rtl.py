"""The layout holds in English and in right-to-left Arabic, on a phone and on a desktop: nothing runs off the
side of the screen, the main parts do not overlap, and Arabic pages mirror (the logo and the breadcrumbs
start on the right). Screenshots of each page are kept in var/screenshots/ for people to look at."""

from pathlib import Path

from django.conf import settings

import pytest

from community.models import EventPage, ForumIndexPage, ForumTopic
from opportunities.models import OpportunityPage

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}
# The landmarks and blocks that must each sit inside the screen and not on top of one another.
PARTS = ["header.nhsuk-header", "nav.nhsuk-breadcrumb", "main h1", "footer"]

# Measured in the page: sideways scrolling, elements off the screen, overlapping parts, the logo's position.
MEASURE = (Path(__file__).parent / "layout_measure.js").read_text()


def pages_to_check():
    """Home, an opportunity, an event and a forum topic with replies, in each language, by path."""
    paths = {}
    for code in ("en", "ar"):
        opportunity = OpportunityPage.objects.live().filter(locale__language_code=code).first()
        event = EventPage.objects.live().filter(locale__language_code=code).first()
        forum = ForumIndexPage.objects.live().get(locale__language_code=code)
        topic = (
            ForumTopic.objects.visible()
            .filter(category__group__isnull=True, reply_count__gt=0)
            .select_related("category")
            .order_by("pk")
            .first()
        )
        paths[code] = {
            "home": f"/{code}/",
            "opportunity": opportunity.url,
            "event": event.url,
            "forum topic": f"{forum.url}{topic.category.slug}/{topic.pk}/",
        }
    return paths


def check(demo_page, path, viewport_name):
    demo_page.set_viewport_size(VIEWPORTS[viewport_name])
    response = demo_page.goto(path)
    assert response.status == 200, path
    result = demo_page.evaluate(MEASURE, PARTS)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = path.strip("/").replace("/", "_") or "root"
    demo_page.screenshot(path=str(SCREENSHOTS / f"{name}-{viewport_name}.png"), full_page=True)
    assert result["scrollWidth"] <= result["width"], f"{path} ({viewport_name}) scrolls sideways: {result}"
    assert not result["offscreen"], f"{path} ({viewport_name}) has elements off the screen: {result['offscreen']}"
    assert not result["overlaps"], f"{path} ({viewport_name}) has parts on top of each other: {result['overlaps']}"
    return result


@pytest.mark.parametrize("viewport_name", VIEWPORTS)
def test_pages_fit_the_screen_and_mirror_in_arabic(demo_page, viewport_name):
    paths = pages_to_check()
    for kind, english_path in paths["en"].items():
        english = check(demo_page, english_path, viewport_name)
        arabic = check(demo_page, paths["ar"][kind], viewport_name)

        assert (english["dir"], arabic["dir"]) == ("ltr", "rtl")
        width = english["width"]
        # The logo starts the header: on the left in English, on the right in Arabic.
        assert english["logoCentre"] < width / 2 < arabic["logoCentre"], (kind, english, arabic)
        if kind != "home":  # the back link to the page above points the way the language reads
            assert (english["backLinkChevron"], arabic["backLinkChevron"]) == ("left", "right"), kind
