"""Factories for stories: the index, published story pages and stories sent in through the form."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

import factory
import wagtail_factories
from PIL import Image

from community.models import Naming, StoryIndexPage, StoryPage, StoryStatus, StorySubmission


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Stories"
    slug = "stories"
    introduction = "People who took part tell what it was like."

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"My story {n}")
    summary = "How I got involved and what changed."
    teller_name = "Sam"

    class Meta:
        model = StoryPage


class StorySubmissionFactory(factory.django.DjangoModelFactory):
    index_page = None
    organisation = factory.LazyAttribute(lambda o: o.index_page.organisation if o.index_page else None)
    name = factory.Sequence(lambda n: f"Alex Teller{n}")
    email = factory.Sequence(lambda n: f"teller{n}@example.org")
    language = "en"
    title = factory.Sequence(lambda n: f"Finding my voice {n}")
    story = "I joined the reader panel last year. It changed how I see the hospital.\n\nNow I help others join."
    naming = Naming.FULL_NAME
    consent_to_publish = True
    consent_wording_version = "test"
    status = StoryStatus.NEW
    created_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = StorySubmission


def image_bytes(kind="JPEG", size=(8, 6)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 94, 184)).save(buffer, format=kind)
    return buffer.getvalue()


def photo_upload(name="me.jpg", kind="JPEG", content=None, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content if content is not None else image_bytes(kind), content_type=content_type)
