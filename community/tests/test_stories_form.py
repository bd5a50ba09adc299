"""The share-your-story form: what a guest and a member send, every way it can be wrong, the photo rules,
honeypot and rate limit, and that no input ever fails with a server error or saves half a story."""

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from community.forms.stories import PHOTO_MAX_BYTES, StoryForm
from community.models import Naming, StoryStatus, StorySubmission
from sidebyside.accounts.tests.factories import MemberFactory, ProfileFactory
from sidebyside.core.tests.factories import ContactPersonFactory, OrganisationFactory
from sidebyside.moderation.models import ModerationDecision
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

from .story_factories import StoryIndexPageFactory, image_bytes, photo_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Riverside Trust")


@pytest.fixture
def index(home_page, organisation):
    contact = ContactPersonFactory(name="Priya Comms", email="priya@example.org", organisation=organisation)
    return StoryIndexPageFactory(parent=home_page, organisation=organisation, contact=contact)


def share_url(index):
    return index.url + "share/"


def valid_data(**changes):
    data = {
        "name": "Jo Bloggs",
        "email": "Jo@Example.org",
        "title": "How I found my voice",
        "story": "I joined the youth forum in spring. Everyone listened.\n\nNow I chair the meetings.",
        "naming": Naming.FIRST_NAME,
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_the_index_links_to_the_form_and_the_form_has_every_question(client, index):
    page = client.get(index.url).content.decode()
    assert f'href="{share_url(index)}"' in page
    response = client.get(share_url(index))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    for name in ("name", "email", "title", "story", "photo", "photo_alt_text", "naming", "consent", "sbs_trap"):
        assert f'name="{name}"' in html


def test_a_guest_shares_a_story_and_is_thanked(client, index, organisation):
    response = client.post(share_url(index), valid_data())
    assert response.status_code == 302
    assert response["Location"].endswith("share/thank-you/")

    submission = StorySubmission.objects.get()
    assert submission.status == StoryStatus.NEW
    assert submission.name == "Jo Bloggs" and submission.email_normalised == "jo@example.org"
    assert submission.organisation == organisation and submission.index_page_id == index.pk
    assert submission.language == "en" and submission.consent_to_publish
    assert submission.naming == Naming.FIRST_NAME and submission.user is None
    assert submission.consent_wording_version.startswith("story-")
    assert ModerationDecision.objects.filter(object_id=submission.pk, to_status="new").count() == 1

    confirmation = OutboxMessage.objects.get(template="story_received")
    assert confirmation.recipient == "Jo@Example.org" and confirmation.language == "en"
    staff = OutboxMessage.objects.get(template="story_for_staff")
    assert staff.recipient == "priya@example.org"
    assert f"/admin/story_submissions/inspect/{submission.pk}/" == staff.context["admin_path"]

    thank_you = client.get(response["Location"])
    assert thank_you.status_code == 200
    assert "What happens next" in thank_you.content.decode()
    assert "How I found my voice" in thank_you.content.decode()


def test_the_thank_you_page_needs_a_story_from_this_browser(client, index):
    response = client.get(share_url(index) + "thank-you/")
    assert response.status_code == 302 and response["Location"] == index.url


def test_a_story_sent_in_polish_is_answered_in_polish(client, index):
    from wagtail.models import Locale

    polish_index = index.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish_index.save_revision().publish()
    response = client.post(share_url(polish_index), valid_data())
    assert response.status_code == 302
    assert StorySubmission.objects.get().language == "pl"
    assert OutboxMessage.objects.get(template="story_received").language == "pl"


def test_a_photo_is_not_left_behind_when_saving_the_story_fails(client, index, monkeypatch):
    from community import stories
    from community.models.stories import private_storage

    def fail(*args, **kwargs):
        raise RuntimeError("the audit trail could not be written")

    monkeypatch.setattr(stories, "record_decision", fail)
    photos = private_storage()
    before = set(photos.listdir("story-photos")[1]) if photos.exists("story-photos") else set()

    with pytest.raises(RuntimeError):
        client.post(share_url(index), {**valid_data(photo_alt_text="Me at the forum"), "photo": photo_upload()})

    assert not StorySubmission.objects.exists()
    after = set(photos.listdir("story-photos")[1]) if photos.exists("story-photos") else set()
    assert after == before


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name."),
        ({"name": "\x00\x01"}, "name", "Enter your name."),
        ({"email": ""}, "email", "Enter your email address."),
        ({"email": "not an email"}, "email", "Enter an email address like name@example.com."),
        ({"title": " "}, "title", "Enter a title for your story."),
        ({"story": ""}, "story", "Enter your story."),
        ({"story": "x" * 5001}, "story", "5000"),
        ({"naming": None}, "naming", "Choose how we should name you."),
        ({"naming": "nickname"}, "naming", "Select a valid choice"),
        ({"consent": None}, "consent", "Tick the box to agree that we can publish your story."),
    ],
)
def test_each_mistake_gets_its_own_message_and_nothing_is_saved(client, index, changes, field, message):
    response = client.post(share_url(index), valid_data(**changes))
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and "nhsuk-error-summary" in html
    assert message in html
    assert f'href="#id_{field}' in html
    assert not StorySubmission.objects.exists() and not OutboxMessage.objects.exists()


