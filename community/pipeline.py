"""Sign-ups beyond the form: telling the person their sign-up was not approved, freed places after that or
after more places, "My involvement", the data download and erasure, and linking a guest's sign-ups once
they verify their email.

Imported by CommunityConfig.ready(), so the hooks and sections below are registered once at start-up.
"""

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.signals import page_published

from community import signups
from community.models import EventPage, SignUp, SignUpStatus
from community.models.signups import ACTIVE, ENDED
from opportunities.models.interests import normalise_email
from sidebyside.accounts.dashboard import DashboardItem, register_section
from sidebyside.accounts.models import AccessNeed
from sidebyside.accounts.prefill import register_guest_records
from sidebyside.accounts.privacy import register_data_section, register_eraser
from sidebyside.moderation.services import register_transition_hook

# --- not approved, and freed places -------------------------------------------------------------------
# Hooks run inside the transition's transaction (from the admin's detail page, its bulk action, or code):
# the message is an outbox row that is delivered only once everything has committed, and goes if it rolls back.


def tell_when_not_approved(signup, decision):
    """The person hears, in their language, that their sign-up was not approved, and where other events are."""
    signups.tell_not_approved(signup, decision)


def promote_after_rejection(signup, decision):
    """A rejected sign-up may have been counted by staff as a place: let the waiting list move."""
    event = signups.event_for(signup)
    if event is not None:
        signups.promote_waiting(event)


register_transition_hook(SignUp, SignUpStatus.REJECTED, tell_when_not_approved)
register_transition_hook(SignUp, SignUpStatus.REJECTED, promote_after_rejection)


def promote_after_publishing(sender, instance, **kwargs):
    """More places after an edit: the people waiting get them, in the same transaction as the publish."""
    if isinstance(instance, EventPage):
        with transaction.atomic():
            signups.promote_waiting(instance)


page_published.connect(promote_after_publishing, dispatch_uid="community.promote_after_publishing")


# --- accounts: guest records, "My involvement", data download and erasure ---------------------------


@register_guest_records
def link_guest_signups(user, email):
    """Attach a guest's sign-ups with `email` to the member who has just verified it, except where the
    member already has a live sign-up for the same event (one each, as the database requires)."""
    already = SignUp.objects.filter(user=user).exclude(status__in=ENDED).values("event_key")
    SignUp.objects.filter(user=None, email_normalised=normalise_email(email)).exclude(
        Q(event_key__in=already) & ~Q(status__in=ENDED)
    ).update(user=user)


CANCELLABLE = [status for status in ACTIVE if status not in (SignUpStatus.ATTENDED, SignUpStatus.NO_SHOW)]


def dashboard_items(user):
    mine = SignUp.objects.filter(user=user).select_related("event").order_by("-created_at", "-pk")
    return [
        DashboardItem(
            title=signup.event_title,
            url=signup.event.get_url() if signup.event and signup.event.live else "",
            status=signup.get_status_display(),
            date=signup.event.start if signup.event else signup.created_at,
            detail=_joining_link(signup),
            action_url=signups.cancel_path(signup) if _can_cancel(signup) else "",
            action_label=_("Cancel my place"),
        )
        for signup in mine
    ]


def _can_cancel(signup):
    return signup.status in CANCELLABLE and signup.event is not None and not signup.event.is_past


def _joining_link(signup):
    """The online joining link, for a confirmed place only."""
    if signup.status == SignUpStatus.CONFIRMED and signup.event and signup.event.joining_link:
        return signup.event.joining_link
    return ""


register_section(
    "events",
    _("Events I signed up for"),
    dashboard_items,
    order=20,
    empty_text=_("You have not signed up for any events yet."),
)


def data_rows(user):
    needs = dict(AccessNeed.choices)
    return [
        {
            _("Event"): signup.event_title,
            _("Status"): signup.get_status_display(),
            _("Signed up"): signup.created_at,
            _("How to contact you"): signup.get_preferred_contact_display(),
            _("Email address"): signup.email,
            _("Phone number"): signup.phone,
            _("Access needs"): [str(needs.get(need, need)) for need in signup.access_needs],
            _("Access needs in your own words"): signup.access_needs_details,
            _("Under 16"): signup.under_16,
            _("Parent or guardian's name"): signup.guardian_name,
            _("Parent or guardian's contact"): signup.guardian_contact,
            _("Other answers"): [f"{item['label']}: {item['answer']}" for item in signup.answers.values()],
        }
        for signup in SignUp.objects.filter(user=user)
    ]


register_data_section("event_signups", _("Event sign-ups"), data_rows)


@register_eraser
def erase_signups(user):
    """Anonymise the member's sign-ups. Live ones are cancelled first, so their places go to the people
    waiting; the rows stay (without anything that says who they were) so attendance figures still add up."""
    mine = Q(user=user)
    if normalise_email(user.email):
        mine |= Q(user=None, email_normalised=normalise_email(user.email))
    for signup in SignUp.objects.filter(mine, status__in=CANCELLABLE):
        signups.cancel(signup, by=None, reason="account deleted", quiet=True)
    SignUp.objects.filter(mine).update(
        user=None,
        name="",
        email="",
        email_normalised="",
        phone="",
        phone_normalised="",
        access_needs=[],
        access_needs_details="",
        guardian_name="",
        guardian_contact="",
        answers={},
    )
