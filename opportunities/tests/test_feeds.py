"""The RSS and Atom feeds of the opportunity index: valid XML, the newest open ones, the index's filters."""

import xml.etree.ElementTree as ET  # noqa: S405 (parses only this site's own feed in tests)

from wagtail.models import Locale

import pytest

from opportunities.feeds import FEED_LENGTH
from opportunities.models import OpportunityKind
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory, closed_yesterday

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    """The feed's XML: this site's own output, so the standard parser is safe here."""
    return ET.fromstring(response.content)  # noqa: S314


@pytest.fixture
def index(home_page):
    index = OpportunityIndexPageFactory(parent=home_page)
    for title in ("First", "Second", "Third"):
        OpportunityPageFactory(parent=index, title=title).save_revision().publish()
    OpportunityPageFactory(parent=index, title="Closed", closing_date=closed_yesterday()).save_revision().publish()
    OpportunityPageFactory(parent=index, title="Youth", kind=OpportunityKind.YOUTH_FORUM).save_revision().publish()
    return index


def rss_items(client, query=""):
    response = client.get(f"/en/get-involved/feed/{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse(response).find("channel")
    return channel, channel.findall("item")


def test_rss_lists_the_newest_open_opportunities_first(client, index):
    channel, items = rss_items(client)
    assert channel.findtext("title") == "Get involved: new opportunities"
    assert channel.findtext("link") == "http://localhost/en/get-involved/"
    assert [item.findtext("title") for item in items] == ["Youth", "Third", "Second", "First"]
    first = items[0]
    assert first.findtext("link").startswith("http://localhost/en/get-involved/")
    assert first.findtext("description") == "Help staff redesign how people book appointments."
    assert first.findtext("pubDate")


def test_rss_honours_the_filters(client, index):
    _channel, items = rss_items(client, "?kind=youth_forum")
    assert [item.findtext("title") for item in items] == ["Youth"]
    _channel, items = rss_items(client, "?include_closed=on&kind=lay_partner")
    assert "Closed" in [item.findtext("title") for item in items]


def test_rss_ignores_bad_filters(client, index):
    _channel, items = rss_items(client, "?kind=%3Cscript%3E&organisation=x&page=-4")
    assert len(items) == 4


def test_atom_feed_is_valid_with_entries(client, index):
    response = client.get("/en/get-involved/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Youth", "Third", "Second", "First"]
    assert entries[0].find(f"{ATOM}link").get("href").startswith("http://localhost/en/get-involved/")
    assert feed.findtext(f"{ATOM}subtitle") == "Ways to help improve local health services."


def test_feed_is_limited_in_length(client, index):
    for number in range(FEED_LENGTH):
        OpportunityPageFactory(parent=index, title=f"More {number}").save_revision().publish()
    _channel, items = rss_items(client)
    assert len(items) == FEED_LENGTH


def test_index_head_links_to_both_feeds_with_the_filters(client, index):
    body = client.get("/en/get-involved/", {"kind": "youth_forum", "page": "2"}).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in body
    assert 'href="/en/get-involved/feed/?kind=youth_forum"' in body
    assert 'href="/en/get-involved/feed/atom/?kind=youth_forum"' in body


def test_feed_in_another_language_has_that_language(client, index):
    locale = Locale.objects.get(language_code="pl")
    polish_index = index.copy_for_translation(locale, copy_parents=True)
    polish_index.save_revision().publish()
    response = client.get(polish_index.get_url() + "feed/")
    assert response.status_code == 200
    channel = parse(response).find("channel")
    assert channel.findtext("language") == "pl"
    assert channel.findall("item") == []