def test_a_photo_with_its_description_is_kept_privately(client, index, settings):
    response = client.post(share_url(index), {**valid_data(photo_alt_text="Me at the forum"), "photo": photo_upload()})
    assert response.status_code == 302
    submission = StorySubmission.objects.get()
    assert submission.photo_alt_text == "Me at the forum"
    assert submission.photo.name.startswith("story-photos/") and submission.photo.name.endswith(".jpg")
    assert "me" not in submission.photo.name.removeprefix("story-photos/").removesuffix(".jpg")
    # Stored outside the public media folder, with no public address.
    assert not str(submission.photo.path).startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        submission.photo.url  # noqa: B018
    with submission.photo.open("rb") as file:
        assert file.read() == image_bytes()


@pytest.mark.parametrize(
    ("kind", "name", "content_type"), [("PNG", "Me.PNG", "image/png"), ("WEBP", "me.webp", "image/webp")]
)
def test_png_and_webp_photos_are_accepted(client, index, kind, name, content_type):
    upload = photo_upload(name=name, kind=kind, content_type=content_type)
    response = client.post(share_url(index), {**valid_data(photo_alt_text="A sunny day"), "photo": upload})
    assert response.status_code == 302
    assert StorySubmission.objects.get().photo.name.endswith(name[2:].lower())


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("me.jpg", b"%PDF-1.4 not really a photo", content_type="image/jpeg"),
        SimpleUploadedFile("me.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", content_type="image/gif"),
        SimpleUploadedFile("me.exe", image_bytes(), content_type="image/jpeg"),
        SimpleUploadedFile("me.png", image_bytes("JPEG"), content_type="image/png"),
        SimpleUploadedFile("me.jpg", b"", content_type="image/jpeg"),
    ],
    ids=["not-an-image", "gif", "wrong-ending", "jpeg-called-png", "empty"],
)
def test_a_file_that_is_not_a_jpeg_png_or_webp_is_refused(client, index, upload):
    response = client.post(share_url(index), {**valid_data(photo_alt_text="Me"), "photo": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert "The photo must be a JPEG, PNG or WebP file." in html or "The submitted file is empty." in html
    assert not StorySubmission.objects.exists()


def test_a_photo_over_5_mb_is_refused(client, index):
    big = image_bytes() + b"\x00" * (PHOTO_MAX_BYTES + 1)
    response = client.post(share_url(index), {**valid_data(photo_alt_text="Me"), "photo": photo_upload(content=big)})
    assert response.status_code == 200
    assert "The photo must be smaller than 5 MB." in response.content.decode()
    assert not StorySubmission.objects.exists()


def test_a_photo_needs_a_description(client, index):
    response = client.post(share_url(index), {**valid_data(photo_alt_text=" "), "photo": photo_upload()})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Describe what the photo shows." in html and 'href="#id_photo_alt_text"' in html
    assert not StorySubmission.objects.exists()


def test_a_description_without_a_photo_is_dropped(client, index):
    client.post(share_url(index), valid_data(photo_alt_text="Nothing to see"))
    assert StorySubmission.objects.get().photo_alt_text == ""


def test_the_honeypot_refuses_bots_quietly(client, index):
    response = client.post(share_url(index), valid_data(sbs_trap="http://spam.example"))
    assert response.status_code == 200
    assert "We could not accept this form" in response.content.decode()
    assert not StorySubmission.objects.exists()


def test_too_many_stories_from_one_address_are_refused(client, index, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"story": {"ip": (100, 3600), "email": (2, 3600)}}
    for number in range(2):
        assert client.post(share_url(index), valid_data(title=f"Story {number}")).status_code == 302
    assert client.post(share_url(index), valid_data(title="One too many")).status_code == 429
    assert StorySubmission.objects.count() == 2


def test_too_many_posts_from_one_ip_are_refused(client, index, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"story": {"ip": (1, 3600)}}
    assert client.post(share_url(index), valid_data(name="")).status_code == 200
    assert client.post(share_url(index), valid_data()).status_code == 429
    assert not StorySubmission.objects.exists()


def test_a_member_finds_their_details_filled_in_and_the_story_is_theirs(client, index):
    member = MemberFactory(email="kim@example.org")
    ProfileFactory(user=member, preferred_name="Kim Member")
    client.force_login(member)
    html = client.get(share_url(index)).content.decode()
    assert 'value="Kim Member"' in html and 'value="kim@example.org"' in html
    assert client.post(share_url(index), valid_data(name="Kim Member", email="kim@example.org")).status_code == 302
    submission = StorySubmission.objects.get()
    assert submission.user == member
    assert OutboxMessage.objects.get(template="story_received").context["is_member"] is True


@VIEW_FUZZ_SETTINGS
@given(data=st.data())
def test_the_form_class_never_fails(data):
    assert_form_handles(StoryForm, data.draw(form_data(StoryForm)))


@VIEW_FUZZ_SETTINGS
@given(data=st.data())
def test_the_share_page_never_fails_and_never_half_saves(client, index, data):
    cache.clear()
    post = data.draw(form_data(StoryForm))
    response = assert_view_handles_post(client, share_url(index), post, StorySubmission.objects.count)
    stories = StorySubmission.objects.count()
    assert ModerationDecision.objects.count() == stories
    assert OutboxMessage.objects.filter(template="story_received").count() == stories
    if response.status_code == 302:
        assert response["Location"].endswith("share/thank-you/")
