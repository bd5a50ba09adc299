"""`ModerationViewSet`: one declaration gives a moderated model its whole admin queue.

    class InterestViewSet(ModerationViewSet):
        model = ExpressionOfInterest
        name = "interests"
        filterset_class = InterestFilterSet        # a ModerationQueueFilterSet subclass
        title_field = "name"
        extra_columns = ["opportunity_title", "organisation"]
        search_fields = ["name", "email"]
        waiting_statuses = ["new", "contacted"]

The queue lists the items the user may see (oldest waiting first) with filters, search, bulk moves and
assignment, and a CSV/XLSX export; the detail page shows the history and notes and has a button for each
allowed move. Registering the viewset also adds the queue to the dashboard panel and the daily digest.
Staff never add (unless `allow_create`), edit or delete moderated items here: the audit trail must stay
true to what happened.
"""

from django.db.models import Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from . import services
from .filters import ModerationFilterSet
from .views import (
    AssignView,
    ModerationIndexView,
    ModerationInspectView,
    NoteView,
    TransitionView,
    describe_age,
    register_queue,
)


class ModerationQueueFilterSet(ModerationFilterSet):
    """ModerationFilterSet plus "still waiting", the statuses the queue's viewset says are waiting."""

    waiting_statuses = ()
    waiting = django_filters.BooleanFilter(label=_("Waiting for a decision"), method="filter_waiting")

    def filter_waiting(self, queryset, name, value):
        if value is None:
            return queryset
        condition = Q(status__in=self.waiting_statuses)
        return queryset.filter(condition) if value else queryset.exclude(condition)


def assignee_name(item):
    user = item.assignee
    return (user.get_full_name() or user.get_username()) if user else ""


class ModerationViewSet(ModelViewSet):
    icon = "tasks"
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = ModerationIndexView
    inspect_view_class = ModerationInspectView
    filterset_class = ModerationQueueFilterSet
    ordering = "status_changed_at"
    list_per_page = 50
    form_fields = []
    search_backend_name = None

    #: The column that names the item and links to its detail page.
    title_field = "__str__"
    #: The model's own columns, shown after the item.
    extra_columns = []
    #: Relations the list's columns follow, fetched with the items in one query.
    list_select_related = ()
    #: Statuses that wait for a moderator: counted on the dashboard and in the daily digest.
    waiting_statuses = ()
    #: After this many working days in a waiting status an item counts as overdue.
    overdue_after_working_days = 5
    #: Staff may add items by hand only when the model's workflow allows it.
    allow_create = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        attrs = {"waiting_statuses": tuple(self.waiting_statuses)}
        if self.filterset_class._meta.model is None:
            attrs["Meta"] = type("Meta", (), {"model": self.model, "fields": []})
        self.filterset_class = type(self.filterset_class.__name__, (self.filterset_class,), attrs)

    @cached_property
    def list_display(self):
        waiting = set(self.waiting_statuses)
        return [
            self.title_field,
            *self.extra_columns,
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
                primary=lambda item: item.status in waiting,
            ),
            Column(
                "age",
                label=_("Waiting"),
                accessor=lambda item: describe_age(item.status_changed_at),
                sort_key="status_changed_at",
            ),
            Column("assignee", label=_("Assigned to"), accessor=assignee_name, sort_key="assignee__first_name"),
        ]

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs.update(edit_url_name=None, delete_url_name=None, history_url_name=None, usage_url_name=None)
        if not self.allow_create:
            view_kwargs["add_url_name"] = None
        return view_kwargs

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(list_select_related=self.list_select_related, **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            transition_url_name=self.get_url_name("transition"),
            assign_url_name=self.get_url_name("assign"),
            note_url_name=self.get_url_name("note"),
            **kwargs,
        )

    def action_view(self, view_class):
        return self.construct_view(view_class, model=self.model, inspect_url_name=self.get_url_name("inspect"))

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{conv}:pk>/", self.inspect_view, name="inspect"),
            path(f"move/<{conv}:pk>/", self.action_view(TransitionView), name="transition"),
            path(f"assign/<{conv}:pk>/", self.action_view(AssignView), name="assign"),
            path(f"note/<{conv}:pk>/", self.action_view(NoteView), name="note"),
        ]
        if self.allow_create:
            urlpatterns.append(path("new/", self.add_view, name="add"))
        return urlpatterns

    @property
    def url_finder_class(self):
        # Links to an item from elsewhere in the admin open its detail page: there is no edit view.
        return type(
            "_ModerationAdminURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")}
        )

    def index_url(self, **query):
        url = reverse(self.get_url_name("index"))
        return f"{url}?{'&'.join(f'{key}={value}' for key, value in query.items())}" if query else url

    def waiting_url(self):
        return self.index_url(waiting="true")

    def overdue_url(self):
        return self.index_url(waiting="true", waiting_longer_than=self.overdue_after_working_days)

    def on_register(self):
        super().on_register()
        register_queue(self)
        services.register_moderation_queue(
            self.name,
            model=self.model,
            label=self.menu_label,
            waiting_statuses=self.waiting_statuses,
            admin_url=self.waiting_url,
        )
