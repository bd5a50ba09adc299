"""Privacy self-service: everything the site holds about a member, and erasing it.

Each app that stores personal data adds what it holds about a member to the download, and says how to
erase or anonymise it when the member deletes their account:

    from sidebyside.accounts.privacy import register_data_section, register_eraser

    register_data_section("interests", _("Expressions of interest"), lambda user: [
        {"opportunity": i.opportunity.title, "status": i.get_status_display(), "sent": i.created_at}
        for i in ExpressionOfInterest.objects.filter(user=user).select_related("opportunity")
    ])
    register_eraser(lambda user: ExpressionOfInterest.objects.filter(user=user).update(
        user=None, name="", email="", phone="", notes=""))   # the row stays for the statistics

A data section returns a list of rows (dicts of plain values) or one dict.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession

from sidebyside.notifications import notify
from sidebyside.notifications.models import DeliveryAttempt, OutboxMessage

from .models import AccessNeed, Consent, Day, InvolvementProfile, SecurityEvent, TimeOfDay, Topic

logger = logging.getLogger(__name__)

DELETION_SALT = "sidebyside.accounts.delete"
DELETION_LINK_MAX_AGE = 24 * 60 * 60


@dataclass(frozen=True)
class DataSection:
    key: str
    title: str
    rows: object


_data_sections = {}
_erasers = []


def register_data_section(key, title, rows):
    _data_sections[key] = DataSection(key, title, rows)


def unregister_data_section(key):
    _data_sections.pop(key, None)


def register_eraser(eraser):
    if eraser not in _erasers:
        _erasers.append(eraser)
    return eraser


def unregister_eraser(eraser):
    if eraser in _erasers:
        _erasers.remove(eraser)


def plain(value):
    """A value as it goes into the JSON and HTML download."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def collect_data(user):
    """[{"key", "title", "rows": [dict, ...]}] for every registered section, in registration order."""
    sections = []
    for section in _data_sections.values():
        rows = section.rows(user)
        rows = [rows] if isinstance(rows, dict) else list(rows)
        sections.append(
            {
                "key": section.key,
                "title": str(section.title),
                "rows": [{str(name): plain(value) for name, value in row.items()} for row in rows],
            }
        )
    return sections


def export_document(user):
    return {"generated_at": timezone.now().isoformat(), "sections": collect_data(user)}


# What the accounts app itself holds.


def _account_rows(user):
    return {
        str(_("Email address")): user.email,
        str(_("Account made")): user.date_joined,
        str(_("Last signed in")): user.last_login,
    }


def _email_rows(user):
    return [
        {str(_("Email address")): address.email, str(_("Confirmed")): address.verified}
        for address in EmailAddress.objects.filter(user=user)
    ]


PROFILE_FIELDS = [field.name for field in InvolvementProfile._meta.fields if field.name not in ("id", "user")]


LIST_CHOICES = {"best_days": Day, "best_times": TimeOfDay, "access_needs": AccessNeed, "topics": Topic}


def _readable(profile, name):
    """A profile value as the member chose it (a label, not a code)."""
    value = getattr(profile, name)
    if name in LIST_CHOICES:
        labels = dict(LIST_CHOICES[name].choices)
        return [str(labels.get(item, item)) for item in value]
    if name == "preferred_language":
        return dict(settings.LANGUAGES).get(value, value)
    if InvolvementProfile._meta.get_field(name).choices and value:
        return getattr(profile, f"get_{name}_display")()
    return value


def _profile_rows(user):
    profile = InvolvementProfile.objects.filter(user=user).first()
    if profile is None:
        return []
    meta = InvolvementProfile._meta
    return [{str(meta.get_field(name).verbose_name): _readable(profile, name) for name in PROFILE_FIELDS}]


def _consent_rows(user):
    return [
        {
            str(_("Agreed to")): consent.get_topic_display(),
            str(_("About")): consent.subject,
            str(_("Wording version")): consent.wording_version,
            str(_("How")): consent.get_method_display(),
            str(_("Agreed on")): consent.given_at,
            str(_("Withdrawn on")): consent.withdrawn_at,
        }
        for consent in Consent.objects.filter(user=user)
    ]


