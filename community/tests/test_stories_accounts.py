"""A member's stories: "My stories" on My involvement, withdrawing before publication, the data download
and what deleting the account does to stories published and not."""

from django.urls import reverse

from wagtail.images import get_image_model

import pytest

from community.models import StoryPage, StoryStatus, StorySubmission
from sidebyside.accounts import privacy
from sidebyside.accounts.dashboard import sections_for
from sidebyside.accounts.prefill import _guest_record_linkers
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import site_settings
from sidebyside.moderation import services
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context

from .story_factories import StoryIndexPageFactory, StorySubmissionFactory, photo_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return StoryIndexPageFactory(parent=home_page)


@pytest.fixture
def member():
    return MemberFactory(email="kim@example.org")


@pytest.fixture
def staff():
    return MemberFactory(is_superuser=True)


def my_stories(user):
    return next(items for section, items in sections_for(user) if section.key == "stories")


def test_my_stories_shows_each_story_with_its_status_a_link_once_published_and_withdraw(client, index, member, staff):
    waiting = StorySubmissionFactory(index_page=index, user=member, title="Still waiting")
    published = StorySubmissionFactory(index_page=index, user=member, title="Out there")
    services.transition(published, StoryStatus.ACCEPTED, by=staff)
    published.refresh_from_db()
    published.story_page.save_revision().publish()
    StorySubmissionFactory(index_page=index, title="Someone else's")

    items = {item.title: item for item in my_stories(member)}
    assert set(items) == {"Still waiting", "Out there"}
    assert items["Still waiting"].status == "New" and items["Still waiting"].url == ""
    assert items["Still waiting"].action_url == reverse("community:withdraw_story", args=[waiting.pk])
    assert str(items["Out there"].status) == "Published"
    assert items["Out there"].url == StoryPage.objects.get().url and items["Out there"].action_url == ""

    client.force_login(member)
    html = client.get(reverse("accounts:dashboard")).content.decode()
    assert "My stories" in html and "Still waiting" in html and "Out there" in html


def test_a_member_withdraws_a_waiting_story(client, index, member):
    submission = StorySubmissionFactory(index_page=index, user=member, email=member.email)
    submission.photo = photo_upload()
    submission.save()
    client.force_login(member)
    url = reverse("community:withdraw_story", args=[submission.pk])
    assert "Withdraw my story" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:dashboard")
    submission.refresh_from_db()
    assert submission.status == StoryStatus.WITHDRAWN and not submission.photo
    assert OutboxMessage.objects.filter(template="story_withdrawn", recipient=member.email).count() == 1
    # Again: nothing more happens.
    again = client.post(url)
    assert again.status_code == 200 and "You cannot withdraw this story here" in again.content.decode()


def test_the_team_hears_when_a_member_withdraws_an_accepted_story_but_not_when_staff_withdraw_one(
    client, index, member, staff
):
    site_settings(contact_email="stories@example.org")
    accepted = StorySubmissionFactory(index_page=index, user=member, title="My first meeting")
    services.transition(accepted, StoryStatus.ACCEPTED, by=staff)
    client.force_login(member)

    client.post(reverse("community:withdraw_story", args=[accepted.pk]))

    [told] = OutboxMessage.objects.filter(template="story_withdrawn_for_staff")
    assert told.recipient == "stories@example.org" and told.context["had_draft_page"] is True
    subject, text, _html = render_message(told, site_context())
    assert subject == "Story withdrawn: My first meeting"
    assert "The draft story page made from it has been deleted" in text
    assert told.context["admin_path"] in text

    for_them = StorySubmissionFactory(index_page=index, user=member, title="Changed my mind")
    services.transition(for_them, StoryStatus.WITHDRAWN, by=staff)
    assert OutboxMessage.objects.filter(template="story_withdrawn_for_staff").count() == 1


def test_a_published_story_cannot_be_withdrawn_from_my_involvement(client, index, member, staff):
    submission = StorySubmissionFactory(index_page=index, user=member)
    services.transition(submission, StoryStatus.ACCEPTED, by=staff)
    StoryPage.objects.get().save_revision().publish()
    client.force_login(member)
    response = client.post(reverse("community:withdraw_story", args=[submission.pk]))
    assert response.status_code == 200 and "already been published" in response.content.decode()
    assert StorySubmission.objects.get().status == StoryStatus.ACCEPTED and StoryPage.objects.get().live


def test_only_the_member_can_withdraw_their_story(client, index, member):
    submission = StorySubmissionFactory(index_page=index, user=member)
    assert client.post(reverse("community:withdraw_story", args=[submission.pk])).status_code == 302  # to log in
    client.force_login(MemberFactory())
    assert client.post(reverse("community:withdraw_story", args=[submission.pk])).status_code == 404
    assert StorySubmission.objects.get().status == StoryStatus.NEW


def test_the_data_download_has_the_members_stories(index, member):
    StorySubmissionFactory(index_page=index, user=member, title="My own words", story="All of it.")
    section = next(section for section in privacy.collect_data(member) if section["key"] == "stories")
    assert section["rows"][0]["Title"] == "My own words" and section["rows"][0]["Your story"] == "All of it."


def test_a_guests_stories_join_their_account_when_they_verify_the_email(index, member):
    submission = StorySubmissionFactory(index_page=index, email="KIM@example.org")
    for linker in _guest_record_linkers:
        linker(member, "kim@example.org")
    submission.refresh_from_db()
    assert submission.user == member


def test_deleting_the_account_removes_unpublished_stories_and_anonymises_published_ones(
    index, member, staff, django_capture_on_commit_callbacks
):
    waiting = StorySubmissionFactory(index_page=index, user=member, title="Waiting")
    waiting.photo = photo_upload()
    waiting.save()
    waiting_photo = waiting.photo.name
    draft = StorySubmissionFactory(index_page=index, user=member, title="Drafted", photo=photo_upload())
    draft.photo_alt_text = "Me"
    draft.save()
    services.transition(draft, StoryStatus.ACCEPTED, by=staff)
    published = StorySubmissionFactory(index_page=index, email=member.email, title="Published")
    services.transition(published, StoryStatus.ACCEPTED, by=staff)
    published.refresh_from_db()
    published.story_page.save_revision().publish()
    storage = waiting.photo.storage

    with django_capture_on_commit_callbacks(execute=True):
        privacy.delete_account(member)

    assert list(StorySubmission.objects.values_list("title", flat=True)) == ["Published"]
    kept = StorySubmission.objects.get()
    assert (kept.user, kept.name, kept.email, kept.story) == (None, "", "", "")
    assert StoryPage.objects.get().live and StoryPage.objects.get().title == "Published"
    assert get_image_model().objects.count() == 0  # the drafted story's image went with its page
    assert not storage.exists(waiting_photo)
