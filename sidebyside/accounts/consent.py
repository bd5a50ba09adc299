"""Recording, checking and withdrawing consent. Every app that asks for agreement records it here.

from sidebyside.accounts.consent import record_consent
from sidebyside.accounts.models import ConsentMethod, ConsentTopic

record_consent(
    ConsentTopic.CONTACT_ABOUT_OPPORTUNITY,
    wording_version="interest-form-2026-11",
    method=ConsentMethod.WEB_FORM,
    user=request.user,          # or leave it out for a guest,
    email=form.cleaned_data["email"],  # and the consent is linked when they verify this email
    subject=page.title,
)
"""

from django.db.models import Q
from django.utils import timezone

from .models import Consent
from .prefill import register_guest_records


def record_consent(topic, *, wording_version, method, user=None, email="", subject=""):
    member = user if user is not None and user.is_authenticated else None
    return Consent.objects.create(
        user=member,
        email=email or (member.email if member else ""),
        topic=topic,
        wording_version=wording_version,
        method=method,
        subject=subject,
    )


def has_consent(topic, *, user=None, email="", subject=None):
    """Whether an active (not withdrawn) consent exists for this person and topic."""
    who = Q()
    if user is not None and user.is_authenticated:
        who |= Q(user=user)
    if email:
        who |= Q(email__iexact=email)
    if not who:
        return False
    consents = Consent.objects.active().filter(who, topic=topic)
    if subject is not None:
        consents = consents.filter(subject=subject)
    return consents.exists()


def withdraw(consent):
    """Withdraw at once; the record stays, showing what was agreed and until when."""
    if consent.withdrawn_at is None:
        consent.withdrawn_at = timezone.now()
        consent.save(update_fields=["withdrawn_at"])
    return consent


@register_guest_records
def link_guest_consents(user, email):
    Consent.objects.filter(user=None, email__iexact=email).update(user=user)
