"""The event sign-ups queue: moderators approve or turn down sign-ups that need approval, and reach each
event's attendee list. Every move, from the detail page and from the bulk "Move to a status" action alike,
goes through `signups.decide` (community/signups.py), which keeps the event's places right under its lock."""

from django.core.exceptions import ValidationError
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button, ListingButton
from wagtail.models import Locale

import django_filters

from community import signups
from community.models import EventPage, SignUp, SignUpStatus
from sidebyside.core.models import Organisation
from sidebyside.moderation.views import BulkMoveAction, ModerationIndexView, ModerationInspectView, TransitionView
from sidebyside.moderation.viewsets import ModerationQueueFilterSet, ModerationViewSet

from .attendees import AddByPhoneView, AttendeesView, access_needs_text, answer_rows, question_order


def event_choices():
    """Each event once, by its title in the default language; the value is the event's translation key, so
    sign-ups made on any language version of the page match."""
    pages = EventPage.objects.filter(locale=Locale.get_default()).order_by("-start", "pk")
    return [(str(key), title) for key, title in pages.values_list("translation_key", "title")]


class SignUpFilterSet(ModerationQueueFilterSet):
    event = django_filters.ChoiceFilter(label=_("Event"), field_name="event_key", choices=event_choices)
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name")
    )

    class Meta:
        model = SignUp
        fields = []


def moved_message(name, status):
    if status == SignUpStatus.WAITLISTED:
        return _("The event is full, so %(name)s is now on the waiting list.") % {"name": name}
    return _("%(name)s moved to “%(status)s”.") % {"name": name, "status": SignUp.status_label(status)}


class SignUpTransitionView(TransitionView):
    """The detail page's buttons: approving and cancelling keep the event's places right."""

    def act(self, data):
        self.object.status = data["expected_status"]
        status = signups.decide(self.object, data["to_status"], by=self.request.user, reason=data["reason"])
        messages.success(self.request, moved_message(self.object.name, status))


class SignUpBulkMoveAction(BulkMoveAction):
    """The queue's "Move to a status" for sign-ups: each one moved through `signups.decide`."""

    models = [SignUp]

    def apply(self, items, data):
        self.refused = []
        moved = 0
        for item in items:
            try:
                signups.decide(item, data["to_status"], by=self.request.user, reason=data["reason"])
                moved += 1
            except ValidationError as error:
                self.refused.append((item, error.messages[0]))
        return moved, 0


class SignUpIndexView(ModerationIndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if instance.event_id:
            url = reverse("event_signups:attendees", args=[instance.event_id])
            buttons.insert(0, ListingButton(_("Attendees"), url=url, icon_name="group"))
        return buttons


NOT_APPROVED_HELP = _(
    "For the team only: it stays in this sign-up's history. The person is told kindly, in their language, "
    "that they do not have a place, and where to find other events, but not this reason."
)


class SignUpInspectView(ModerationInspectView):
    """The person's details as they gave them: access needs, a guardian's contact, answers to extra questions."""

    def action_forms(self, item):
        forms = super().action_forms(item)
        for form in forms["transition_forms"]:
            if form["to_status"].value() == SignUpStatus.REJECTED:
                form.fields["reason"].help_text = NOT_APPROVED_HELP
        return forms

    def get_access_needs_display_value(self):
        return access_needs_text(self.object) or _("None given")

    def get_under_16_display_value(self):
        return _("Yes") if self.object.under_16 else _("No")

    def get_answers_display_value(self):
        rows = answer_rows(self.object, question_order(self.object.event))
        if not rows:
            return _("No extra questions")
        return format_html("<dl>{}</dl>", format_html_join("", "<dt>{}</dt><dd>{}</dd>", rows))

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.event_id:
            url = reverse("event_signups:attendees", args=[self.object.event_id])
            buttons.append(Button(_("Attendees"), url=url, icon_name="group", priority=5))
        return buttons


class SignUpViewSet(ModerationViewSet):
    model = SignUp
    name = "event_signups"
    icon = "date"
    menu_label = _("Event sign-ups")
    menu_order = 260
    filterset_class = SignUpFilterSet
    index_view_class = SignUpIndexView
    inspect_view_class = SignUpInspectView
    title_field = "name"
    extra_columns = ["event_title", "organisation", Column("created_at", label=_("Signed up"))]
    list_select_related = ["organisation"]
    search_fields = ["name", "email", "phone"]
    waiting_statuses = [SignUpStatus.PENDING]
    inspect_view_fields = [
        "name",
        "preferred_contact",
        "email",
        "phone",
        "language",
        "event_title",
        "organisation",
        "access_needs",
        "access_needs_details",
        "under_16",
        "guardian_name",
        "guardian_contact",
        "answers",
        "created_at",
        "added_by",
        "checked_in_at",
    ]
    list_export = [
        "name",
        "get_preferred_contact_display",
        "email",
        "phone",
        "event_title",
        "organisation",
        "get_status_display",
        "status_changed_at",
        "created_at",
    ]
    export_headings = {
        "get_preferred_contact_display": _("How to contact them"),
        "get_status_display": _("Status"),
        "status_changed_at": _("In this status since"),
    }
    export_filename = "event-sign-ups"

    @property
    def menu_url(self):
        # The queue opens on what needs doing: sign-ups waiting for approval.
        return self.index_url(status=SignUpStatus.PENDING.value)

    def get_urlpatterns(self):
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name != "transition"]
        return [
            *patterns,
            path(f"move/<{self.pk_path_converter}:pk>/", self.action_view(SignUpTransitionView), name="transition"),
            path("event/<int:event_pk>/", self.attendees_view, name="attendees"),
            path("event/<int:event_pk>/add/", self.add_by_phone_view, name="add_by_phone"),
        ]

    @property
    def attendees_view(self):
        return AttendeesView.as_view()

    @property
    def add_by_phone_view(self):
        return AddByPhoneView.as_view()


signup_viewset = SignUpViewSet()
