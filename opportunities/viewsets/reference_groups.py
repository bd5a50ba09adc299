"""Reference groups in the admin: the groups and their members, review requests, sending them, and the
answers (with a CSV export). Staff see only their own organisations' groups unless they work trust-wide."""

import csv

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from opportunities.models import OpportunityPage, ReferenceGroup, ReferenceGroupMember, ReviewRequest, ReviewResponse
from opportunities.reference_groups import (
    NoActiveMembers,
    add_member,
    answer_url,
    candidates_for,
    groups_visible_to,
    is_emailed,
    remove_member,
    send_review_request,
)
from sidebyside.core.spreadsheets import spreadsheet_safe
from sidebyside.moderation.services import is_trust_wide, user_organisations, visible_to

# Scoping: every view loads objects through the user's organisations, so another organisation's
# group or request is simply not found (404).


class ScopedMixin:
    organisation_lookup = "organisation"

    def scope(self, queryset):
        return visible_to(self.request.user, queryset, lookup=self.organisation_lookup)


class ScopedIndexView(ScopedMixin, generic.IndexView):
    def get_base_queryset(self):
        return self.scope(super().get_base_queryset())


class ScopedEditView(ScopedMixin, generic.EditView):
    def get_queryset(self):
        return self.scope(super().get_queryset())


class ScopedDeleteView(ScopedMixin, generic.DeleteView):
    def get_queryset(self):
        return self.scope(super().get_queryset())


class ScopedHistoryView(ScopedMixin, HistoryView):
    def get_base_object_queryset(self):
        return self.scope(super().get_base_object_queryset())


class ScopedUsageView(ScopedMixin, UsageView):
    def get_base_object_queryset(self):
        return self.scope(super().get_base_object_queryset())


class ScopedViewSetMixin:
    """Use the scoped views, and leave out the views that would load an object unscoped."""

    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    organisation_lookup = "organisation"

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(organisation_lookup=self.organisation_lookup, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(organisation_lookup=self.organisation_lookup, **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(organisation_lookup=self.organisation_lookup, **kwargs)

    def get_history_view_kwargs(self, **kwargs):
        return super().get_history_view_kwargs(organisation_lookup=self.organisation_lookup, **kwargs)

    def get_usage_view_kwargs(self, **kwargs):
        return super().get_usage_view_kwargs(organisation_lookup=self.organisation_lookup, **kwargs)


class AdminPageMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """A plain admin page about one scoped object, with breadcrumbs back to the listing."""

    model = None
    organisation_lookup = "organisation"
    index_url_name = None
    header_icon = "group"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        queryset = visible_to(request.user, self.model._default_manager.all(), lookup=self.organisation_lookup)
        self.object = get_object_or_404(queryset, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": capfirst(self.model._meta.verbose_name_plural)},
            {"url": "", "label": f"{self.page_title}: {self.object}"},
        ]


# Reference groups and their members --------------------------------------------------------------------


class ReferenceGroupForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not is_trust_wide(self.for_user):
            organisations = list(user_organisations(self.for_user))
            self.fields["organisation"].queryset = self.fields["organisation"].queryset.filter(
                pk__in=[organisation.pk for organisation in organisations]
            )
            self.fields["opportunity"].queryset = OpportunityPage.objects.filter(organisation__in=organisations)


class ReferenceGroupIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("organisation")
            .annotate(active_members=Count("members", filter=Q(members__left_at__isnull=True)))
        )

    def get_list_more_buttons(self, instance):
        return [
            ListingButton(
                _("Members"), url=reverse("reference_groups:members", args=[instance.pk]), icon_name="group"
            ),
            ListingButton(
                _("Review requests"),
                url=f"{reverse('review_requests:index')}?group={instance.pk}",
                icon_name="doc-full",
            ),
            *super().get_list_more_buttons(instance),
        ]


class AddMemberForm(forms.Form):
    interest = forms.ModelChoiceField(
        label=_("Placed applicant"),
        queryset=None,
        help_text=_("People placed in one of this organisation's opportunities who are not in the group now."),
        error_messages={"required": _("Choose who to add."), "invalid_choice": _("Choose someone from the list.")},
    )

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interest"].queryset = candidates_for(group)
        self.fields["interest"].label_from_instance = lambda interest: (
            f"{interest.name} ({interest.opportunity_title})"
        )


class GroupMembersView(AdminPageMixin, TemplateView):
    """The group's members, present and past; add a placed applicant, or remove someone (they are kept
    on record with the date they left)."""

    model = ReferenceGroup
    permission_policy = ModelPermissionPolicy(ReferenceGroup)
    permission_required = "view"
    template_name = "opportunities/admin/group_members.html"
    page_title = _("Members")

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("opportunities.add_referencegroupmember"):
            raise PermissionDenied
        form = AddMemberForm(request.POST, group=self.object)
        if form.is_valid():
            member = add_member(self.object, form.cleaned_data["interest"])
            messages.success(request, _("%(name)s is now a member of the group.") % {"name": member.interest.name})
            return redirect("reference_groups:members", pk=self.object.pk)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        members = self.object.members.select_related("interest").order_by("left_at", "interest__name")
        context.update(
            group=self.object,
            active_members=[member for member in members if member.is_active],
            past_members=[member for member in members if not member.is_active],
            form=kwargs.get("form") or AddMemberForm(group=self.object),
            can_add=self.request.user.has_perm("opportunities.add_referencegroupmember"),
            can_remove=self.request.user.has_perm("opportunities.change_referencegroupmember"),
            requests_url=f"{reverse('review_requests:index')}?group={self.object.pk}",
            new_request_url=f"{reverse('review_requests:add')}?group={self.object.pk}",
        )
        return context


class RemoveMemberView(AdminPageMixin, TemplateView):
    model = ReferenceGroup
    permission_policy = ModelPermissionPolicy(ReferenceGroupMember)
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        member = get_object_or_404(self.object.members.select_related("interest"), pk=kwargs["member_pk"])
        remove_member(member)
        messages.success(request, _("%(name)s has left the group.") % {"name": member.interest.name})
        return redirect("reference_groups:members", pk=self.object.pk)


class ReferenceGroupViewSet(ScopedViewSetMixin, ModelViewSet):
    model = ReferenceGroup
    name = "reference_groups"
    icon = "group"
    menu_label = _("Groups")
    index_view_class = ReferenceGroupIndexView
    list_display = [
        "name",
        "organisation",
        Column("active_members", label=_("Members now"), accessor="active_members"),
    ]
    search_fields = ["name", "description"]
    search_backend_name = None
    list_filter = ["organisation"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("description"),
            FieldPanel("organisation"),
            FieldPanel("opportunity"),
            FieldPanel("reminder_days"),
        ],
        base_form_class=ReferenceGroupForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/members/", self.members_view, name="members"),
            path("<int:pk>/members/<int:member_pk>/remove/", self.remove_member_view, name="remove_member"),
        ]

    @property
    def members_view(self):
        return GroupMembersView.as_view(index_url_name=self.get_url_name("index"))

    @property
    def remove_member_view(self):
        return RemoveMemberView.as_view(index_url_name=self.get_url_name("index"))


