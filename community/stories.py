"""Stories from arrival to publication: receiving one, accepting it (which drafts a StoryPage for the comms
team), telling the person when it is published, not used or withdrawn, and what a member sees of theirs on
"My involvement", in their data download and when they delete their account.

Imported by CommunityConfig.ready(), so the hooks, signal receivers and sections below are registered once.

Deleting an account: stories not yet published go completely (the submission, its private photo, and a
draft page with its image if one was made). A published story stays published, because the person agreed
to that and it may have been shared; its submission record is anonymised (no name, email, account, text or
private photo). To take a published story down, the person contacts the team, as the form tells them.
"""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail.signals import page_published

from community.models import StoryIndexPage, StoryPage, StoryStatus, StorySubmission
from opportunities.models.interests import normalise_email
from opportunities.pipeline import staff_address
from sidebyside.accounts.dashboard import DashboardItem, register_section
from sidebyside.accounts.prefill import register_guest_records
from sidebyside.accounts.privacy import register_data_section, register_eraser
from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import TransitionError, register_transition_hook
from sidebyside.notifications import notify
from sidebyside.notifications.models import OutboxMessage

SUMMARY_MAX_LENGTH = 300
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


# --- receiving a story ---------------------------------------------------------------------------------


def receive_story(index_page, form, *, user=None, wording_version):
    """Save a valid StoryForm sent from `index_page`, with its first audit entry and both messages, in one
    transaction: if anything fails, nothing is kept."""
    member = user if user is not None and user.is_authenticated else None
    submission = StorySubmission(
        index_page=index_page,
        organisation=index_page.organisation,
        user=member,
        language=translation.get_language() or settings.LANGUAGE_CODE,
        consent_wording_version=wording_version,
        **form.submission_fields(),
    )
    if form.cleaned_data.get("photo"):
        submission.photo = form.cleaned_data["photo"]
    try:
        _save_story(submission, index_page, member)
    except BaseException:
        _delete_stored_photo(submission)  # the row is gone with the transaction: so must its file be
        raise
    return submission


def _save_story(submission, index_page, member):
    with transaction.atomic():
        submission.save()
        record_decision(submission, by=member, to_status=StoryStatus.NEW)
        notify(
            submission,
            "story_received",
            {
                "name": submission.name,
                "title": submission.title,
                "is_member": member is not None,
                "dashboard_path": _dashboard_path(submission.language),
            },
            idempotency_key=f"story-received:{submission.pk}",
            language=submission.language,
        )
        address = staff_address(index_page)
        if address:
            notify(
                address,
                "story_for_staff",
                {"title": submission.title, "admin_path": reverse("story_submissions:inspect", args=[submission.pk])},
                idempotency_key=f"story-staff:{submission.pk}",
                language=settings.LANGUAGE_CODE,
            )


def _delete_stored_photo(submission):
    photo = submission.photo
    if photo and getattr(photo, "_committed", False):
        photo.storage.delete(photo.name)


def record_decision(submission, *, by, to_status, from_status=""):
    """The first entry in the item's audit trail (services.transition writes the later ones)."""
    return ModerationDecision.objects.create(
        content_type=ContentType.objects.get_for_model(StorySubmission),
        object_id=submission.pk,
        by=by,
        from_status=from_status,
        to_status=to_status,
    )


def _dashboard_path(language):
    with translation.override(language):
        return reverse("accounts:dashboard")


# --- accepting: a draft story page for the comms team ---------------------------------------------------


def draft_story_page(submission, decision):
    """Make the draft StoryPage (not published) under the stories index in the submission's language.

    Runs once: a submission that already has its page keeps it."""
    current = StorySubmission.objects.select_for_update().get(pk=submission.pk)
    if current.story_page_id:
        submission.story_page_id = current.story_page_id
        return
    index = index_for(submission)
    if index is None:
        raise TransitionError(_("There is no stories page to add this story to. Create one first."), code="no_index")
    page = StoryPage(
        title=submission.title,
        slug=free_slug(index, submission.title),
        summary=summary_of(submission.story),
        body=[("rich_text", RichText(paragraphs_html(submission.story)))],
        teller_name=submission.name_to_show,
        date=timezone.localdate(),
        live=False,
    )
    if submission.photo:
        page.image = image_from_photo(submission)
    index.add_child(instance=page)
    page.save_revision(user=decision.by, log_action=True)
    StorySubmission.objects.filter(pk=submission.pk).update(story_page=page)
    submission.story_page = page


