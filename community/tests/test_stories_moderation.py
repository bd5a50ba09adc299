"""The stories queue: accepting drafts one story page (never published), publishing tells the person once,
"not used" and withdrawing tell them kindly, and only the right staff can reach a story or its photo."""

from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Locale

import pytest

from community.models import Naming, StoryPage, StoryStatus
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.accounts import login_with_mfa

from .story_factories import StoryIndexPageFactory, StorySubmissionFactory, image_bytes, photo_upload

pytestmark = pytest.mark.django_db


def staff_of(organisation, groups=("Moderators",)):
    user = MemberFactory(groups=list(groups), first_name="Sam", last_name="Moderator")
    organisation.staff.add(user)
    return user


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def south():
    return OrganisationFactory(name="South Hospital")


@pytest.fixture
def index(home_page, north):
    return StoryIndexPageFactory(parent=home_page, organisation=north)


@pytest.fixture
def moderator(north):
    return staff_of(north)


@pytest.fixture
def submission(index):
    return StorySubmissionFactory(
        index_page=index,
        name="Maria Lopez Garcia",
        title="Back on my feet",
        story="I was nervous at my first meeting! Then it got easier.\n\nNow I help run the group.",
        naming=Naming.FIRST_NAME,
    )


def with_photo(submission):
    submission.photo = photo_upload()
    submission.photo_alt_text = "Maria smiling at the hospital entrance"
    submission.save()
    return submission


def test_accepting_drafts_one_story_page_with_the_story_in_it(index, submission, moderator):
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)

    page = StoryPage.objects.get()
    assert page.get_parent().pk == index.pk and page.locale == index.locale
    assert not page.live and page.first_published_at is None
    assert page.has_unpublished_changes and page.latest_revision is not None
    assert page.title == "Back on my feet" and page.slug == "back-on-my-feet"
    assert page.summary == "I was nervous at my first meeting!"
    assert page.teller_name == "Maria" and page.display_name == "Maria"
    body = str(page.body)
    assert "<p>I was nervous at my first meeting! Then it got easier.</p>" in body
    assert "<p>Now I help run the group.</p>" in body
    submission.refresh_from_db()
    assert submission.story_page == page and submission.status == StoryStatus.ACCEPTED
    # The person hears only when the page is published.
    assert not OutboxMessage.objects.filter(template="story_published").exists()


@pytest.mark.parametrize(
    ("naming", "shown"), [(Naming.FULL_NAME, "Maria Lopez Garcia"), (Naming.ANONYMOUS, "Anonymous")]
)
def test_the_page_names_the_person_as_they_chose(submission, moderator, naming, shown):
    submission.naming = naming
    submission.save()
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    assert str(StoryPage.objects.get().display_name) == shown


def test_accepting_makes_a_wagtail_image_from_the_photo_with_its_alt_text(submission, moderator):
    with_photo(submission)
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    image = StoryPage.objects.get().image
    assert image is not None and image == get_image_model().objects.get()
    assert image.description == "Maria smiling at the hospital entrance"
    assert image.default_alt_text == "Maria smiling at the hospital entrance"
    assert image.title == "Back on my feet" and (image.width, image.height) == (8, 6)


def test_accepting_twice_makes_no_second_page(submission, moderator):
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    with pytest.raises(services.TransitionError):
        services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    # Even a hook run a second time (a bulk action retried) keeps the one page.
    from community.stories import draft_story_page

    draft_story_page(submission, ModerationDecision.objects.last())
    assert StoryPage.objects.count() == 1


def test_a_story_sent_in_polish_is_drafted_under_the_polish_index(index, submission, moderator):
    polish = index.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    submission.language = "pl"
    submission.save()
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    assert StoryPage.objects.get().get_parent().pk == polish.pk


def test_a_language_without_an_index_falls_back_to_the_default_language(index, submission, moderator):
    submission.language = "ar"
    submission.save()
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    assert StoryPage.objects.get().get_parent().pk == index.pk


def test_publishing_tells_the_person_once_in_their_language(submission, moderator):
    submission.language = "pl"
    submission.save()
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    page = StoryPage.objects.get()
    page.save_revision(user=moderator).publish()
    message = OutboxMessage.objects.get(template="story_published")
    assert message.recipient == submission.email and message.language == "pl"
    assert message.context["url"].endswith("/stories/back-on-my-feet/")
    assert message.context["title"] == "Back on my feet"

    page.title = "Back on my feet again"
    page.save_revision(user=moderator).publish()
    assert OutboxMessage.objects.filter(template="story_published").count() == 1


def test_not_used_tells_the_person_kindly_without_the_reason_and_deletes_the_photo(
    submission, moderator, django_capture_on_commit_callbacks
):
    with_photo(submission)
    photo_name, storage = submission.photo.name, submission.photo.storage
    assert storage.exists(photo_name)
    with pytest.raises(services.TransitionError):
        services.transition(submission, StoryStatus.NOT_USED, by=moderator)  # a reason is required
    with django_capture_on_commit_callbacks(execute=True):
        services.transition(submission, StoryStatus.NOT_USED, by=moderator, reason="Names a member of staff")
    message = OutboxMessage.objects.get(template="story_not_used")
    assert message.recipient == submission.email
    assert "Names a member of staff" not in str(message.context)
    assert not StoryPage.objects.exists()
    submission.refresh_from_db()
    assert not submission.photo
    assert not storage.exists(photo_name)


