"""Protection for public forms: a honeypot field that people never see, and rate limits per IP address
and per email address, counted in the shared cache (Redis in production, so every instance agrees).

    class InterestForm(HoneypotMixin, forms.Form): ...

    if request.method == "POST":
        limited = rate_limited(request, "interest")  # every POST counts against the IP address
        if limited:
            return limited  # a 429 page that tells the person to wait
        if form.is_valid():
            limited = rate_limited(request, "interest", email=form.cleaned_data["email"], count_ip=False)
            if limited:
                return limited
            ...  # save

The email address is counted only for valid submissions, just before saving: someone correcting their
mistakes is not locked out, and nobody can lock another person's address out by posting rubbish with it.

Limits are `(count, seconds)` pairs; `settings.PUBLIC_FORM_RATE_LIMITS` overrides them per scope, e.g.
{"interest": {"ip": (20, 3600), "email": (5, 3600)}}.
"""

import hashlib
import logging

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# A name that browsers' autofill does not recognise (it matches words such as "address" or "website").
HONEYPOT_FIELD = "sbs_trap"
DEFAULT_LIMITS = {"ip": (20, 3600), "email": (5, 3600)}


class HoneypotMixin(forms.Form):
    """A field hidden from people (CSS and aria-hidden, skipped by the keyboard) that bots fill in.

    Templates render it with {% include "components/forms/honeypot.html" %}; a form that arrives with it
    filled in is invalid with a message that does not tell a bot what gave it away.
    """

    sbs_trap = forms.CharField(
        label=_("Leave this box empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT_FIELD):
            logger.info("honeypot field filled in on %s", type(self).__name__)
            # A form-wide error: the error summary must not link to a field people cannot see.
            raise forms.ValidationError(_("We could not accept this form. Please try again."), code="honeypot")
        return cleaned

    @property
    def visible_fields_without_honeypot(self):
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD]


def client_ip(request):
    """The client's address; behind a proxy, the header named by settings.CLIENT_IP_HEADER (set only when
    the proxy overwrites it, or anyone could choose their own address)."""
    header = getattr(settings, "CLIENT_IP_HEADER", None)
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def _limits(scope):
    configured = getattr(settings, "PUBLIC_FORM_RATE_LIMITS", {}).get(scope, {})
    return {**DEFAULT_LIMITS, **configured}


def _hit(key, limit, window):
    """Count one attempt in a fixed window; True when the limit was already reached."""
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def _key(scope, kind, value):
    digest = hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:32]
    return f"ratelimit:{scope}:{kind}:{digest}"


def over_limit(request, scope, *, email="", count_ip=True):
    """Count this attempt against the IP address (unless count_ip is False) and the email address (if
    given); True if either is over."""
    limits = _limits(scope)
    checks = [("ip", client_ip(request))] if count_ip else []
    if email:
        checks.append(("email", email.strip().lower()))
    over = False
    for kind, value in checks:
        limit, window = limits[kind]
        over = _hit(_key(scope, kind, value), limit, window) or over
    if over:
        logger.warning("rate limit reached for %s", scope)
    return over


def rate_limited(request, scope, *, email="", count_ip=True):
    """A 429 response if this attempt is over the limit, otherwise None (arguments as for over_limit)."""
    if over_limit(request, scope, email=email, count_ip=count_ip):
        return render(request, "429.html", status=429)
    return None
