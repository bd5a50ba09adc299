"""Admin views for moderation queues: the list, the detail page and the actions taken from it.

Every view finds its items through `services.visible_to`, so staff of one organisation never reach
another's items: not in the list, the detail page, an action, an export or a bulk action (404).
"""

from datetime import timedelta

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property, classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import View

from wagtail.admin import messages
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views import generic
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permissions import policy_registry

from sidebyside.core.spreadsheets import spreadsheet_safe

from . import services
from .filters import working_days_before
from .forms import AssignForm, BulkAssignForm, BulkMoveForm, NoteForm, TransitionForm

# model -> its ModerationViewSet, filled as each queue is registered with the admin.
_queues = {}


def register_queue(viewset):
    _queues[viewset.model] = viewset


def registered_queues():
    return list(_queues.values())


def working_days_between(start, end):
    """How many working days (Monday to Friday) end after `start`'s day, up to and including `end`'s."""
    start_day, end_day = timezone.localdate(start), timezone.localdate(end)
    days, day = 0, start_day
    while day < end_day:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


def describe_age(since, now=None):
    """How long something has waited, in plain words: "5 hours" today, "3 working days" after that."""
    now = now or timezone.now()
    waited = now - since
    if waited < timedelta(hours=1):
        return str(_("less than an hour"))
    if waited < timedelta(days=1):
        hours = int(waited.total_seconds() // 3600)
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    days = working_days_between(since, now)
    if days == 0:
        return str(_("less than a working day"))
    return ngettext("%(count)d working day", "%(count)d working days", days) % {"count": days}


def export_permission(model):
    """The permission to export a queue: `export_<model>` when the model declares it, else `change`."""
    codename = f"export_{model._meta.model_name}"
    declared = {name for name, _label in model._meta.permissions}
    return "export" if codename in declared else "change"


class ModerationIndexView(generic.IndexView):
    """The queue: only the items the user may see, oldest waiting first, with bulk actions and export."""

    template_name = "moderation/admin/index.html"
    list_select_related = ()

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("assignee", *self.list_select_related)
        return services.visible_to(self.request.user, queryset)

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.can_export:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX cells are written as text already; a CSV cell is whatever the spreadsheet program makes of it.
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value

    @cached_property
    def can_export(self):
        return self.user_has_permission(export_permission(self.model))

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.can_export

    @cached_property
    def columns(self):
        columns = super().columns
        if self.user_has_permission("change"):
            columns = [BulkActionsCheckboxColumn("bulk_actions", obj_type="moderated"), *columns]
        return columns

    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda instance: f"moderated_{quote(instance.pk)}_title"
        )


class ScopedObjectMixin:
    """Find the item among those the user may see, after checking they may see the queue at all."""

    model = None
    any_permission_required = ["change", "view"]

    def get_object(self, queryset=None):
        if not self.permission_policy.user_has_any_permission(self.request.user, self.any_permission_required):
            raise PermissionDenied
        visible = services.visible_to(self.request.user, self.model._default_manager.select_related("assignee"))
        return get_object_or_404(visible, pk=self.kwargs["pk"])


class ModerationInspectView(ScopedObjectMixin, generic.InspectView):
    """The item's details, its decision history and notes, and the forms to act on it."""

    template_name = "moderation/admin/inspect.html"
    transition_url_name = None
    assign_url_name = None
    note_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.object
        can_act = self.user_has_permission("change")
        context.update(
            {
                "status_label": item.status_label(item.status),
                "age": describe_age(item.status_changed_at),
                "decisions": [self.describe_decision(decision) for decision in services.history(item)],
                "notes": services.notes(item),
                "can_act": can_act,
            }
        )
        if can_act:
            context.update(self.action_forms(item))
        return context

    def describe_decision(self, decision):
        model = type(self.object)
        return {
            "when": decision.created_at,
            "by": decision.by,
            "from": model.status_label(decision.from_status),
            "to": model.status_label(decision.to_status),
            "reason": decision.reason,
        }

    def action_forms(self, item):
        pk = quote(item.pk)
        return {
            "transition_forms": [TransitionForm(item=item, to_status=to) for to in item.staff_transitions()],
            "transition_url": reverse(self.transition_url_name, args=[pk]),
            "assign_form": AssignForm(initial={"assignee": item.assignee_id}, items=[item]),
            "assign_url": reverse(self.assign_url_name, args=[pk]),
            "note_form": NoteForm(),
            "note_url": reverse(self.note_url_name, args=[pk]),
        }


