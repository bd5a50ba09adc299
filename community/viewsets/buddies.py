"""The buddy scheme in the admin: queues for requests (with the ranked buddies who could help and a button
to propose one), offers (approving records the training or checks done), matches and check-ins, and the
separate list of safeguarding concerns that only staff with view_safeguardingconcern see."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from community import buddies
from community.models import (
    BuddyCheckIn,
    BuddyMatch,
    BuddyOffer,
    BuddyRequest,
    CheckInStatus,
    MatchStatus,
    OfferStatus,
    RequestStatus,
    SafeguardingConcern,
)
from sidebyside.core.models import Organisation
from sidebyside.moderation import services
from sidebyside.moderation.views import ModerationInspectView
from sidebyside.moderation.viewsets import ModerationQueueFilterSet, ModerationViewSet

APPROVAL_HELP = _(
    "Required: which buddy training module they completed (and when), or which checks were done. "
    "Only approved buddies can be matched."
)


def _labels(choices, values):
    names = dict(choices)
    return ", ".join(str(names.get(value, value)) for value in values or []) or "–"


class PreferencesDisplayMixin:
    """Readable lists for the JSON fields a request and an offer share."""

    def _choices(self, name):
        from community.models import BuddyMode, SupportArea
        from sidebyside.accounts.models import AccessNeed, Day, TimeOfDay, Topic

        return {
            "support_areas": SupportArea.choices,
            "modes": BuddyMode.choices,
            "days": Day.choices,
            "times": TimeOfDay.choices,
            "topics": Topic.choices,
            "access_needs": AccessNeed.choices,
        }[name]

    def get_support_areas_display_value(self):
        return _labels(self._choices("support_areas"), self.object.support_areas)

    def get_modes_display_value(self):
        return _labels(self._choices("modes"), self.object.modes)

    def get_days_display_value(self):
        return _labels(self._choices("days"), self.object.days)

    def get_times_display_value(self):
        return _labels(self._choices("times"), self.object.times)

    def get_topics_display_value(self):
        return _labels(self._choices("topics"), self.object.topics)

    def get_access_needs_display_value(self):
        return _labels(self._choices("access_needs"), self.object.access_needs)


class OrganisationFilterSet(ModerationQueueFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name")
    )


class BuddyRequestFilterSet(OrganisationFilterSet):
    class Meta:
        model = BuddyRequest
        fields = []


class BuddyOfferFilterSet(OrganisationFilterSet):
    class Meta:
        model = BuddyOffer
        fields = []


# --- requests -----------------------------------------------------------------------------------------


class BuddyRequestInspectView(PreferencesDisplayMixin, ModerationInspectView):
    """The request, and the approved buddies with spare places ranked for it, each with a propose button."""

    template_name = "community/buddies/admin/request_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.object
        context["candidates"] = []
        if context.get("can_act") and item.status == RequestStatus.NEW:
            visible = services.visible_to(self.request.user, BuddyOffer.objects.all())
            context["candidates"] = buddies.candidates_for(item, visible)
            context["propose_url"] = reverse("buddy_requests:propose", args=[item.pk])
        context["matches"] = list(item.matches.select_related("offer").order_by("-created_at"))
        return context

    def action_forms(self, item):
        forms = super().action_forms(item)
        # Proposing happens through a buddy below, "matched" follows from both accepting, and a request goes
        # back to waiting when its match is declined or ended (end the match instead).
        automatic = {RequestStatus.PROPOSED, RequestStatus.MATCHED, RequestStatus.NEW}
        forms["transition_forms"] = [f for f in forms["transition_forms"] if f["to_status"].value() not in automatic]
        return forms

    def get_opportunity_display_value(self):
        return self.object.opportunity_title or "–"


def propose_view(request, pk):
    """POST: propose the chosen approved buddy for the request (both are then asked to accept)."""
    if request.method != "POST" or not request.user.has_perm("community.change_buddyrequest"):
        raise PermissionDenied
    buddy_request = get_object_or_404(services.visible_to(request.user, BuddyRequest.objects.all()), pk=pk)
    offers = services.visible_to(request.user, BuddyOffer.objects.filter(status=OfferStatus.APPROVED))
    offer = (
        offers.filter(pk=request.POST.get("offer") or 0).first()
        if str(request.POST.get("offer", "")).isdigit()
        else None
    )
    if offer is None:
        messages.error(request, _("Choose an approved buddy from the list."))
    else:
        try:
            match = buddies.propose_match(buddy_request, offer, by=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(
                request,
                _("%(buddy)s is proposed. We have asked both people to accept.") % {"buddy": match.offer.name},
            )
    return redirect(reverse("buddy_requests:inspect", args=[pk]))


class BuddyRequestViewSet(ModerationViewSet):
    model = BuddyRequest
    name = "buddy_requests"
    icon = "group"
    menu_label = _("Buddy requests")
    menu_order = 280
    filterset_class = BuddyRequestFilterSet
    inspect_view_class = BuddyRequestInspectView
    title_field = "name"
    extra_columns = ["opportunity_title", "preferred_language", "organisation"]
    list_select_related = ["organisation", "assignee", "opportunity"]
    search_fields = ["name", "email", "phone"]
    waiting_statuses = [RequestStatus.NEW]
    overdue_after_working_days = buddies.OVERDUE_AFTER_WORKING_DAYS
    inspect_view_fields = [
        "name",
        "preferred_contact",
        "email",
        "phone",
        "language",
        "support_areas",
        "support_other",
        "opportunity",
        "preferred_language",
        "gender",
        "same_gender",
        "age_band",
        "modes",
        "days",
        "times",
        "topics",
        "access_needs",
        "access_needs_details",
        "anything_else",
        "organisation",
        "created_at",
    ]
    list_export = ["name", "email", "phone", "preferred_language", "organisation", "get_status_display", "created_at"]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "buddy-requests"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"propose/<{self.pk_path_converter}:pk>/", propose_view, name="propose"),
        ]


# --- offers -------------------------------------------------------------------------------------------


class BuddyOfferInspectView(PreferencesDisplayMixin, ModerationInspectView):
    def action_forms(self, item):
        forms = super().action_forms(item)
        for form in forms["transition_forms"]:
            if form["to_status"].value() == OfferStatus.APPROVED:
                form.fields["reason"].label = _("Training completed or checks done")
                form.fields["reason"].help_text = APPROVAL_HELP
        return forms

    def get_languages_display_value(self):
        return ", ".join(self.object.languages) or "–"


class BuddyOfferViewSet(ModerationViewSet):
    model = BuddyOffer
    name = "buddy_offers"
    icon = "user"
    menu_label = _("Buddy offers")
    menu_order = 281
    filterset_class = BuddyOfferFilterSet
    inspect_view_class = BuddyOfferInspectView
    title_field = "name"
    extra_columns = ["capacity", "organisation"]
    list_select_related = ["organisation", "assignee"]
    search_fields = ["name", "email", "phone"]
    waiting_statuses = [OfferStatus.NEW]
    overdue_after_working_days = buddies.OVERDUE_AFTER_WORKING_DAYS
    inspect_view_fields = [
        "name",
        "preferred_contact",
        "email",
        "phone",
        "help_with",
        "support_areas",
        "languages",
        "modes",
        "days",
        "times",
        "topics",
        "gender",
        "age_band",
        "capacity",
        "opportunity",
        "organisation",
        "approval_note",
        "created_at",
    ]
    list_export = ["name", "email", "phone", "capacity", "organisation", "get_status_display", "approval_note"]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "buddy-offers"


# --- matches and check-ins ------------------------------------------------------------------------------


class BuddyMatchInspectView(ModerationInspectView):
    def action_forms(self, item):
        forms = super().action_forms(item)
        # A match starts only when both people accept: moderators can withdraw it or end it.
        forms["transition_forms"] = [
            f for f in forms["transition_forms"] if f["to_status"].value() != MatchStatus.ACTIVE
        ]
        for form in forms["transition_forms"]:
            form.fields["reason"].help_text = _(
                "For the team only. Both people are told kindly that the match has ended, without this reason."
            )
        return forms

    def get_reasons_display_value(self):
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((r,) for r in self.object.reasons)))

    def get_request_display_value(self):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("buddy_requests:inspect", args=[self.object.request_id]),
            self.object.request,
        )

    def get_offer_display_value(self):
        return format_html(
            '<a href="{}">{}</a>', reverse("buddy_offers:inspect", args=[self.object.offer_id]), self.object.offer
        )


class BuddyMatchViewSet(ModerationViewSet):
    model = BuddyMatch
    name = "buddy_matches"
    icon = "link"
    menu_label = _("Buddy matches")
    menu_order = 282
    inspect_view_class = BuddyMatchInspectView
    title_field = "__str__"
    list_select_related = ["request", "offer", "assignee"]
    search_fields = ["request__name", "offer__name"]
    waiting_statuses = []
    inspect_view_fields = [
        "request",
        "offer",
        "reasons",
        "person_accepted_at",
        "buddy_accepted_at",
        "started_at",
        "ended_at",
        "ended_by",
        "created_at",
    ]
    list_export = ["request", "offer", "get_status_display", "started_at", "ended_at"]
    export_headings = {"get_status_display": _("Status")}
    export_filename = "buddy-matches"


class BuddyCheckInInspectView(ModerationInspectView):
    def get_match_display_value(self):
        return format_html(
            '<a href="{}">{}</a>', reverse("buddy_matches:inspect", args=[self.object.match_id]), self.object.match
        )


class BuddyCheckInViewSet(ModerationViewSet):
    model = BuddyCheckIn
    name = "buddy_checkins"
    icon = "help"
    menu_label = _("Buddy check-ins")
    menu_order = 283
    inspect_view_class = BuddyCheckInInspectView
    list_select_related = ["match__request", "match__offer", "assignee"]
    extra_columns = ["kind", "side"]
    waiting_statuses = [CheckInStatus.NEEDS_HELP]
    overdue_after_working_days = 1
    inspect_view_fields = ["match", "side", "kind", "comment", "answered_at", "created_at"]


# --- safeguarding concerns: not a moderation queue ------------------------------------------------------


class ConcernIndexView(generic.IndexView):
    any_permission_required = ["view"]

    def get(self, request, *args, **kwargs):
        address, to_lead = buddies.safeguarding_recipient()
        if not to_lead:
            messages.warning(
                request,
                _(
                    "No safeguarding lead is set, so concerns go to the site's contact email (%(email)s). "
                    "Name the lead in Settings → Safeguarding."
                )
                % {"email": address or _("not set either")},
            )
        return super().get(request, *args, **kwargs)


class ConcernInspectView(generic.InspectView):
    any_permission_required = ["view"]


class SafeguardingConcernViewSet(ModelViewSet):
    model = SafeguardingConcern
    name = "safeguarding_concerns"
    icon = "warning"
    menu_label = _("Safeguarding concerns")
    menu_order = 284
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = ConcernIndexView
    inspect_view_class = ConcernInspectView
    list_display = ["__str__", "name", "sent_to", "sent_to_lead", "created_at"]
    list_filter = ["sent_to_lead"]
    form_fields = []
    inspect_view_fields = ["concern", "name", "email", "phone", "language", "sent_to", "sent_to_lead", "created_at"]
    ordering = ["-created_at"]

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs.update(
            add_url_name=None, edit_url_name=None, delete_url_name=None, history_url_name=None, usage_url_name=None
        )
        return view_kwargs

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{conv}:pk>/", self.inspect_view, name="inspect"),
        ]

    @property
    def url_finder_class(self):
        from wagtail.admin.admin_url_finder import ModelAdminURLFinder

        return type("_ConcernURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})


class BuddySchemeMenu(ViewSetGroup):
    """One "Buddy scheme" menu: the four queues, then the concerns (shown only to those who may see them)."""

    menu_label = _("Buddy scheme")
    menu_icon = "group"
    menu_order = 280
    items = (
        BuddyRequestViewSet(add_to_admin_menu=False),
        BuddyOfferViewSet(add_to_admin_menu=False),
        BuddyMatchViewSet(add_to_admin_menu=False),
        BuddyCheckInViewSet(add_to_admin_menu=False),
        SafeguardingConcernViewSet(add_to_admin_menu=False),
    )


buddy_menu = BuddySchemeMenu()
(
    buddy_request_viewset,
    buddy_offer_viewset,
    buddy_match_viewset,
    buddy_checkin_viewset,
    safeguarding_concern_viewset,
) = buddy_menu.registerables
