"""Who counts as staff, and whether this session has passed multi-factor authentication."""

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator

from sidebyside.core.groups import STAFF_GROUPS


def is_staff_member(user):
    """Staff must use MFA: Django staff and superusers, anyone in one of the staff groups, and anyone else
    allowed into the Wagtail admin (a group made later, or the permission given to one person)."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.groups.filter(name__in=STAFF_GROUPS).exists()


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def passed_mfa(request):
    """True when allauth recorded an MFA step for this user in this session (sign-in or re-check)."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)
