"""Expressions of interest from arrival to placement: receiving one, the messages each stage sends, and
what a member sees of theirs on "My involvement", in their data download and when they delete their account.

Imported by OpportunitiesConfig.ready(), so the hooks and sections below are registered once at start-up.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from sidebyside.accounts.consent import record_consent
from sidebyside.accounts.dashboard import DashboardItem, register_section
from sidebyside.accounts.models import AccessNeed, ConsentMethod, ConsentTopic, ContactMethod
from sidebyside.accounts.prefill import register_guest_records
from sidebyside.accounts.privacy import register_data_section, register_eraser
from sidebyside.core.models import SiteSettings
from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import register_transition_hook
from sidebyside.notifications import contact_details, notify
from sidebyside.notifications.models import OutboxMessage

from .models import ExpressionOfInterest, InterestStatus
from .models.interests import normalise_email, normalise_name, normalise_phone

# The stages the person hears about; the others are staff book-keeping.
TOLD_TO_THE_PERSON = [
    InterestStatus.CONTACTED,
    InterestStatus.BRIEFING_ARRANGED,
    InterestStatus.PLACED,
    InterestStatus.NOT_PROCEEDING,
]


# --- receiving an expression of interest ------------------------------------------------------------


def receive_interest(page, form, *, user=None, wording_version):
    """Save a valid InterestForm for `page` with its first audit entry, the consent and both messages.

    All in one transaction: if anything fails, nothing is kept. A duplicate raises IntegrityError from the
    database's unique constraints, with nothing saved.
    """
    member = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        interest = ExpressionOfInterest.objects.create(
            opportunity=page,
            opportunity_key=page.translation_key,
            opportunity_title=page.title,
            organisation=page.organisation,
            user=member,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            answers=form.answers(),
            consent_wording_version=wording_version,
            **form.interest_fields(),
        )
        record_decision(interest, by=member, from_status="", to_status=InterestStatus.NEW)
        record_consent(
            ConsentTopic.CONTACT_ABOUT_OPPORTUNITY,
            wording_version=wording_version,
            method=ConsentMethod.WEB_FORM,
            user=member,
            email=interest.email,
            subject=page.title[:200],
        )
        _confirm_to_the_person(interest, page)
        _tell_the_contact_person(interest, page)
    return interest


def record_decision(interest, *, by, from_status, to_status, reason=""):
    """An entry in the item's audit trail (services.transition writes the later ones)."""
    return ModerationDecision.objects.create(
        content_type=ContentType.objects.get_for_model(ExpressionOfInterest),
        object_id=interest.pk,
        by=by,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )


def find_existing(page, *, email="", phone="", user=None, name=""):
    """The person's interest in this opportunity (in any language), if they already sent one.

    With `name`, a phone number is the same person only under the same name: people in one household often
    share a phone (the database holds the same rule)."""
    same_person = Q(pk__in=[])
    if normalise_email(email):
        same_person |= Q(email_normalised=normalise_email(email))
    if normalise_phone(phone):
        by_phone = Q(phone_normalised=normalise_phone(phone))
        if normalise_name(name):
            by_phone &= Q(name_normalised=normalise_name(name))
        same_person |= by_phone
    if user is not None and user.is_authenticated:
        same_person |= Q(user=user)
    return ExpressionOfInterest.objects.filter(same_person, opportunity_key=page.translation_key).first()


def _confirm_to_the_person(interest, page):
    notify(
        interest,
        "interest_received",
        {
            "name": interest.name,
            "opportunity": interest.opportunity_title,
            "opportunity_url": page.get_full_url(),
            "contact_name": page.contact.name if page.contact else "",
            "is_member": interest.user_id is not None,
            "dashboard_path": _dashboard_path(interest.language),
        },
        idempotency_key=f"interest-received:{interest.pk}",
        language=interest.language,
    )


def tell_asked_again(interest):
    """Tell the person that someone (perhaps them) sent their details for this opportunity again.

    The visitor who sent them sees the ordinary thank-you page, so that nobody learns from the site whether
    someone else has applied; the person whose interest it is hears about it here instead, in their language
    and the way they chose, at most once a day. Call it only for an interest already saved (committed).
    """
    notify(
        interest,
        "interest_asked_again",
        {"name": interest.name, "opportunity": interest.opportunity_title},
        idempotency_key=f"interest-again:{interest.pk}:{timezone.localdate().isoformat()}",
        language=interest.language,
    )


def _tell_the_contact_person(interest, page):
    address = staff_address(page)
    if not address:
        return
    notify(
        address,
        "interest_for_staff",
        {
            **_about_the_person(interest),
            "opportunity": interest.opportunity_title,
            "admin_path": reverse("interests:inspect", args=[interest.pk]),
        },
        idempotency_key=f"interest-staff:{interest.pk}",
        language=settings.LANGUAGE_CODE,
    )


def staff_address(page):
    """Who hears about new interest: the opportunity's contact person, else the site's contact email."""
    if page is not None and page.contact and page.contact.email:
        return page.contact.email
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).contact_email if site else ""


def _about_the_person(interest):
    needs = dict(AccessNeed.choices)
    return {
        "name": interest.name,
        "contact": contact_details(interest),
        "by_text_message": interest.preferred_contact == ContactMethod.TEXT,
        "postal_address": interest.postal_address if interest.preferred_contact == ContactMethod.POST else "",
        "access_needs": [str(needs.get(need, need)) for need in interest.access_needs],
        "access_needs_details": interest.access_needs_details,
        "why_interested": interest.why_interested,
        "answers": list(interest.answers.values()),
    }


