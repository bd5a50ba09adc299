"""Event feedback in the admin: a summary across events and the results of each event, each with a CSV
export. Staff see only their own organisations' events unless they work trust-wide; another
organisation's event is simply not found (404)."""

import csv

from django.http import Http404, HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from community.feedback import event_results, feedback_visible_to, summary
from community.models import EventFeedback
from sidebyside.core.spreadsheets import spreadsheet_safe

PERMISSION = "community.view_eventfeedback"


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow([str(title) for title in header])
    for row in rows:
        writer.writerow([spreadsheet_safe(value) for value in row])
    return response


def blank_if_none(value):
    return "" if value is None else value


class FeedbackPageMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    permission_policy = ModelPermissionPolicy(EventFeedback)
    permission_required = "view"
    header_icon = "comment"
    index_url_name = "event_feedback:index"

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)


class FeedbackSummaryView(FeedbackPageMixin, TemplateView):
    """Per event: how many answered, the average rating and the share who would come again."""

    template_name = "community/admin/feedback_summary.html"
    page_title = _("Event feedback")

    def rows(self):
        return summary(feedback_visible_to(self.request.user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = [
            {**row, "url": reverse("event_feedback:event", args=[row["event_key"]])} for row in self.rows()
        ]
        context["csv_url"] = f"{reverse('event_feedback:index')}?export=csv"
        return context

    def csv_response(self):
        header = [_("Event"), _("Date"), _("Responses"), _("Average rating"), _("Would come again (%)")]
        rows = (
            [
                row["title"],
                timezone.localtime(row["start"]).strftime("%Y-%m-%d") if row["start"] else "",
                row["responses"],
                blank_if_none(row["average_rating"]),
                blank_if_none(row["come_again_percent"]),
            ]
            for row in self.rows()
        )
        return csv_response("event-feedback-summary.csv", header, rows)


class EventFeedbackView(FeedbackPageMixin, TemplateView):
    """One event's results: the numbers, then every answer."""

    template_name = "community/admin/feedback_event.html"
    page_title = _("Feedback")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.feedback = feedback_visible_to(request.user).filter(signup__event_key=kwargs["event_key"])
        self.answers = list(self.feedback.select_related("signup").order_by("-created_at", "-pk"))
        if not self.answers:
            raise Http404
        self.event_title = self.answers[0].signup.event_title

    def get_page_subtitle(self):
        return self.event_title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Event feedback")},
            {"url": "", "label": self.event_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            event_title=self.event_title,
            results=event_results(self.feedback),
            answers=self.answers,
            csv_url=f"{reverse('event_feedback:event', args=[self.kwargs['event_key']])}?export=csv",
        )
        return context

    def csv_response(self):
        header = [
            _("Sent"),
            _("Rating"),
            _("What worked well"),
            _("What we should change"),
            _("Would come again"),
            _("Anything else"),
        ]
        rows = (
            [
                timezone.localtime(answer.created_at).strftime("%Y-%m-%d %H:%M"),
                answer.rating,
                answer.what_worked,
                answer.what_to_change,
                str(answer.get_come_again_display()),
                answer.comments,
            ]
            for answer in self.answers
        )
        return csv_response(f"event-feedback-{self.kwargs['event_key']}.csv", header, rows)


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class EventFeedbackViewSet(ViewSet):
    name = "event_feedback"
    icon = "comment"
    menu_label = _("Event feedback")
    menu_order = 330
    add_to_admin_menu = True
    menu_item_class = FeedbackMenuItem

    def get_urlpatterns(self):
        return [
            path("", FeedbackSummaryView.as_view(), name="index"),
            path("<uuid:event_key>/", EventFeedbackView.as_view(), name="event"),
        ]


@hooks.register("register_admin_viewset")
def register_event_feedback():
    return EventFeedbackViewSet()
