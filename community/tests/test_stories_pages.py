"""Story pages and the stories index: where they may go, the listing (newest first, paginated, by topic) and
what a story page shows."""

import datetime

from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

import pytest

from community.models import EventIndexPage, StoryIndexPage, StoryPage, StoryRelatedOpportunity
from community.stories import paragraphs_html, summary_of
from home.models import EasyReadPage, HomePage, StandardPage
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from sidebyside.core.models import Topic

from .story_factories import StoryIndexPageFactory, StoryPageFactory, photo_upload

pytestmark = pytest.mark.django_db


class TestWhereStoryPagesGo(WagtailPageTestCase):
    def test_the_index_goes_under_the_home_page_and_stories_only_under_the_index(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(StoryPage, {EasyReadPage})
        self.assertCanNotCreateAt(EventIndexPage, StoryPage)
        self.assertCanNotCreateAt(HomePage, StoryPage)
        self.assertCanCreateAt(HomePage, StoryIndexPage)


@pytest.fixture
def index(home_page):
    return StoryIndexPageFactory(parent=home_page)


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def test_the_index_lists_live_stories_newest_first(client, index):
    StoryPageFactory(parent=index, title="Older story", date=days_ago(30))
    StoryPageFactory(parent=index, title="Newer story", date=days_ago(1))
    draft = StoryPageFactory(parent=index, title="Draft story", live=False)
    restricted = StoryPageFactory(parent=index, title="Private story")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    html = client.get(index.url).content.decode()
    assert html.index("Newer story") < html.index("Older story")
    assert draft.title not in html and "Private story" not in html
    assert "2 stories" in html


def test_the_index_is_paginated(client, index):
    for number in range(12):
        StoryPageFactory(parent=index, title=f"Story number {number:02d}", date=days_ago(number))
    first = client.get(index.url).content.decode()
    assert "Story number 00" in first and "Story number 09" in first and "Story number 10" not in first
    second = client.get(index.url, {"page": 2}).content.decode()
    assert "Story number 10" in second and "Story number 00" not in second
    assert client.get(index.url, {"page": "not a number"}).status_code == 200


def test_the_topic_filter_shows_stories_about_that_topic(client, index):
    young = Topic.objects.get(slug="young_people")
    about_young = StoryPageFactory(parent=index, title="Youth forum story")
    about_young.topics.set([young])
    about_young.save_revision().publish()
    StoryPageFactory(parent=index, title="Carer story")
    html = client.get(index.url, {"topic": "young_people"}).content.decode()
    assert "Youth forum story" in html and "Carer story" not in html
    assert "1 story about Children and young people" in html
    everything = client.get(index.url, {"topic": "<script>"}).content.decode()
    assert "Youth forum story" in everything and "Carer story" in everything


def test_a_story_page_shows_the_story_topics_and_live_related_opportunities(client, home_page, index):
    opportunities = OpportunityIndexPageFactory(parent=home_page)
    live = OpportunityPageFactory(parent=opportunities, title="Join the reader panel")
    hidden = OpportunityPageFactory(parent=opportunities, title="Hidden role", live=False)
    story = StoryPageFactory(parent=index, title="Reading leaflets", teller_name="")
    story.topics.set([Topic.objects.get(slug="cancer")])
    story.body = [("rich_text", "<p>I read leaflets for the cancer unit.</p>")]
    story.related_opportunities = [
        StoryRelatedOpportunity(opportunity=hidden, sort_order=0),
        StoryRelatedOpportunity(opportunity=live, sort_order=1),
    ]
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "I read leaflets for the cancer unit." in html
    assert "Told by Anonymous" in html
    assert "Cancer care" in html
    assert "Join the reader panel" in html and "Hidden role" not in html
    assert f'href="{index.url}share/"' in html


def test_summaries_are_the_first_sentence_and_paragraphs_are_escaped():
    assert summary_of("\n\nI came along once. Then I stayed.") == "I came along once."
    assert len(summary_of("word " * 200)) <= 300
    assert paragraphs_html("One <b>line</b>\n\nTwo") == "<p>One &lt;b&gt;line&lt;/b&gt;</p><p>Two</p>"


def test_a_story_page_shows_its_photo_with_the_alt_text(client, index):
    image = get_image_model()(title="Forum", description="Young people around a table", file=ImageFile(photo_upload()))
    image._set_image_file_metadata()
    image.save()
    story = StoryPageFactory(parent=index, title="With a photo", image=image)
    html = client.get(story.url).content.decode()
    assert 'alt="Young people around a table"' in html