# Review requests -----------------------------------------------------------------------------------------


class ReviewRequestForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None:
            self.fields["group"].queryset = groups_visible_to(self.for_user, self.fields["group"].queryset)

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("document") and not cleaned_data.get("link") and "link" not in self.errors:
            raise ValidationError(_("Choose a document or give a link, so members know what to review."))
        due_date = cleaned_data.get("due_date")
        if due_date and due_date < timezone.localdate() and self.instance.sent_at is None:
            self.add_error("due_date", _("The due date must be today or later."))
        return cleaned_data

    def save(self, commit=True):
        if self.instance.pk is None and self.for_user is not None:
            self.instance.created_by = self.for_user
        return super().save(commit=commit)


def visible_groups(request):
    return groups_visible_to(request.user) if request else ReferenceGroup.objects.none()


class ReviewRequestFilterSet(WagtailFilterSet):
    group = django_filters.ModelChoiceFilter(label=_("Group"), queryset=visible_groups)

    class Meta:
        model = ReviewRequest
        fields = ["group"]


class ReviewRequestIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("group")
            .annotate(answered=Count("responses", filter=Q(responses__answered_at__isnull=False)))
        )

    def get_list_more_buttons(self, instance):
        buttons = [
            ListingButton(
                _("Responses"), url=reverse("review_requests:responses", args=[instance.pk]), icon_name="list-ul"
            )
        ]
        if instance.sent_at is None:
            buttons.insert(
                0,
                ListingButton(
                    _("Send to members"), url=reverse("review_requests:send", args=[instance.pk]), icon_name="mail"
                ),
            )
        return [*buttons, *super().get_list_more_buttons(instance)]


class ReviewRequestCreateView(generic.CreateView):
    def get_initial(self):
        initial = super().get_initial()
        group_id = self.request.GET.get("group", "")
        # Only a group this person may see; anything else (not a number, another organisation's) is ignored.
        if group_id.isascii() and group_id.isdigit():
            group = groups_visible_to(self.request.user).filter(pk=int(group_id)).first()
            if group:
                initial["group"] = group
        return initial