class ModerationActionView(ScopedObjectMixin, PermissionCheckedMixin, View):
    """A POST from the detail page that changes the item, then back to the detail page with a message."""

    http_method_names = ["post"]
    permission_required = "change"
    any_permission_required = ["change"]
    inspect_url_name = None
    form_class = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = self.get_object()

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            try:
                self.act(form.cleaned_data)
            except ValidationError as error:
                self.report_errors(error.messages)
        else:
            self.report_errors([message for errors in form.errors.values() for message in errors])
        return redirect(reverse(self.inspect_url_name, args=[quote(self.object.pk)]))

    def get_form(self):
        return self.form_class(self.request.POST)

    def report_errors(self, error_messages):
        for message in error_messages:
            messages.error(self.request, message)

    def act(self, data):
        raise NotImplementedError


class TransitionView(ModerationActionView):
    form_class = TransitionForm

    def get_form(self):
        return TransitionForm(self.request.POST, item=self.object)

    def act(self, data):
        # Decide on the status the moderator saw: if it has moved since, transition() says so.
        self.object.status = data["expected_status"]
        services.transition(self.object, data["to_status"], by=self.request.user, reason=data["reason"])
        messages.success(
            self.request,
            _("Moved to “%(status)s”.") % {"status": self.object.status_label(data["to_status"])},
        )


class AssignView(ModerationActionView):
    form_class = AssignForm

    def get_form(self):
        return AssignForm(self.request.POST, items=[self.object])

    def act(self, data):
        services.assign(self.object, data["assignee"])
        if data["assignee"]:
            name = data["assignee"].get_full_name() or data["assignee"].get_username()
            messages.success(self.request, _("Assigned to %(name)s.") % {"name": name})
        else:
            messages.success(self.request, _("Nobody is assigned now."))


class NoteView(ModerationActionView):
    form_class = NoteForm

    def act(self, data):
        services.add_note(self.object, author=self.request.user, text=data["text"])
        messages.success(self.request, _("Note saved."))


class ModerationBulkAction(BulkAction):
    """A bulk action on any moderation queue, acting only on items the user may see and change."""

    template_name = "moderation/admin/bulk_action.html"
    action_priority = 10
    confirmation_note = ""

    @classproperty
    def models(cls):
        return list(_queues)

    def __init__(self, request, model):
        super().__init__(request, model)
        self.viewset = _queues[model]
        if not get_valid_next_url_from_request(request):
            self.next_url = reverse(self.viewset.get_url_name("index"))
        self.permission_policy = policy_registry.get_by_type(model)

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def visible(self):
        return services.visible_to(self.request.user, self.model._default_manager.select_related("assignee"))

    def get_queryset(self, model, object_ids):
        """The chosen items; any the user may not see (or that do not exist) make the whole request a 404."""
        try:
            wanted = {model._meta.pk.to_python(pk) for pk in object_ids}
        except ValidationError as error:
            raise Http404 from error
        items = list(self.visible().filter(pk__in=wanted).order_by("status_changed_at", "pk"))
        if not items or len(items) != len(wanted):
            raise Http404
        return items

    def get_all_objects_in_listing_query(self, parent_id):
        """ "Select all" means every item the listing's filters match, not every item in the table."""
        filters = self.viewset.filterset_class(self.request.GET, queryset=self.visible(), request=self.request)
        queryset = filters.qs if filters.is_valid() else self.visible()
        return queryset.values_list("pk", flat=True)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "model": self.model}

    def get_execution_context(self):
        return {"action": self}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "header_icon": self.viewset.icon,
            "title": self.display_name,
            "confirmation_note": self.confirmation_note,
        }

    def object_context(self, item):
        return {
            "item": item,
            "status": item.status_label(item.status),
            "url": reverse(self.viewset.get_url_name("inspect"), args=[quote(item.pk)]),
        }

    @classmethod
    def execute_action(cls, objects, action=None, **kwargs):
        return action.apply(objects, action.cleaned_form.cleaned_data)


