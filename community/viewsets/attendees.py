"""Each event's attendee list in the admin, its CSV export, and adding someone who phoned in.

Only staff of the event's organisation (or trust-wide staff) reach an event here: anyone else gets a 404.
"""

import csv

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from community import signups
from community.models import EventPage, SignUp, SignUpStatus
from community.models.signups import ACTIVE, ENDED
from sidebyside.accounts.models import AccessNeed, ContactMethod
from sidebyside.core.spreadsheets import spreadsheet_safe
from sidebyside.moderation import services

# --- what staff may see --------------------------------------------------------------------------------


def events_visible_to(user, queryset=None):
    """Events of the user's organisations; every event for trust-wide staff."""
    queryset = EventPage.objects.all() if queryset is None else queryset
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    if services.is_trust_wide(user):
        return queryset
    return queryset.filter(organisation__in=list(services.user_organisations(user)))


def signups_for(user, event):
    """The event's sign-ups, in every language, that `user` may see."""
    queryset = SignUp.objects.filter(event_key=event.translation_key).select_related("added_by")
    return services.visible_to(user, queryset)


# --- how a sign-up reads -------------------------------------------------------------------------------


def access_needs_text(signup):
    labels = dict(AccessNeed.choices)
    return ", ".join(str(labels.get(need, need)) for need in signup.access_needs or [])


def answer_text(answer):
    if isinstance(answer, list):
        return ", ".join(str(part) for part in answer)
    if isinstance(answer, bool):
        return str(_("Yes") if answer else _("No"))
    return "" if answer is None else str(answer)


def question_order(event):
    """The event's extra questions' field names, in the order the form asks them."""
    if event is None:
        return []
    return list(event.form_fields.order_by("sort_order", "pk").values_list("clean_name", flat=True))


def answer_rows(signup, order=()):
    """(question, answer) pairs in the form's order (`order`: field names), then any others by name. Answers
    are stored by field name, each as {"label", "answer"} or as the bare answer; the database may not keep
    the keys in order."""
    position = {name: index for index, name in enumerate(order)}
    entries = sorted((signup.answers or {}).items(), key=lambda item: (position.get(item[0], len(position)), item[0]))
    rows = []
    for name, entry in entries:
        if isinstance(entry, dict):
            rows.append((str(entry.get("label", name)), answer_text(entry.get("answer"))))
        else:
            rows.append((str(name), answer_text(entry)))
    return rows


def guardian_text(signup):
    if not signup.under_16:
        return ""
    return ", ".join(part for part in (signup.guardian_name, signup.guardian_contact) if part)


# --- the attendee list ---------------------------------------------------------------------------------


class EventAdminPageMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """An admin page about one event the user may see, with breadcrumbs back to the sign-ups queue."""

    permission_policy = ModelPermissionPolicy(SignUp)
    header_icon = "group"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event = get_object_or_404(events_visible_to(request.user), pk=kwargs["event_pk"])

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("event_signups:index"), "label": _("Event sign-ups")},
            {"url": "", "label": f"{self.page_title}: {self.event.title}"},
        ]


