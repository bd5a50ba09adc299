"""Admin for the shared snippets: organisations, venues and contact people, grouped in one menu.

Who may add or change each is decided by the permissions that core/migrations/0005 grants: editors and
moderators add venues and contact people; only trust administrators add or change organisations.
Topics are a fixed list in code, so they have no admin. Organisations, contact people and event series
show how far their names are translated (core/translated_text.py); venues are translated with
wagtail-localize.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from community.models import EventSeries
from sidebyside.core.models import ContactPerson, Organisation, Venue


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = [
        "name",
        "short_name",
        "website",
        Column("staff_count", label=_("Staff"), sort_key="staff_count"),
        Column("translation_progress", label=_("Translations")),
    ]
    search_fields = ["name", "short_name"]
    ordering = ["name"]

    def get_queryset(self, request):
        return Organisation.objects.annotate(staff_count=Count("staff"))


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "home"
    menu_label = _("Venues")
    list_display = [
        "name",
        "postcode",
        BooleanColumn("step_free", label=_("Step-free access")),
        BooleanColumn("hearing_loop", label=_("Hearing loop")),
    ]
    search_fields = ["name", "address", "postcode"]
    ordering = ["name"]


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact people")
    list_display = [
        "name",
        "role",
        "organisation",
        "email",
        "phone",
        Column("translation_progress", label=_("Translations")),
    ]
    list_filter = ["organisation"]
    search_fields = ["name", "role", "email"]
    ordering = ["name"]

    def get_queryset(self, request):
        return ContactPerson.objects.select_related("organisation")


class EventSeriesViewSet(SnippetViewSet):
    model = EventSeries
    icon = "date"
    menu_label = _("Event series")
    list_display = [
        "name",
        Column("event_count", label=_("Events"), sort_key="event_count"),
        Column("translation_progress", label=_("Translations")),
    ]
    search_fields = ["name", "description"]
    ordering = ["name"]

    def get_queryset(self, request):
        return EventSeries.objects.annotate(event_count=Count("events"))


class OrganisationsAndPlacesGroup(SnippetViewSetGroup):
    menu_label = _("Organisations and places")
    menu_icon = "site"
    menu_order = 250
    items = (OrganisationViewSet, VenueViewSet, ContactPersonViewSet, EventSeriesViewSet)


register_snippet(OrganisationsAndPlacesGroup)
