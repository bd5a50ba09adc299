"""What this browser has just submitted from a page, for the thank-you page that follows: the record's id
is kept in the session, signed and tied to the page, so nobody can see another person's details by
guessing an id or by coming from another page."""

from django.core import signing


def remember_submission(request, key, page, record):
    """Keep `record` as what was just submitted from `page`, under the session `key` (also the salt)."""
    request.session[key] = signing.dumps({"pk": record.pk, "page": page.pk}, salt=key)


def remember_unsaved(request, key, page, fields):
    """For a submission answered as if it were new but not saved (its details matched someone else's record):
    what the thank-you page may show, `fields` of the record as the visitor typed them (JSON-serialisable)."""
    request.session[key] = signing.dumps({"typed": fields, "page": page.pk}, salt=key)


def just_submitted(request, key, page, queryset):
    """The record of `queryset` that this browser has just submitted from `page`, or None; for one remembered
    with remember_unsaved, an unsaved instance of what the visitor typed."""
    try:
        data = signing.loads(request.session.get(key, ""), salt=key)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("page") != page.pk:
        return None
    if "typed" in data:
        return queryset.model(**data["typed"])
    return queryset.filter(pk=data.get("pk")).first()