class AttendeesView(EventAdminPageMixin, TemplateView):
    """Everyone signed up (in any language) with what organisers need to know; ?export=csv for a spreadsheet."""

    permission_required = "view"
    template_name = "community/admin/attendees.html"
    page_title = _("Attendees")

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            if not self.permission_policy.user_has_permission(request.user, "export"):
                return HttpResponse(status=403)
            return attendees_csv(self.event, self.active_signups(), question_order(self.event))
        return super().get(request, *args, **kwargs)

    def active_signups(self):
        return list(signups_for(self.request.user, self.event).filter(status__in=ACTIVE).order_by("name", "pk"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attendees = self.active_signups()
        order = question_order(self.event)
        user = self.request.user
        context.update(
            event=self.event,
            attendees=[attendee_row(signup, order) for signup in attendees],
            counts=status_counts(attendees),
            ended=signups_for(user, self.event).filter(status__in=ENDED).count(),
            places_held=signups.places_held(self.event.translation_key),
            csv_url=f"{reverse('event_signups:attendees', args=[self.event.pk])}?export=csv",
            can_export=self.permission_policy.user_has_permission(user, "export"),
            can_add=self.permission_policy.user_has_permission(user, "add"),
            add_url=reverse("event_signups:add_by_phone", args=[self.event.pk]),
            checkin_url=reverse("community:checkin", args=[self.event.pk]),
        )
        return context


def attendee_row(signup, order):
    return {
        "signup": signup,
        "access_needs": access_needs_text(signup),
        "guardian": guardian_text(signup),
        "answers": answer_rows(signup, order),
        "inspect_url": reverse("event_signups:inspect", args=[signup.pk]),
    }


def status_counts(attendees):
    counts = {}
    for signup in attendees:
        counts[signup.status] = counts.get(signup.status, 0) + 1
    return [(SignUp.status_label(status), counts[status]) for status in SignUpStatus.values if status in counts]


def attendees_csv(event, attendees, order):
    questions = []
    for signup in attendees:
        for question, _answer in answer_rows(signup, order):
            if question not in questions:
                questions.append(question)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = slugify(event.title) or "event"
    response["Content-Disposition"] = f'attachment; filename="{filename}-attendees.csv"'
    writer = csv.writer(response)
    writer.writerow([spreadsheet_safe(str(heading)) for heading in [*CSV_HEADINGS, *questions]])
    for signup in attendees:
        answers = dict(answer_rows(signup, order))
        cells = [*csv_cells(signup), *(answers.get(question, "") for question in questions)]
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return response


CSV_HEADINGS = [
    _("Name"),
    _("Status"),
    _("How to contact them"),
    _("Email"),
    _("Phone"),
    _("Access needs"),
    _("Access needs in their own words"),
    _("Under 16"),
    _("Parent or guardian"),
    _("Marked at the door"),
    _("Signed up"),
    _("Added by staff"),
]


def csv_cells(signup):
    return [
        signup.name,
        str(signup.get_status_display()),
        str(signup.get_preferred_contact_display()),
        signup.email,
        signup.phone,
        access_needs_text(signup),
        signup.access_needs_details,
        str(_("Yes") if signup.under_16 else _("No")),
        guardian_text(signup),
        local_text(signup.checked_in_at),
        local_text(signup.created_at),
        (signup.added_by.get_full_name() or signup.added_by.get_username()) if signup.added_by else "",
    ]


def local_text(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


# --- adding someone who phoned in ----------------------------------------------------------------------


class AddByPhoneForm(forms.Form):
    name = forms.CharField(
        label=_("Full name"), max_length=120, error_messages={"required": _("Enter the person's name.")}
    )
    preferred_contact = forms.ChoiceField(
        label=_("How they want to be contacted"),
        choices=ContactMethod.choices,
        initial=ContactMethod.PHONE,
        widget=forms.RadioSelect,
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    phone = forms.CharField(label=_("Phone"), required=False, max_length=30)
    language = forms.ChoiceField(label=_("Language for messages"), choices=settings.LANGUAGES)
    access_needs = forms.MultipleChoiceField(
        label=_("Access needs"), choices=AccessNeed.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    access_needs_details = forms.CharField(
        label=_("Access needs in their own words"), required=False, max_length=2000, widget=forms.Textarea
    )
    under_16 = forms.BooleanField(label=_("They are under 16"), required=False)
    guardian_name = forms.CharField(label=_("Parent or guardian's name"), required=False, max_length=120)
    guardian_contact = forms.CharField(label=_("Parent or guardian's email or phone"), required=False, max_length=254)

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("preferred_contact")
        if method == ContactMethod.EMAIL and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Enter their email address, as they want to be contacted by email."))
        if method in (ContactMethod.PHONE, ContactMethod.TEXT) and not cleaned.get("phone"):
            self.add_error("phone", _("Enter their phone number, as they want to be contacted by phone."))
        if method == ContactMethod.POST and not (cleaned.get("email") or cleaned.get("phone")):
            self.add_error("phone", _("Enter a phone number or email address so we can reach them on the day."))
        if cleaned.get("under_16"):
            if not cleaned.get("guardian_name"):
                self.add_error("guardian_name", _("Enter the name of their parent or guardian."))
            if not cleaned.get("guardian_contact"):
                self.add_error(
                    "guardian_contact", _("Enter an email address or phone number for their parent or guardian.")
                )
        return cleaned

    def person(self):
        data = dict(self.cleaned_data)
        if not data["under_16"]:
            data.update(guardian_name="", guardian_contact="")
        return data


class AddByPhoneView(EventAdminPageMixin, TemplateView):
    permission_required = "add"
    template_name = "community/admin/add_by_phone.html"
    page_title = _("Add someone who phoned in")
    header_icon = "plus"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or AddByPhoneForm(initial={"language": translation.get_language()})
        context.update(
            event=self.event,
            form=form,
            attendees_url=reverse("event_signups:attendees", args=[self.event.pk]),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = AddByPhoneForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            signup, created = signups.sign_up(self.event, form.person(), by=request.user)
        except signups.SignUpRefused as refusal:
            form.add_error(None, refusal)
            return self.render_to_response(self.get_context_data(form=form))
        label = SignUp.status_label(signup.status)
        if created:
            messages.success(request, _("%(name)s is signed up: %(status)s.") % {"name": signup.name, "status": label})
        else:
            messages.warning(
                request,
                _("%(name)s is already signed up for this event (%(status)s), so nothing was added.")
                % {"name": signup.name, "status": label},
            )
        return redirect("event_signups:attendees", event_pk=self.event.pk)