def _dashboard_path(language):
    with translation.override(language):
        return reverse("accounts:dashboard")


# --- messages as the interest moves through the pipeline --------------------------------------------


def tell_the_person(interest, decision):
    """A kind message in the person's language when their interest moves on. Staff's reasons stay internal."""
    notify(
        interest,
        "interest_status",
        {
            "name": interest.name,
            "status": decision.to_status,
            "opportunity": interest.opportunity_title,
            "contact_name": interest.opportunity.contact.name
            if interest.opportunity and interest.opportunity.contact
            else "",
        },
        idempotency_key=f"interest-status:{decision.pk}",
        language=interest.language,
    )


def tell_staff_about_withdrawal(interest, decision):
    """When the person withdraws themselves (staff who withdraw someone already know)."""
    address = staff_address(interest.opportunity)
    if not address or interest.user_id is None or decision.by_id != interest.user_id:
        return
    notify(
        address,
        "interest_withdrawn",
        {
            "name": interest.name,
            "opportunity": interest.opportunity_title,
            "admin_path": reverse("interests:inspect", args=[interest.pk]),
        },
        idempotency_key=f"interest-withdrawn:{decision.pk}",
        language=settings.LANGUAGE_CODE,
    )


for _status in TOLD_TO_THE_PERSON:
    register_transition_hook(ExpressionOfInterest, _status, tell_the_person)
register_transition_hook(ExpressionOfInterest, InterestStatus.WITHDRAWN, tell_staff_about_withdrawal)


# --- accounts: guest records, "My involvement", data download and erasure ---------------------------


@register_guest_records
def link_guest_interests(user, email):
    """Attach what a guest sent with `email` to the member who has just verified it, except where the
    member already has their own interest in the same opportunity (one each, as the database requires)."""
    already = ExpressionOfInterest.objects.filter(user=user).values("opportunity_key")
    ExpressionOfInterest.objects.filter(user=None, email_normalised=normalise_email(email)).exclude(
        opportunity_key__in=already
    ).update(user=user)


def dashboard_items(user):
    interests = ExpressionOfInterest.objects.filter(user=user).select_related("opportunity")
    return [
        DashboardItem(
            title=interest.opportunity_title,
            url=interest.opportunity.get_url() if interest.opportunity and interest.opportunity.live else "",
            status=interest.get_status_display(),
            date=interest.created_at,
            action_url=reverse("opportunities:withdraw_interest", args=[interest.pk]) if interest.can_withdraw else "",
            action_label=_("Withdraw"),
        )
        for interest in interests
    ]


register_section(
    "interests",
    _("Opportunities I am interested in"),
    dashboard_items,
    order=10,
    empty_text=_("You have not told us about any opportunities yet."),
)


def data_rows(user):
    needs = dict(AccessNeed.choices)
    return [
        {
            _("Opportunity"): interest.opportunity_title,
            _("Status"): interest.get_status_display(),
            _("Sent"): interest.created_at,
            _("How to contact you"): interest.get_preferred_contact_display(),
            _("Email address"): interest.email,
            _("Phone number"): interest.phone,
            _("Postal address"): interest.postal_address,
            _("Access needs"): [str(needs.get(need, need)) for need in interest.access_needs],
            _("Access needs in your own words"): interest.access_needs_details,
            _("Why you are interested"): interest.why_interested,
            _("How you heard"): interest.get_how_heard_display(),
            _("Where you heard"): interest.how_heard_details,
            _("Other answers"): [f"{item['label']}: {item['answer']}" for item in interest.answers.values()],
        }
        for interest in ExpressionOfInterest.objects.filter(user=user)
    ]


register_data_section("interests", _("Expressions of interest"), data_rows)


@register_eraser
def erase_interests(user):
    """Anonymise the member's expressions of interest. The rows stay (without anything that says who sent
    them) so that places filled and the evaluation figures still add up."""
    mine = Q(user=user)
    if normalise_email(user.email):
        mine |= Q(user=None, email_normalised=normalise_email(user.email))
    interests = ExpressionOfInterest.objects.filter(mine)
    _forget_staff_messages(list(interests.values_list("pk", flat=True)))
    interests.update(
        user=None,
        name="",
        name_normalised="",
        email="",
        email_normalised="",
        phone="",
        phone_normalised="",
        postal_address="",
        access_needs=[],
        access_needs_details="",
        why_interested="",
        how_heard_details="",
        answers={},
    )


def _forget_staff_messages(interest_pks):
    """Staff messages carried the person's details: keep the rows for the record, without them."""
    withdrawals = ModerationDecision.objects.filter(
        content_type=ContentType.objects.get_for_model(ExpressionOfInterest),
        object_id__in=interest_pks,
        to_status=InterestStatus.WITHDRAWN,
    ).values_list("pk", flat=True)
    keys = [f"interest-staff:{pk}" for pk in interest_pks] + [f"interest-withdrawn:{pk}" for pk in withdrawals]
    OutboxMessage.objects.filter(idempotency_key__in=keys).exclude(status=OutboxMessage.Status.SENDING).update(
        context={}
    )