def index_for(submission):
    """The stories index in the submission's language: the translation of the page it was sent from, else
    any in that language, else one in the default language."""
    locale = Locale.objects.filter(language_code=submission.language).first()
    if submission.index_page_id and locale is not None:
        translated = StoryIndexPage.objects.filter(
            translation_key=submission.index_page.translation_key, locale=locale
        ).first()
        if translated is not None:
            return translated
    if locale is not None:
        found = StoryIndexPage.objects.filter(locale=locale).order_by("path").first()
        if found is not None:
            return found
    default = StoryIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
    return default or StoryIndexPage.objects.order_by("path").first()


def free_slug(parent, title):
    base = slugify(title, allow_unicode=True)[:60].strip("-") or "story"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def summary_of(text):
    """The first sentence or so of the story, cut to fit the summary."""
    first_paragraph = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first_sentence = SENTENCE_END.split(first_paragraph, maxsplit=1)[0]
    return Truncator(first_sentence).chars(SUMMARY_MAX_LENGTH)


def paragraphs_html(text):
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n|\r\n\s*\r\n|\n", text)]
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs if paragraph)


def image_from_photo(submission):
    """A Wagtail image from the private photo, with the person's description as its alt text."""
    image_model = get_image_model()
    with submission.photo.open("rb") as file:
        image = image_model(
            title=submission.title[:255],
            description=submission.photo_alt_text[:255],
            file=ImageFile(file, name=Path(submission.photo.name).name),
        )
        image._set_image_file_metadata()
        image.save()
    return image


# --- messages as the story moves on ---------------------------------------------------------------------


def tell_not_used(submission, decision):
    """A kind message in the person's language (staff's reason stays internal); the photo is deleted."""
    _delete_photo(submission)
    notify(
        submission,
        "story_not_used",
        {"name": submission.name, "title": submission.title},
        idempotency_key=f"story-not-used:{decision.pk}",
        language=submission.language,
    )


def withdraw_story(submission, decision):
    """Until the page is first published: remove the draft page and its image, delete the photo, and
    confirm to the person. A published story cannot be withdrawn here."""
    page = StoryPage.objects.filter(pk=submission.story_page_id).first() if submission.story_page_id else None
    if page is not None and page.first_published_at is not None:
        raise TransitionError(
            _("This story has already been published. Unpublish the page first."), code="already_published"
        )
    if page is not None:
        _delete_draft_page(page)
    _delete_photo(submission)
    notify(
        submission,
        "story_withdrawn",
        {"name": submission.name, "title": submission.title},
        idempotency_key=f"story-withdrawn:{decision.pk}",
        language=submission.language,
    )
    if submission.user_id is not None and decision.by_id == submission.user_id:
        _tell_staff_about_withdrawal(submission, decision, had_draft_page=page is not None)


def _tell_staff_about_withdrawal(submission, decision, *, had_draft_page):
    """When the person withdraws it themselves (staff who withdraw it for them already know): the team may be
    editing the draft page that has just gone."""
    address = staff_address(submission.index_page)
    if address:
        notify(
            address,
            "story_withdrawn_for_staff",
            {
                "title": submission.title,
                "had_draft_page": had_draft_page,
                "admin_path": reverse("story_submissions:inspect", args=[submission.pk]),
            },
            idempotency_key=f"story-withdrawn-staff:{decision.pk}",
            language=settings.LANGUAGE_CODE,
        )


def _delete_draft_page(page):
    image = page.image
    page.delete()
    if image is not None and not StoryPage.objects.filter(image=image).exists():
        image.delete()