def test_withdrawing_an_accepted_draft_removes_the_page_and_image(submission, moderator):
    with_photo(submission)
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    services.transition(submission, StoryStatus.WITHDRAWN, by=submission.user)
    assert not StoryPage.objects.exists() and not get_image_model().objects.exists()
    assert OutboxMessage.objects.filter(template="story_withdrawn", recipient=submission.email).count() == 1


def test_a_published_story_cannot_be_withdrawn_by_a_transition(submission, moderator):
    services.transition(submission, StoryStatus.ACCEPTED, by=moderator)
    StoryPage.objects.get().save_revision().publish()
    submission.refresh_from_db()
    assert not submission.can_withdraw
    # A TransitionError, so the queue's bulk "Move to a status" reports it rather than failing.
    with pytest.raises(services.TransitionError, match="already been published"):
        services.transition(submission, StoryStatus.WITHDRAWN, by=moderator)
    submission.refresh_from_db()
    assert submission.status == StoryStatus.ACCEPTED and StoryPage.objects.get().live


# --- the admin queue ---------------------------------------------------------------------------------


def test_anonymous_people_and_members_cannot_reach_the_queue(client, submission):
    index_url = reverse("story_submissions:index")
    inspect_url = reverse("story_submissions:inspect", args=[submission.pk])
    for url in (index_url, inspect_url):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"]
    member = MemberFactory()
    client.force_login(member)
    for url in (index_url, inspect_url, reverse("story_submissions:photo", args=[submission.pk])):
        assert client.get(url).status_code in (302, 403)


def test_a_moderator_sees_their_organisations_stories_with_the_photo(client, index, submission, moderator, south):
    with_photo(submission)
    other = StorySubmissionFactory(index_page=None, organisation=south, title="Someone else's story")
    login_with_mfa(client, moderator)

    listing = client.get(reverse("story_submissions:index")).content.decode()
    assert "Back on my feet" in listing and "Someone else&#x27;s story" not in listing

    detail = client.get(reverse("story_submissions:inspect", args=[submission.pk]))
    html = detail.content.decode()
    assert detail.status_code == 200
    assert "I was nervous at my first meeting!" in html
    photo_url = reverse("story_submissions:photo", args=[submission.pk])
    assert f'src="{photo_url}"' in html and 'alt="Maria smiling at the hospital entrance"' in html
    photo = client.get(photo_url)
    assert photo.status_code == 200 and photo["Content-Type"] == "image/jpeg"
    assert b"".join(photo.streaming_content) == image_bytes()

    assert client.get(reverse("story_submissions:inspect", args=[other.pk])).status_code == 404
    assert client.get(reverse("story_submissions:photo", args=[other.pk])).status_code == 404


def test_accepting_from_the_detail_page_drafts_the_page_and_links_to_it(client, submission, moderator):
    login_with_mfa(client, moderator)
    response = client.post(
        reverse("story_submissions:transition", args=[submission.pk]),
        {"to_status": StoryStatus.ACCEPTED, "expected_status": StoryStatus.NEW, "reason": ""},
        follow=True,
    )
    assert response.status_code == 200
    page = StoryPage.objects.get()
    assert not page.live
    submission.refresh_from_db()
    assert submission.status == StoryStatus.ACCEPTED and submission.story_page == page
    detail = client.get(reverse("story_submissions:inspect", args=[submission.pk])).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in detail
    # The comms team edits the draft in Wagtail's own page editor.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert editor.status_code == 200 and "Back on my feet" in editor.content.decode()


def test_editors_cannot_reach_the_queue_but_moderators_and_trust_administrators_can(client, north, submission):
    editor = staff_of(north, groups=("Editors",))
    login_with_mfa(client, editor)
    assert client.get(reverse("story_submissions:inspect", args=[submission.pk])).status_code in (302, 403)
    assert client.get(reverse("story_submissions:photo", args=[submission.pk])).status_code in (302, 403)
    for group in ("Moderators", "Trust administrators"):
        user = MemberFactory(groups=[group])
        assert user.has_perm("community.view_storysubmission") and user.has_perm("community.change_storysubmission")
    assert not editor.has_perm("community.view_storysubmission")


def test_accepting_without_any_stories_index_is_refused_and_changes_nothing(home_page, moderator, north):
    orphan = StorySubmissionFactory(index_page=None, organisation=north)
    with pytest.raises(services.TransitionError, match="no stories page"):
        services.transition(orphan, StoryStatus.ACCEPTED, by=moderator)
    orphan.refresh_from_db()
    assert orphan.status == StoryStatus.NEW and not StoryPage.objects.exists()
