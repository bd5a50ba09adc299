"""The stories queue: moderators read each story sent in, accept it (which drafts a story page for the comms
team), or decide not to use it. The photo is shown to staff through a view that checks who is asking."""

import mimetypes

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder

import django_filters

from community.models import StoryStatus, StorySubmission
from sidebyside.core.models import Organisation
from sidebyside.moderation import services
from sidebyside.moderation.views import ModerationInspectView
from sidebyside.moderation.viewsets import ModerationQueueFilterSet, ModerationViewSet

NOT_USED_HELP = _(
    "For the team only: it stays in this story's history. The person is told kindly, in their language, that "
    "we will not publish their story this time, but not this reason."
)


class StoryFilterSet(ModerationQueueFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name")
    )
    language = django_filters.CharFilter(label=_("Language"))

    class Meta:
        model = StorySubmission
        fields = []


class StoryInspectView(ModerationInspectView):
    """The story as it was sent, the photo (through the staff-only view) and the page made from it."""

    def action_forms(self, item):
        forms = super().action_forms(item)
        for form in forms["transition_forms"]:
            if form["to_status"].value() == StoryStatus.NOT_USED:
                form.fields["reason"].help_text = NOT_USED_HELP
        return forms

    def get_story_display_value(self):
        return format_html('<div style="white-space: pre-line">{}</div>', self.object.story)

    def get_photo_display_value(self):
        if not self.object.photo:
            return _("No photo")
        url = reverse("story_submissions:photo", args=[self.object.pk])
        return format_html(
            '<img src="{}" alt="{}" style="max-width: 30rem; max-height: 30rem">',
            url,
            self.object.photo_alt_text,
        )

    def get_naming_display_value(self):
        shown = self.object.name_to_show or _("Anonymous")
        return format_html("{} ({})", self.object.get_naming_display(), shown)

    def get_story_page_display_value(self):
        page = self.object.story_page
        if page is None:
            return _("Not made yet: accepting the story makes a draft page.")
        url = AdminURLFinder(self.request.user).get_edit_url(page)
        state = _("published") if page.live else _("draft")
        if not url:
            return format_html("{} ({})", page.title, state)
        return format_html('<a href="{}">{}</a> ({})', url, page.title, state)


def photo_view(request, pk):
    """The private photo, to staff who may see the submission (another organisation's is a 404)."""
    if not (
        request.user.has_perm("community.view_storysubmission")
        or request.user.has_perm("community.change_storysubmission")
    ):
        raise PermissionDenied
    visible = services.visible_to(request.user, StorySubmission.objects.all())
    submission = get_object_or_404(visible, pk=pk)
    if not submission.photo:
        raise Http404
    try:
        file = submission.photo.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    content_type = mimetypes.guess_type(submission.photo.name)[0] or "application/octet-stream"
    response = FileResponse(file, content_type=content_type)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class StoryViewSet(ModerationViewSet):
    model = StorySubmission
    name = "story_submissions"
    icon = "doc-full"
    menu_label = _("Stories sent in")
    menu_order = 270
    filterset_class = StoryFilterSet
    inspect_view_class = StoryInspectView
    title_field = "title"
    extra_columns = ["name", "language", "organisation"]
    list_select_related = ["organisation", "assignee"]
    search_fields = ["title", "name", "email"]
    waiting_statuses = [StoryStatus.NEW]
    inspect_view_fields = [
        "title",
        "name",
        "email",
        "language",
        "story",
        "photo",
        "photo_alt_text",
        "naming",
        "consent_to_publish",
        "organisation",
        "story_page",
        "created_at",
    ]
    list_export = ["title", "name", "email", "language", "organisation", "get_status_display", "created_at"]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "stories"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"photo/<{self.pk_path_converter}:pk>/", photo_view, name="photo"),
        ]


story_viewset = StoryViewSet()