class BulkMoveAction(ModerationBulkAction):
    display_name = _("Move to a status")
    action_type = "moderation_move"
    aria_label = _("Move the selected items to another status")
    form_class = BulkMoveForm
    confirmation_note = _("Items that cannot make this move stay where they are, and you will see which ones.")

    def apply(self, items, data):
        self.refused = []
        moved = 0
        for item in items:
            try:
                services.transition(item, data["to_status"], by=self.request.user, reason=data["reason"])
                moved += 1
            except services.TransitionError as error:
                self.refused.append((item, error.messages[0]))
        return moved, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        status = self.model.status_label(self.cleaned_form.cleaned_data["to_status"])
        for item, problem in self.refused:
            messages.warning(
                self.request, _("%(item)s was not moved: %(problem)s") % {"item": item, "problem": problem}
            )
        moved = ngettext(
            "%(count)d item moved to “%(status)s”.", "%(count)d items moved to “%(status)s”.", num_parent_objects
        ) % {"count": num_parent_objects, "status": status}
        if not self.refused:
            return moved
        not_moved = ngettext(
            "%(count)d item could not be moved.", "%(count)d items could not be moved.", len(self.refused)
        ) % {"count": len(self.refused)}
        return f"{moved} {not_moved}"


class BulkAssignAction(ModerationBulkAction):
    display_name = _("Assign")
    action_type = "moderation_assign"
    aria_label = _("Assign the selected items to someone")
    form_class = BulkAssignForm
    action_priority = 20

    def get_form_kwargs(self):
        return {**super(ModerationBulkAction, self).get_form_kwargs(), "items": self.chosen_items}

    @cached_property
    def chosen_items(self):
        items, _without_access = self.get_actionable_objects()
        return items

    def apply(self, items, data):
        for item in items:
            services.assign(item, data["assignee"])
        return len(items), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        assignee = self.cleaned_form.cleaned_data["assignee"]
        if assignee is None:
            return ngettext(
                "%(count)d item now has nobody assigned.",
                "%(count)d items now have nobody assigned.",
                num_parent_objects,
            ) % {"count": num_parent_objects}
        return ngettext(
            "%(count)d item assigned to %(name)s.", "%(count)d items assigned to %(name)s.", num_parent_objects
        ) % {"count": num_parent_objects, "name": assignee.get_full_name() or assignee.get_username()}


def queue_counts(viewset, user, now=None):
    """How many of the user's items wait in this queue and how many of those are overdue, in one query."""
    cutoff = working_days_before(now or timezone.now(), viewset.overdue_after_working_days)
    waiting = viewset.model._default_manager.filter(status__in=list(viewset.waiting_statuses))
    return services.visible_to(user, waiting).aggregate(
        waiting=Count("pk"), overdue=Count("pk", filter=Q(status_changed_at__lt=cutoff))
    )


def dashboard_queues(user):
    """One row per queue the user may see: its label, counts and links to the filtered list."""
    rows = []
    for viewset in registered_queues():
        if not policy_registry.get_by_type(viewset.model).user_has_any_permission(user, {"view", "change"}):
            continue
        counts = queue_counts(viewset, user)
        rows.append(
            {
                "label": viewset.menu_label,
                "waiting": counts["waiting"],
                "overdue": counts["overdue"],
                "days": viewset.overdue_after_working_days,
                "waiting_url": viewset.waiting_url(),
                "overdue_url": viewset.overdue_url(),
            }
        )
    return rows
