"""The expressions of interest queue: where moderators work each person's interest through the pipeline."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Locale

import django_filters

from sidebyside.accounts.models import AccessNeed
from sidebyside.core.models import Organisation
from sidebyside.moderation.views import ModerationInspectView
from sidebyside.moderation.viewsets import ModerationQueueFilterSet, ModerationViewSet

from ..models import ExpressionOfInterest, InterestStatus, OpportunityPage


def opportunity_choices():
    """Each role once, by its title in the default language, whether live or not. The value is the role's
    translation key, so an interest sent from any language version of the page matches."""
    pages = OpportunityPage.objects.filter(locale=Locale.get_default()).order_by("title", "pk")
    return [(str(key), title) for key, title in pages.values_list("translation_key", "title")]


class InterestFilterSet(ModerationQueueFilterSet):
    opportunity = django_filters.ChoiceFilter(
        label=_("Opportunity"), field_name="opportunity_key", choices=opportunity_choices
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name")
    )

    class Meta:
        model = ExpressionOfInterest
        fields = []


class InterestInspectView(ModerationInspectView):
    """The person's details as they gave them, including their answers to the opportunity's own questions."""

    def get_access_needs_display_value(self):
        labels = dict(AccessNeed.choices)
        needs = [str(labels.get(need, need)) for need in self.object.access_needs or []]
        return ", ".join(needs) or _("None given")

    def get_answers_display_value(self):
        answers = [
            (entry.get("label", name), entry.get("answer", ""))
            for name, entry in (self.object.answers or {}).items()
            if isinstance(entry, dict)
        ]
        if not answers:
            return _("No extra questions")
        rows = format_html_join("", "<dt>{}</dt><dd>{}</dd>", ((label, display(answer)) for label, answer in answers))
        return format_html("<dl>{}</dl>", rows)


def display(answer):
    if isinstance(answer, list):
        return ", ".join(str(part) for part in answer)
    if isinstance(answer, bool):
        return _("Yes") if answer else _("No")
    return answer


class InterestViewSet(ModerationViewSet):
    model = ExpressionOfInterest
    name = "interests"
    icon = "user"
    menu_label = _("Expressions of interest")
    menu_order = 250
    filterset_class = InterestFilterSet
    inspect_view_class = InterestInspectView
    title_field = "name"
    extra_columns = ["opportunity_title", "organisation"]
    list_select_related = ["organisation"]
    search_fields = ["name", "email", "phone", "opportunity_title"]
    waiting_statuses = [
        InterestStatus.NEW,
        InterestStatus.CONTACTED,
        InterestStatus.BRIEFING_ARRANGED,
        InterestStatus.TASTER_ATTENDED,
    ]
    inspect_view_fields = [
        "name",
        "preferred_contact",
        "email",
        "phone",
        "postal_address",
        "language",
        "opportunity_title",
        "organisation",
        "access_needs",
        "access_needs_details",
        "why_interested",
        "how_heard",
        "how_heard_details",
        "answers",
        "created_at",
    ]
    list_export = [
        "name",
        "get_preferred_contact_display",
        "email",
        "phone",
        "opportunity_title",
        "organisation",
        "get_status_display",
        "status_changed_at",
        "assignee",
        "created_at",
    ]
    export_headings = {
        "get_preferred_contact_display": _("How to contact them"),
        "get_status_display": _("Status"),
        "status_changed_at": _("In this status since"),
    }
    export_filename = "expressions-of-interest"


interest_viewset = InterestViewSet()


@hooks.register("register_admin_viewset")
def register_interest_viewset():
    return interest_viewset
