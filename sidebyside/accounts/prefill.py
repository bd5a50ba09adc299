"""Filling public forms from a member's profile, and linking what a guest sent once they verify their email.

In a public form's view:

    from sidebyside.accounts.prefill import initial_for

    form = InterestForm(initial=initial_for(request, InterestForm))

A signed-in member sees their details filled in and may change them for this one submission; nothing is
written back to the profile. A guest gets an empty form.

An app that stores guest submissions by email registers a linker, called when a member verifies that
email (at sign-up or later):

    from sidebyside.accounts.prefill import register_guest_records

    def link_interests(user, email):
        ExpressionOfInterest.objects.filter(user=None, email__iexact=email).update(user=user)

    register_guest_records(link_interests)
"""

import logging

from .models import InvolvementProfile

logger = logging.getLogger(__name__)

_guest_record_linkers = []


def member_details(user):
    """A member's details under the field names public forms use."""
    if not user.is_authenticated:
        return {}
    profile = InvolvementProfile.objects.filter(user=user).first() or InvolvementProfile(user=user)
    details = {
        "name": profile.name or user.get_full_name(),
        "display_name": profile.display_name,
        "preferred_name": profile.preferred_name,
        "pronouns": profile.pronouns,
        "email": user.email,
        "phone": profile.phone,
        "postal_address": profile.postal_address,
        "preferred_contact": profile.preferred_contact,
        "preferred_language": profile.preferred_language,
        "access_needs": list(profile.access_needs),
        "interpreter_language": profile.interpreter_language,
        "dietary_needs": profile.dietary_needs,
        "other_needs": profile.other_needs,
        "topics": list(profile.topics),
        "age_band": profile.age_band,
        "guardian_name": profile.guardian_name,
        "guardian_contact": profile.guardian_contact,
    }
    return {key: value for key, value in details.items() if value not in ("", [], None)}


def initial_for(request, form_class=None, fields=None):
    """Initial data for a public form: the member's details for the fields the form has.

    Give the form class, or the list of field names; with neither, every known detail is returned.
    """
    details = member_details(request.user)
    if form_class is not None:
        fields = list(form_class.base_fields)
    if fields is None:
        return details
    return {name: details[name] for name in fields if name in details}


def register_guest_records(linker):
    """Register `linker(user, email)`, called when `user` verifies `email`. Returns it (usable as a decorator)."""
    if linker not in _guest_record_linkers:
        _guest_record_linkers.append(linker)
    return linker


def unregister_guest_records(linker):
    if linker in _guest_record_linkers:
        _guest_record_linkers.remove(linker)


def link_guest_records(user, email):
    """Attach everything a guest sent with `email` to `user`. Only call it with a verified email."""
    for linker in list(_guest_record_linkers):
        linker(user, email)
    logger.info("guest records linked to user %s", user.pk)
