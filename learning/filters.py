"""The filters on the learning index: a GET form that works without JavaScript and gives shareable URLs.

As on the opportunity index, a value that is not valid (a topic that does not exist, a word of 500
characters, a null byte) is left out of the filtering rather than shown as an error.
"""

from django import forms
from django.db.models import Q
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from learning.models.pages import LearningAudience, LearningFormat, ModulePage, ProgrammePage
from opportunities.filters import SelectedFilter, any_of
from sidebyside.core.models import TOPIC_CHOICES

MAX_KEYWORDS = 8
# Parameters that are not filters: removing a filter or changing one starts again at page 1.
NOT_FILTERS = ("page",)
FACET_MODELS = (ProgrammePage, ModulePage)


class KnownChoicesField(forms.MultipleChoiceField):
    """Ticked values that are not choices (from an old link, or typed into the URL) are dropped, and the
    others kept: one bad value does not throw away a whole filter."""

    def clean(self, value):
        values = self.to_python(value)
        return [item for item in dict.fromkeys(values) if self.valid_value(item)]


class LearningFilterForm(forms.Form):
    q = forms.CharField(label=_("Search by keyword"), max_length=200, required=False)
    topic = KnownChoicesField(
        label=_("Topic or service"), choices=TOPIC_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
    )
    audience = KnownChoicesField(
        label=_("Who it is for"),
        choices=LearningAudience.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    format = KnownChoicesField(
        label=_("Format"), choices=LearningFormat.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        self.is_valid()  # fills cleaned_data with the valid fields; invalid ones are left out

    @property
    def choices(self):
        return {name: self.cleaned_data.get(name) for name in self.fields}

    def filter(self, queryset):
        """The pages (programmes and modules, as plain pages) that match every valid filter; within one
        filter, any ticked value matches. Each condition is a subquery on the two page tables, so the
        listing stays one query of plain pages."""
        chosen = self.choices
        if chosen["topic"]:
            queryset = queryset.filter(topic_q(chosen["topic"]))
        if chosen["audience"]:
            queryset = queryset.filter(facet_q(any_of(f"for_{audience}" for audience in chosen["audience"])))
        if chosen["format"]:
            queryset = queryset.filter(facet_q(any_of(f"format_{fmt}" for fmt in chosen["format"])))
        if chosen["q"]:
            queryset = queryset.filter(facet_q(keywords_q(chosen["q"])))
        return queryset

    def selected(self):
        """Tags for the chosen filters, each with the query string that removes just that one."""
        tags = []
        for name, value in self.choices.items():
            if not value:
                continue
            if name == "q":
                tags.append(SelectedFilter(f"‘{value}’", self._query_without(name)))
                continue
            labels = dict(self.fields[name].choices)
            tags += [SelectedFilter(labels[item], self._query_without(name, item)) for item in value]
        return tags

    def _query_without(self, name, item=None):
        params = self.data.copy()
        for key in NOT_FILTERS:
            params.pop(key, None)
        kept = [value for value in params.getlist(name) if item is not None and value != item]
        params.setlist(name, kept)
        return urlencode(sorted((key, values) for key, values in params.lists() if values), doseq=True)


def facet_q(condition):
    """Pages whose programme or module row meets `condition` (written for either model)."""
    return Q(pk__in=ProgrammePage.objects.filter(condition).values("pk")) | Q(
        pk__in=ModulePage.objects.filter(condition).values("pk")
    )


def topic_q(slugs):
    # A subquery on each through table rather than a join, so a page in two chosen topics is listed once.
    condition = Q()
    for model in FACET_MODELS:
        through = model.topics.through.objects.filter(topic__slug__in=slugs)
        condition |= Q(pk__in=through.values(f"{model._meta.model_name}_id"))
    return condition


def keywords_q(text):
    """Every word appears in the title or the summary (the same on SQLite and PostgreSQL)."""
    condition = Q()
    for word in text.split()[:MAX_KEYWORDS]:
        condition &= Q(title__icontains=word) | Q(summary__icontains=word)
    return condition