def _security_rows(user):
    return [
        {str(_("What happened")): event.get_kind_display(), str(_("When")): event.created_at}
        for event in SecurityEvent.objects.filter(user=user)
    ]


def _session_rows(user):
    return [
        {
            str(_("Signed in on")): session.created_at,
            str(_("Browser")): session.user_agent,
            str(_("IP address")): session.ip,
        }
        for session in UserSession.objects.filter(user=user)
    ]


register_data_section("account", _("Your account"), _account_rows)
register_data_section("email_addresses", _("Email addresses"), _email_rows)
register_data_section("profile", _("Your involvement profile"), _profile_rows)
register_data_section("consents", _("What you agreed to"), _consent_rows)
register_data_section("security", _("Security events"), _security_rows)
register_data_section("sessions", _("Where you are signed in"), _session_rows)


# Deleting an account.


def deletion_token(user):
    return signing.dumps({"user": user.pk, "email": user.email}, salt=DELETION_SALT)


def user_for_deletion_token(token, user_model):
    """The user a valid, unexpired deletion link is for, or None."""
    try:
        data = signing.loads(token, salt=DELETION_SALT, max_age=DELETION_LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    user = user_model.objects.filter(pk=data.get("user"), is_active=True).first()
    if user is None or not user.email or user.email != data.get("email"):
        return None
    return user


def request_deletion(user, confirm_url):
    """Email the member a link that confirms the deletion (through the outbox)."""
    with transaction.atomic():
        event = SecurityEvent.objects.create(user=user, kind=SecurityEvent.Kind.DELETION_REQUESTED)
        notify(
            user.email,
            "account/deletion_confirm",
            {"confirm_url": confirm_url},
            idempotency_key=f"account-deletion-confirm:{event.pk}",
        )


def _member_addresses(user):
    """The member's own email addresses: the account's and every one they confirmed."""
    confirmed = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    return {address for address in {user.email, *confirmed} if address}


def _to_any_of(addresses, field):
    query = Q(pk__in=[])
    for address in addresses:
        query |= Q(**{f"{field}__iexact": address})
    return query


def _forget_outbox_messages(addresses):
    """Emails to the member stay as anonymous rows (for the delivery figures) without the address or the
    codes and links they carried; those still waiting are not sent. A row a worker is sending right now
    is left to finish."""
    messages = OutboxMessage.objects.filter(_to_any_of(addresses, "recipient")).exclude(
        status=OutboxMessage.Status.SENDING
    )
    DeliveryAttempt.objects.filter(message__in=messages).update(error="")
    messages.filter(status__in=[OutboxMessage.Status.QUEUED, OutboxMessage.Status.FAILED]).update(
        status=OutboxMessage.Status.CANCELLED
    )
    messages.update(recipient="", context={}, last_error="")


def delete_account(user):
    """Erase the member's personal data and keep an anonymous, unusable user row for the statistics."""
    email, pk = user.email, user.pk
    with transaction.atomic():
        addresses = _member_addresses(user)
        for eraser in list(_erasers):
            eraser(user)
        InvolvementProfile.objects.filter(user=user).delete()
        Consent.objects.filter(user=user).delete()
        if addresses:
            Consent.objects.filter(_to_any_of(addresses, "email"), user=None).delete()
            _forget_outbox_messages(addresses)
        SecurityEvent.objects.filter(user=user).delete()
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        for session in UserSession.objects.filter(user=user):
            session.end()
        user.username = f"deleted-{pk}"
        user.email = ""
        user.first_name = ""
        user.last_name = ""
        user.is_active = False
        user.set_unusable_password()
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        if email:
            notify(email, "account/account_deleted", {}, idempotency_key=f"account-deleted:{pk}")
    logger.info("account %s deleted at the member's request", pk)
