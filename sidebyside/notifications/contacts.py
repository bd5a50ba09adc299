"""A person's contact details and how they want to be contacted, as `notify()` understands them."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Preference(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    POST = "post", _("Post")


# Other ways forms say "by phone": a person who asked for text messages must not be emailed either.
PREFERENCE_ALIASES = {"text": Preference.PHONE, "sms": Preference.PHONE}


@dataclass(frozen=True)
class Contact:
    """How to reach a person. Anything with the same attributes (a profile, a form submission) works too."""

    email: str = ""
    phone: str = ""
    preferred_contact: str = Preference.EMAIL
    language: str | None = None


def as_contact(recipient):
    """A Contact from an email address, a Contact, or any object with email/phone/preferred_contact."""
    if isinstance(recipient, Contact):
        return recipient
    if isinstance(recipient, str):
        return Contact(email=recipient)
    preference = getattr(recipient, "preferred_contact", "") or Preference.EMAIL
    preference = PREFERENCE_ALIASES.get(preference, preference)
    return Contact(
        email=getattr(recipient, "email", "") or "",
        phone=getattr(recipient, "phone", "") or "",
        preferred_contact=preference if preference in Preference.values else Preference.EMAIL,
        language=getattr(recipient, "language", None) or None,
    )


def wants_email(recipient):
    """True when the person chose email and gave an address; phone and post people get no email."""
    contact = as_contact(recipient)
    return contact.preferred_contact == Preference.EMAIL and bool(contact.email)


def contact_details(recipient):
    """How staff should reach this person, to put in a staff message's context as `contact`.

    The includes notifications/includes/contact_instructions.txt and .html turn it into "Call them
    on …", "Write to them by post" or "Email them at …" in the staff member's language.
    """
    contact = as_contact(recipient)
    return {"method": contact.preferred_contact, "email": contact.email, "phone": contact.phone}
