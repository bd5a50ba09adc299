"""Admin views for the outbox: the list and detail pages (with "Resend"), and the resend confirmation."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import ListingButton

from .api import resend
from .models import OutboxMessage
from .permissions import outbox_permission_policy


class ResendUrlMixin:
    resend_url_name = None

    def get_resend_url(self, message):
        if message.can_resend and outbox_permission_policy.user_has_permission(self.request.user, "resend"):
            return reverse(self.resend_url_name, args=[message.pk])
        return None


class OutboxIndexView(ResendUrlMixin, generic.IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if url := self.get_resend_url(instance):
            buttons.insert(0, ListingButton(_("Resend"), url=url, icon_name="mail", priority=5))
        return buttons


class OutboxInspectView(ResendUrlMixin, generic.InspectView):
    template_name = "notifications/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["delivery_attempts"] = self.object.delivery_attempts.select_related("requested_by")
        context["resend_url"] = self.get_resend_url(self.object)
        return context


class ResendView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks "are you sure?", POST queues the failed message again."""

    model = OutboxMessage
    permission_policy = outbox_permission_policy
    permission_required = "resend"
    template_name = "notifications/admin/confirm_resend.html"
    page_title = _("Resend message")
    header_icon = "mail"
    index_url_name = None
    inspect_url_name = None

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": capfirst(OutboxMessage._meta.verbose_name_plural)},
            {"url": self.get_inspect_url(), "label": str(self.object)},
            {"url": "", "label": self.page_title},
        ]

    def get_inspect_url(self):
        return reverse(self.inspect_url_name, args=[self.object.pk])

    def post(self, request, *args, **kwargs):
        if resend(self.object, by=request.user):
            messages.success(request, _("The message is queued again and will be sent in a moment."))
        else:
            messages.error(request, _("Only a message that failed can be sent again."))
        return redirect(self.get_inspect_url())
