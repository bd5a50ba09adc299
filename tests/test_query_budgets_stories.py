"""Query budgets for stories: the stories index and a story page cost the same number of queries however
many stories, topics and related opportunities there are (see tests/test_query_budgets.py)."""

import pytest

from community.models import StoryRelatedOpportunity
from community.tests.story_factories import StoryIndexPageFactory, StoryPageFactory
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from sidebyside.core.models import Topic
from sidebyside.testing.queries import assert_query_budget

from .test_query_budgets import furnished_site  # noqa: F401  (a fixture)

STORY_INDEX_BUDGET = 16
STORY_PAGE_BUDGET = 17


@pytest.fixture
def index(home_page, furnished_site):  # noqa: F811
    return StoryIndexPageFactory(parent=home_page)


def stories_until(index):
    """grow(total): add stories with one to three topics each until the index holds `total`."""
    topics = list(Topic.objects.all())

    def grow(total):
        count = index.get_children().count()
        while count < total:
            story = StoryPageFactory(parent=index, title=f"Story {count}")
            story.topics.set(topics[: 1 + count % 3])
            count += 1

    return grow


@pytest.mark.django_db
def test_the_stories_index_costs_the_same_with_2_or_30_stories(client, index):
    grow = stories_until(index)
    grow(2)
    queries = assert_query_budget(lambda: client.get(index.url), STORY_INDEX_BUDGET, grow=grow, grow_steps=(30,))
    assert queries <= STORY_INDEX_BUDGET


@pytest.mark.django_db
def test_the_filtered_second_page_of_stories_stays_within_budget(client, index):
    grow = stories_until(index)
    grow(2)
    topic = Topic.objects.first().slug
    queries = assert_query_budget(
        lambda: client.get(index.url, {"topic": topic, "page": "2"}), STORY_INDEX_BUDGET, grow=grow, grow_steps=(30,)
    )
    assert queries <= STORY_INDEX_BUDGET


@pytest.mark.django_db
def test_a_story_page_costs_the_same_with_many_topics_and_related_opportunities(client, home_page, index):
    opportunities = OpportunityIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=index, title="A story")
    topics = list(Topic.objects.all())

    def grow(total):
        story.topics.set(topics[: min(total, len(topics))])
        rows = list(story.related_opportunities.all())
        while len(rows) < total:
            page = OpportunityPageFactory(parent=opportunities, title=f"Role {len(rows)}")
            rows.append(StoryRelatedOpportunity(opportunity=page, sort_order=len(rows)))
        story.related_opportunities = rows
        story.save_revision().publish()

    grow(1)
    queries = assert_query_budget(lambda: client.get(story.url), STORY_PAGE_BUDGET, grow=grow, grow_steps=(3, 12))
    assert queries <= STORY_PAGE_BUDGET
