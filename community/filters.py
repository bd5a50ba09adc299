"""The filters on the event index: a GET form that works without JavaScript and gives shareable URLs.

As on the opportunity index, a value that is not valid is left out of the filtering rather than shown as
an error: people reach these URLs from old links and other sites.
"""

from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from community.models import EventKind, EventMode
from home.models import has_easy_read_version
from opportunities.filters import FilterTags, any_of
from opportunities.models import Audience

# An event held both ways matches someone looking for either.
MODE_MATCHES = {
    EventMode.IN_PERSON: [EventMode.IN_PERSON, EventMode.BOTH],
    EventMode.ONLINE: [EventMode.ONLINE, EventMode.BOTH],
    EventMode.BOTH: [EventMode.BOTH],
}


class EventFilterForm(FilterTags, forms.Form):
    kind = forms.MultipleChoiceField(
        label=_("Kind of event"), choices=EventKind.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    mode = forms.MultipleChoiceField(
        label=_("In person or online"), choices=EventMode.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    organisation = forms.TypedChoiceField(label=_("Organisation"), coerce=int, empty_value=None, required=False)
    audience = forms.MultipleChoiceField(
        label=_("Who it is for"), choices=Audience.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    places_left = forms.BooleanField(label=_("Has places left"), required=False)
    easy_read = forms.BooleanField(label=_("Has an Easy Read version"), required=False)

    def __init__(self, data, organisations=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["organisation"].choices = [("", _("Any organisation")), *organisations]
        self.is_valid()  # fills cleaned_data with the valid fields; invalid ones are left out

    def filter(self, queryset):
        """The events that match every valid filter; within one filter, any ticked value matches.

        Needs a `places_taken` annotation (see EventIndexPage.events)."""
        chosen = self.choices
        if chosen["kind"]:
            queryset = queryset.filter(kind__in=chosen["kind"])
        if chosen["mode"]:
            modes = {mode for choice in chosen["mode"] for mode in MODE_MATCHES[choice]}
            queryset = queryset.filter(Q(mode__in=modes))
        if chosen["organisation"]:
            queryset = queryset.filter(organisation_id=chosen["organisation"])
        if chosen["audience"]:
            queryset = queryset.filter(any_of(f"for_{audience}" for audience in chosen["audience"]))
        if chosen["places_left"]:
            queryset = queryset.filter(places_taken__lt=F("capacity"))
        if chosen["easy_read"]:
            queryset = queryset.filter(has_easy_read_version())
        return queryset
