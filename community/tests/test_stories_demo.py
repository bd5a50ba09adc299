"""The demo stories that `load_demo_content` builds: a stories index in every language with two published
stories each, one accepted and one new story in the queue, in the menu, and nobody told anything."""

from io import StringIO

from django.core.management import call_command

import pytest

from community.demo.stories import STORIES, SUBMISSIONS
from community.models import StoryIndexPage, StoryPage, StoryStatus, StorySubmission
from home.demo.site import STORIES_KEY
from sidebyside.core.models import NavigationSettings
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "pl", "ar")


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


def test_every_language_has_a_stories_index_with_two_live_stories(client, demo):
    for code in LANGUAGES:
        index = StoryIndexPage.objects.get(locale__language_code=code, slug=STORIES_KEY)
        assert index.live and index.organisation is not None
        stories = index.stories()
        assert stories.count() == 2
        assert {page.slug for page in stories} == set(STORIES)
        response = client.get(index.url)
        assert response.status_code == 200
        for story in stories:
            assert story.topics.count() == 2 and story.related_opportunities.count() >= 1
            assert story.title in response.content.decode()
            assert client.get(story.url).status_code == 200
    assert STORIES_KEY in [item.page.slug for item in NavigationSettings.objects.get().menu_items.all()]


def test_one_accepted_and_one_new_story_are_in_the_queue_with_their_history(demo):
    accepted = StorySubmission.objects.get(status=StoryStatus.ACCEPTED)
    assert accepted.story_page == StoryPage.objects.get(locale__language_code="en", slug="a-carer-at-the-table")
    assert accepted.story_page.teller_name == accepted.name_to_show == "Maureen"
    waiting = StorySubmission.objects.get(status=StoryStatus.NEW)
    assert waiting.language == "pl" and waiting.story_page is None
    assert StorySubmission.objects.count() == len(SUBMISSIONS)
    for submission in (accepted, waiting):
        history = ModerationDecision.objects.filter(object_id=submission.pk, content_type__model="storysubmission")
        assert history.last().to_status == submission.status
    assert not OutboxMessage.objects.filter(template__startswith="story_").exists()


def test_loading_again_changes_no_story(demo):
    before = (StoryPage.objects.count(), StorySubmission.objects.count(), ModerationDecision.objects.count())
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    assert "nothing changed" in output.getvalue()
    assert (StoryPage.objects.count(), StorySubmission.objects.count(), ModerationDecision.objects.count()) == before
    assert not OutboxMessage.objects.filter(template__startswith="story_").exists()
