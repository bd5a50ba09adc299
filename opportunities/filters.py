"""The filters on the opportunity index: a GET form that works without JavaScript and gives shareable URLs.

A value that is not valid (a kind that does not exist, a word of 500 characters, a null byte) is left out
of the filtering rather than shown as an error: people reach these URLs from old links and other sites.
"""

import datetime
import operator
from dataclasses import dataclass
from functools import reduce

from django import forms
from django.db.models import F, Q
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from home.models import has_easy_read_version
from opportunities.models.pages import CLOSING_SOON_DAYS, Audience, Commitment, Delivery, OpportunityKind
from sidebyside.core.models import TOPIC_CHOICES

MAX_KEYWORDS = 8
# Parameters that are not filters: removing a filter or changing one starts again at page 1.
NOT_FILTERS = ("page",)


@dataclass
class SelectedFilter:
    """One chosen filter value, shown as a tag with a link that removes it."""

    label: str
    remove_query: str


class FilterTags:
    """For a GET filter form that keeps its valid values (`choices`): a tag for each chosen value with the
    query string that removes just that one (shared by the opportunity, event and learning listings)."""

    @property
    def choices(self):
        return {name: self.cleaned_data.get(name) for name in self.fields}

    def selected(self):
        """Tags for the chosen filters, each with the query string that removes just that one."""
        tags = []
        for name, value in self.choices.items():
            if not value:
                continue
            field = self.fields[name]
            if isinstance(field, forms.MultipleChoiceField):
                labels = dict(field.choices)
                tags += [SelectedFilter(labels[item], self._query_without(name, item)) for item in value]
            elif name == "organisation":
                tags.append(SelectedFilter(dict(field.choices)[value], self._query_without(name)))
            elif name == "q":
                tags.append(SelectedFilter(f"‘{value}’", self._query_without(name)))
            else:
                tags.append(SelectedFilter(field.label, self._query_without(name)))
        return tags

    def query_string(self):
        """The filters as a query string (without the page number), for the feed links."""
        return self._query_without(None)

    def _query_without(self, name, item=None):
        params = self.data.copy()
        for key in NOT_FILTERS:
            params.pop(key, None)
        if name is not None:
            kept = [value for value in params.getlist(name) if item is not None and value != item]
            params.setlist(name, kept)
        return urlencode(sorted((key, values) for key, values in params.lists() if values), doseq=True)


class OpportunityFilterForm(FilterTags, forms.Form):
    q = forms.CharField(label=_("Search by keyword"), max_length=200, required=False)
    kind = forms.MultipleChoiceField(
        label=_("Kind of role"), choices=OpportunityKind.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    topic = forms.MultipleChoiceField(
        label=_("Topic or service"), choices=TOPIC_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
    )
    organisation = forms.TypedChoiceField(label=_("Organisation"), coerce=int, empty_value=None, required=False)
    audience = forms.MultipleChoiceField(
        label=_("Who it is for"), choices=Audience.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    how = forms.MultipleChoiceField(
        label=_("How you take part"), choices=Delivery.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    commitment = forms.MultipleChoiceField(
        label=_("How often"), choices=Commitment.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    closing_soon = forms.BooleanField(required=False)
    places_left = forms.BooleanField(label=_("Has places left"), required=False)
    include_closed = forms.BooleanField(label=_("Include closed opportunities"), required=False)
    easy_read = forms.BooleanField(label=_("Has an Easy Read version"), required=False)

    def __init__(self, data, organisations=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["organisation"].choices = [("", _("Any organisation")), *organisations]
        self.fields["closing_soon"].label = _("Closing in the next %(days)s days") % {"days": CLOSING_SOON_DAYS}
        self.is_valid()  # fills cleaned_data with the valid fields; invalid ones are left out

    def filter(self, queryset):
        """The opportunities that match every valid filter; within one filter, any ticked value matches."""
        chosen = self.choices
        for name in ("kind", "topic", "audience", "how", "commitment"):
            if chosen[name]:
                queryset = queryset.filter(getattr(self, f"_{name}_q")(chosen[name]))
        if chosen["organisation"]:
            queryset = queryset.filter(organisation_id=chosen["organisation"])
        if chosen["q"]:
            queryset = queryset.filter(keywords_q(chosen["q"]))
        if chosen["closing_soon"]:
            today = timezone.localdate()
            queryset = queryset.filter(closing_date__range=(today, today + datetime.timedelta(days=CLOSING_SOON_DAYS)))
        if chosen["places_left"]:
            queryset = queryset.filter(places_filled__lt=F("places_sought"))
        if chosen["easy_read"]:
            queryset = queryset.filter(has_easy_read_version())
        if not chosen["include_closed"]:
            # Two plain conditions rather than is_closed=False, so the database can skip counting places
            # for the ones already past their closing date.
            queryset = queryset.exclude(closing_date__lt=timezone.localdate()).filter(
                places_filled__lt=F("places_sought")
            )
        return queryset

    @property
    def includes_closed(self):
        return bool(self.choices["include_closed"])

    def _kind_q(self, kinds):
        return Q(kind__in=kinds)

    def _topic_q(self, slugs):
        # A subquery rather than a join, so an opportunity in two chosen topics is listed once.
        from opportunities.models import OpportunityPage

        through = OpportunityPage.topics.through.objects.filter(topic__slug__in=slugs)
        return Q(pk__in=through.values("opportunitypage_id"))

    def _audience_q(self, audiences):
        return any_of(f"for_{audience}" for audience in audiences)

    def _how_q(self, deliveries):
        return any_of(deliveries)

    def _commitment_q(self, commitments):
        return Q(frequency__in=commitments)


def any_of(field_names):
    return reduce(operator.or_, (Q(**{field_name: True}) for field_name in field_names))


def keywords_q(text):
    """Every word appears in the title or the summary (the same on SQLite and PostgreSQL)."""
    condition = Q()
    for word in text.split()[:MAX_KEYWORDS]:
        condition &= Q(title__icontains=word) | Q(summary__icontains=word)
    return condition
