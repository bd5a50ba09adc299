"""Filters for moderation queues in the Wagtail admin: status, assignee and how long items have waited."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

import django_filters

from sidebyside.core.groups import MODERATORS, TRUST_ADMINISTRATORS

from .services import user_organisations

# A working year: further back than any item waits, and near enough that the date sum cannot overflow.
MAX_WAITING_DAYS = 365


def working_days_before(moment, days):
    """The moment `days` working days (Monday to Friday) before `moment`; bank holidays are not counted out."""
    moment = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    remaining = days
    while remaining > 0:
        moment -= timedelta(days=1)
        if moment.weekday() < 5:
            remaining -= 1
    return moment


def moderation_staff(request=None):
    """Active moderators, trust administrators and superusers: the people an item can be assigned to."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name__in=[MODERATORS, TRUST_ADMINISTRATORS]) | Q(is_superuser=True), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def assignable_staff(items):
    """The moderation staff who can open every one of `items`, so whoever is assigned can act on them:
    trust-wide staff, and moderators who work for the organisation of each item."""
    staff = moderation_staff()
    trust_wide = Q(is_superuser=True) | Q(groups__name=TRUST_ADMINISTRATORS)
    needed = organisations_of(items)
    able = [user.pk for user in staff.exclude(trust_wide) if needed <= organisation_keys(user)]
    return staff.filter(trust_wide | Q(pk__in=able))


def organisations_of(items):
    """The organisations (as stored in the items' ORGANISATION_LOOKUP) that `items` belong to, in one query."""
    items = list(items)
    if not items:
        return set()
    model = type(items[0])
    lookup = getattr(model, "ORGANISATION_LOOKUP", None)
    if not lookup:
        return {None}  # only trust-wide staff see a model without organisations
    found = model._default_manager.filter(pk__in=[item.pk for item in items]).values_list(lookup, flat=True)
    return set(found.distinct())


def organisation_keys(user):
    return {getattr(organisation, "pk", organisation) for organisation in user_organisations(user)}


class ModerationFilterSet(WagtailFilterSet):
    """Subclass with `Meta.model` set to a ModeratedModel (and `fields = []` plus any of its own)."""

    status = django_filters.ChoiceFilter(label=_("Status"), choices=[])
    assignee = django_filters.ModelChoiceFilter(label=_("Assigned to"), queryset=moderation_staff)
    waiting_longer_than = django_filters.NumberFilter(
        label=_("Waiting longer than (working days)"),
        method="filter_waiting_longer_than",
        min_value=0,
        max_value=MAX_WAITING_DAYS,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["status"].extra["choices"] = self.queryset.model._meta.get_field("status").choices or []

    def filter_waiting_longer_than(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(status_changed_at__lt=working_days_before(timezone.now(), int(value)))
