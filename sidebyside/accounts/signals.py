"""Hooks into allauth: remember the language a member signed up in, link guest records when an email is
verified, record rejected sign-in codes."""

import logging

from django.dispatch import receiver
from django.utils import translation

from allauth.account.internal.flows.login import record_authentication
from allauth.account.signals import email_confirmed, login_code_rejected, user_signed_up
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added

from .models import InvolvementProfile, SecurityEvent
from .prefill import link_guest_records

logger = logging.getLogger("sidebyside.accounts.security")


@receiver(user_signed_up)
def remember_language(sender, request, user, **kwargs):
    """The language the member signed up in is the one we write to them in, until they change it on their
    profile: messages sent while staff or a scheduled task act cannot read it from the request."""
    try:
        language = translation.get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return
    InvolvementProfile.objects.get_or_create(user=user, defaults={"preferred_language": language})


@receiver(email_confirmed)
def attach_guest_records(sender, request, email_address, **kwargs):
    link_guest_records(email_address.user, email_address.email)


@receiver(login_code_rejected)
def record_rejected_code(sender, request, user, last_attempt, **kwargs):
    kind = SecurityEvent.Kind.CODE_LOCKED_OUT if last_attempt else SecurityEvent.Kind.CODE_REJECTED
    SecurityEvent.objects.create(user=user, kind=kind)
    if last_attempt:
        logger.warning("sign-in code for user %s locked after too many wrong attempts", user.pk)


@receiver(authenticator_added)
def count_activation_as_mfa(sender, request, user, authenticator, **kwargs):
    """Turning on an authenticator app means typing a valid code from it: that is an MFA step for this
    session, so a member of staff who has just set it up is not asked for another code straight away."""
    if authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, "mfa", type=authenticator.type, id=authenticator.pk)
