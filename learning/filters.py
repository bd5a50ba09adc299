"""The filters on the learning index: a GET form that works without JavaScript and gives shareable URLs.

As on the opportunity index, a value that is not valid (a topic that does not exist, a word of 500
characters, a null byte) is left out of the filtering rather than shown as an error.
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from learning.models.pages import LearningAudience, LearningFormat, ModulePage, ProgrammePage
from opportunities.filters import FilterTags, any_of, keywords_q
from sidebyside.core.models import TOPIC_CHOICES

FACET_MODELS = (ProgrammePage, ModulePage)


class KnownChoicesField(forms.MultipleChoiceField):
    """Ticked values that are not choices (from an old link, or typed into the URL) are dropped, and the
    others kept: one bad value does not throw away a whole filter."""

    def clean(self, value):
        values = self.to_python(value)
        return [item for item in dict.fromkeys(values) if self.valid_value(item)]


class LearningFilterForm(FilterTags, forms.Form):
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
