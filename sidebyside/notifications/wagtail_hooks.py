"""The outbox in the Wagtail admin, for trust administrators, and the dashboard warning about failures."""

from datetime import timedelta

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

import django_filters

from .models import OutboxMessage
from .permissions import outbox_permission_policy
from .views import OutboxIndexView, OutboxInspectView, ResendView

# Registered before anything asks for the model's policy, so Wagtail never builds its default one.
register_permission_policy(OutboxMessage, outbox_permission_policy)

FAILURE_WINDOW = timedelta(days=7)


class OutboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=OutboxMessage.Status.choices)
    created_at = django_filters.DateFromToRangeFilter(label=_("Created"), widget=DateRangePickerWidget)

    class Meta:
        model = OutboxMessage
        fields = ["status", "created_at"]


class OutboxViewSet(ModelViewSet):
    model = OutboxMessage
    name = "outbox"
    icon = "mail"
    menu_label = _("Email outbox")
    menu_order = 900
    add_to_admin_menu = True
    index_view_class = OutboxIndexView
    inspect_view_class = OutboxInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Nobody may add or edit rows (see permissions.py); Wagtail still wants to know the form's fields.
    form_fields = []
    list_display = [
        "template",
        "recipient",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "attempts",
        DateColumn("created_at", label=_("Created")),
        DateColumn("sent_at", label=_("Sent")),
        "last_error",
    ]
    filterset_class = OutboxFilterSet
    search_fields = ["recipient", "template", "idempotency_key"]
    search_backend_name = None
    inspect_view_fields = [
        "template",
        "recipient",
        "preferred_contact",
        "language",
        "status",
        "attempts",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "last_error",
        "idempotency_key",
    ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(resend_url_name=self.get_url_name("resend"), **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(resend_url_name=self.get_url_name("resend"), **kwargs)

    @property
    def resend_view(self):
        return ResendView.as_view(
            index_url_name=self.get_url_name("index"),
            inspect_url_name=self.get_url_name("inspect"),
        )

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("resend/<int:pk>/", self.resend_view, name="resend")]


outbox_viewset = OutboxViewSet()


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return outbox_viewset


class FailingMessagesPanel(Component):
    """A warning on the dashboard while messages are failing; nothing at all when none are."""

    name = "failing_messages"
    order = 50
    template_name = "notifications/admin/failing_messages_panel.html"

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if not outbox_permission_policy.user_has_permission(user, "view"):
            return ""
        self.failed_count = failed_recently()
        return super().render_html(parent_context) if self.failed_count else ""

    def get_context_data(self, parent_context):
        since = timezone.localdate() - FAILURE_WINDOW
        return {
            "failed_count": self.failed_count,
            "days": FAILURE_WINDOW.days,
            "list_url": f"{reverse(outbox_viewset.get_url_name('index'))}?status=failed&created_at_from={since}",
        }


def failed_recently():
    return OutboxMessage.objects.filter(
        status=OutboxMessage.Status.FAILED, created_at__gte=timezone.now() - FAILURE_WINDOW
    ).count()


@hooks.register("construct_homepage_panels")
def add_failing_messages_panel(request, panels):
    panels.append(FailingMessagesPanel())