class SendReviewRequestView(AdminPageMixin, TemplateView):
    """GET asks "are you sure?"; POST sends the request to every active member, once."""

    model = ReviewRequest
    organisation_lookup = "group__organisation"
    permission_policy = ModelPermissionPolicy(ReviewRequest)
    permission_required = "change"
    template_name = "opportunities/admin/send_review_request.html"
    page_title = _("Send to members")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["review"] = self.object
        context["member_count"] = self.object.group.members.filter(left_at__isnull=True).count()
        context["responses_url"] = reverse("review_requests:responses", args=[self.object.pk])
        return context

    def post(self, request, *args, **kwargs):
        try:
            sent = send_review_request(self.object)
        except NoActiveMembers:
            messages.warning(request, _("This group has no members yet, so there is nobody to send it to."))
            return redirect("reference_groups:members", pk=self.object.group_id)
        if sent:
            message = ngettext("Sent to %(count)d member.", "Sent to %(count)d members.", sent)
            messages.success(request, message % {"count": sent})
        else:
            messages.warning(request, _("This request had already been sent, so nothing was sent again."))
        return redirect("review_requests:responses", pk=self.object.pk)


class ReviewResponsesView(AdminPageMixin, TemplateView):
    """Who answered (with their answers) and who has not, with the same table as a CSV file."""

    model = ReviewRequest
    organisation_lookup = "group__organisation"
    permission_policy = ModelPermissionPolicy(ReviewResponse)
    permission_required = "view"
    template_name = "opportunities/admin/review_responses.html"
    page_title = _("Responses")
    header_icon = "list-ul"

    def responses(self):
        return self.object.responses.select_related("member__interest").order_by("member__interest__name", "pk")

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        responses = list(self.responses())
        context.update(
            review=self.object,
            answered=[response for response in responses if response.answered_at],
            waiting=[
                {"response": response, "emailed": is_emailed(response), "link": answer_url(response)}
                for response in responses
                if not response.answered_at
            ],
            send_url=reverse("review_requests:send", args=[self.object.pk]),
            csv_url=f"{reverse('review_requests:responses', args=[self.object.pk])}?export=csv",
        )
        return context

    def csv_response(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="review-{self.object.pk}-responses.csv"'
        writer = csv.writer(response)
        writer.writerow([_("Name"), _("Still in the group"), _("Answered"), _("Is it clear?"), _("Comments")])
        for item in self.responses():
            writer.writerow(
                [
                    spreadsheet_safe(item.member.interest.name),
                    _("Yes") if item.member.is_active else _("No"),
                    timezone.localtime(item.answered_at).strftime("%Y-%m-%d %H:%M") if item.answered_at else "",
                    item.get_clarity_display() if item.clarity else "",
                    spreadsheet_safe(item.comments),
                ]
            )
        return response


class ReviewRequestViewSet(ScopedViewSetMixin, ModelViewSet):
    model = ReviewRequest
    name = "review_requests"
    icon = "doc-full"
    menu_label = _("Review requests")
    organisation_lookup = "group__organisation"
    index_view_class = ReviewRequestIndexView
    add_view_class = ReviewRequestCreateView
    filterset_class = ReviewRequestFilterSet
    list_display = [
        "title",
        "group",
        DateColumn("due_date", label=_("Due")),
        DateColumn("sent_at", label=_("Sent")),
        Column("answered", label=_("Answers"), accessor="answered"),
    ]
    search_fields = ["title", "instructions"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("group"),
            FieldPanel("title"),
            FieldPanel("instructions"),
            FieldPanel("document"),
            FieldPanel("link"),
            FieldPanel("due_date"),
        ],
        base_form_class=ReviewRequestForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/send/", self.send_view, name="send"),
            path("<int:pk>/responses/", self.responses_view, name="responses"),
        ]

    @property
    def send_view(self):
        return SendReviewRequestView.as_view(index_url_name=self.get_url_name("index"))

    @property
    def responses_view(self):
        return ReviewResponsesView.as_view(index_url_name=self.get_url_name("index"))


class ReferenceGroupsMenu(ViewSetGroup):
    menu_label = _("Reference groups")
    menu_icon = "group"
    menu_order = 310
    items = (ReferenceGroupViewSet, ReviewRequestViewSet)


@hooks.register("register_admin_viewset")
def register_reference_groups():
    return ReferenceGroupsMenu()