def _delete_photo(submission):
    if not submission.photo:
        return
    name, storage = submission.photo.name, submission.photo.storage
    StorySubmission.objects.filter(pk=submission.pk).update(photo="")
    submission.photo = ""
    transaction.on_commit(lambda: storage.delete(name))


register_transition_hook(StorySubmission, StoryStatus.ACCEPTED, draft_story_page)
register_transition_hook(StorySubmission, StoryStatus.NOT_USED, tell_not_used)
register_transition_hook(StorySubmission, StoryStatus.WITHDRAWN, withdraw_story)


def tell_when_published(sender, instance, **kwargs):
    """The person is told once, in their language, when their story is first published (the idempotency key
    makes a second publish a no-op)."""
    submissions = StorySubmission.objects.filter(story_page_id=instance.pk, status=StoryStatus.ACCEPTED)
    for submission in submissions:
        with translation.override(submission.language):
            url = instance.get_full_url()
        notify(
            submission,
            "story_published",
            {"name": submission.name, "title": instance.title, "url": url},
            idempotency_key=f"story-published:{submission.pk}",
            language=submission.language,
        )


page_published.connect(tell_when_published, sender=StoryPage, dispatch_uid="community.stories.tell_when_published")


# --- accounts: guest records, "My involvement", data download and erasure ---------------------------


@register_guest_records
def link_guest_stories(user, email):
    StorySubmission.objects.filter(user=None, email_normalised=normalise_email(email)).exclude(
        email_normalised=""
    ).update(user=user)


def status_text(submission):
    if submission.status == StoryStatus.ACCEPTED:
        if submission.story_page is not None and submission.story_page.live:
            return _("Published")
        return _("Accepted: being prepared for publication")
    return submission.get_status_display()


def dashboard_items(user):
    mine = StorySubmission.objects.filter(user=user).select_related("story_page").order_by("-created_at", "-pk")
    return [
        DashboardItem(
            title=submission.title,
            url=submission.story_page.get_url()
            if submission.story_page is not None and submission.story_page.live
            else "",
            status=status_text(submission),
            date=submission.created_at,
            action_url=reverse("community:withdraw_story", args=[submission.pk]) if submission.can_withdraw else "",
            action_label=_("Withdraw"),
        )
        for submission in mine
    ]


register_section(
    "stories", _("My stories"), dashboard_items, order=40, empty_text=_("You have not shared a story yet.")
)


def data_rows(user):
    return [
        {
            _("Title"): submission.title,
            _("Status"): submission.get_status_display(),
            _("Sent"): submission.created_at,
            _("Name"): submission.name,
            _("Email address"): submission.email,
            _("Your story"): submission.story,
            _("Photo sent"): bool(submission.photo),
            _("What the photo shows"): submission.photo_alt_text,
            _("How to name you"): submission.get_naming_display(),
            _("Agreed to publish"): submission.consent_to_publish,
        }
        for submission in StorySubmission.objects.filter(user=user)
    ]


register_data_section("stories", _("Stories"), data_rows)


@register_eraser
def erase_stories(user):
    """Delete the member's unpublished stories (and drafts made from them); anonymise the published ones."""
    mine = Q(user=user)
    if normalise_email(user.email):
        mine |= Q(user=None, email_normalised=normalise_email(user.email))
    for submission in StorySubmission.objects.filter(mine).select_related("story_page"):
        page = submission.story_page
        published = page is not None and page.first_published_at is not None
        _delete_photo(submission)
        _forget_messages(submission)
        if published:
            StorySubmission.objects.filter(pk=submission.pk).update(
                user=None, name="", email="", email_normalised="", story="", photo_alt_text=""
            )
            continue
        if page is not None:
            _delete_draft_page(page)
        submission.delete()


def _forget_messages(submission):
    """Messages about the story keep their rows for the record, without the person's details."""
    keys = [f"story-received:{submission.pk}", f"story-published:{submission.pk}"]
    OutboxMessage.objects.filter(idempotency_key__in=keys).exclude(status=OutboxMessage.Status.SENDING).update(
        context={}
    )
