"""What this browser has just submitted from a page, for the thank-you page that follows: the record's id
is kept in the session, signed and tied to the page, so nobody can see another person's details by
guessing an id or by coming from another page."""

from django.core import signing


def remember_submission(request, key, page, record):
    """Keep `record` as what was just submitted from `page`, under the session `key` (also the salt)."""
    request.session[key] = signing.dumps({"pk": record.pk, "page": page.pk}, salt=key)


def just_submitted(request, key, page, queryset):
    """The record of `queryset` that this browser has just submitted from `page`, or None."""
    try:
        data = signing.loads(request.session.get(key, ""), salt=key)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("page") != page.pk:
        return None
    return queryset.filter(pk=data.get("pk")).first()
