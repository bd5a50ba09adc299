"""The buddy scheme from request to check-in: receiving requests and offers, approving offers, ranking the
buddies who could help, proposing a match, both people accepting (only then are contact details shared),
ending a match, check-ins, safeguarding concerns, and what a member sees on "My involvement", in their data
download and when they delete their account.

Imported by CommunityConfig.ready(), so the hooks and sections below are registered once.

Signed links: each person's message about a match carries a link signed for that match and that side
(`match_token`), so the buddy's link can never accept, decline or end for the person asking, or the other
way round. Check-in links are signed for one check-in.

Deleting an account: the member's requests and offers go, with their matches and check-ins; an open match
is ended first and the other person told kindly. A safeguarding concern stays for the lead, without the
member's name or contact details.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from community.models import (
    BuddyCheckIn,
    BuddyMatch,
    BuddyMode,
    BuddyOffer,
    BuddyRequest,
    BuddySchemeIndexPage,
    CheckInKind,
    CheckInStatus,
    MatchStatus,
    OfferStatus,
    RequestStatus,
    SafeguardingConcern,
    SafeguardingSettings,
    Side,
    SupportArea,
)
from opportunities.models.interests import normalise_email
from opportunities.pipeline import staff_address
from sidebyside.accounts.dashboard import DashboardItem, register_section
from sidebyside.accounts.models import Day, TimeOfDay, Topic
from sidebyside.accounts.prefill import register_guest_records
from sidebyside.accounts.privacy import register_data_section, register_eraser
from sidebyside.core.models import SiteSettings
from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import TransitionError, register_transition_hook, transition
from sidebyside.notifications import contact_details, notify
from sidebyside.notifications.models import OutboxMessage

MATCH_SALT = "community.buddy-match"
CHECKIN_SALT = "community.buddy-checkin"
CHECK_IN_AFTER_DAYS = 14
OVERDUE_AFTER_WORKING_DAYS = 10
OPEN_MATCH_STATUSES = (MatchStatus.PROPOSED, MatchStatus.ACTIVE)


# --- receiving requests and offers ------------------------------------------------------------------


def organisation_of(opportunity):
    """A request or offer belongs to its opportunity's organisation; without one it is trust-wide (None)."""
    return opportunity.organisation if opportunity is not None else None


def receive_request(index_page, form, *, user=None, wording_version):
    """Save a valid BuddyRequestForm with its first audit entry and both messages, in one transaction."""
    member = user if user is not None and user.is_authenticated else None
    with transaction.atomic():
        buddy_request = BuddyRequest(
            index_page=index_page,
            user=member,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            consent_wording_version=wording_version,
            **form.request_fields(),
        )
        buddy_request.organisation = organisation_of(buddy_request.opportunity)
        buddy_request.save()
        record_decision(buddy_request, by=member, to_status=RequestStatus.NEW)
        notify(
            buddy_request,
            "buddy_request_received",
            {"name": buddy_request.name, "is_member": member is not None, **links(buddy_request.language)},
            idempotency_key=f"buddy-request-received:{buddy_request.pk}",
            language=buddy_request.language,
        )
        address = staff_address(index_page)
        if address:
            notify(
                address,
                "buddy_request_for_staff",
                {
                    "name": buddy_request.name,
                    "contact": contact_details(buddy_request),
                    "admin_path": reverse("buddy_requests:inspect", args=[buddy_request.pk]),
                    **links(settings.LANGUAGE_CODE),
                },
                idempotency_key=f"buddy-request-staff:{buddy_request.pk}",
                language=settings.LANGUAGE_CODE,
            )
    return buddy_request


def receive_offer(index_page, form, *, user):
    """Save a valid BuddyOfferForm from a member, with its first audit entry and both messages."""
    with transaction.atomic():
        offer = BuddyOffer(
            index_page=index_page,
            user=user,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            **form.offer_fields(),
        )
        offer.organisation = organisation_of(offer.opportunity)
        offer.save()
        record_decision(offer, by=user, to_status=OfferStatus.NEW)
        notify(
            offer,
            "buddy_offer_received",
            {"name": offer.name, **links(offer.language)},
            idempotency_key=f"buddy-offer-received:{offer.pk}",
            language=offer.language,
        )
        address = staff_address(index_page)
        if address:
            notify(
                address,
                "buddy_offer_for_staff",
                {
                    "name": offer.name,
                    "admin_path": reverse("buddy_offers:inspect", args=[offer.pk]),
                    **links(settings.LANGUAGE_CODE),
                },
                idempotency_key=f"buddy-offer-staff:{offer.pk}",
                language=settings.LANGUAGE_CODE,
            )
    return offer


def record_decision(item, *, by, to_status, from_status="", reason=""):
    """The first entry in an item's audit trail (services.transition writes the later ones)."""
    return ModerationDecision.objects.create(
        content_type=ContentType.objects.get_for_model(type(item)),
        object_id=item.pk,
        by=by,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )


# --- links that every message and page carries ------------------------------------------------------


def scheme_page(language=None):
    """The live buddy scheme page in `language`, else in the default language, else any."""
    # A site has one scheme page per language (a handful of rows), so one query for all of them.
    found = list(BuddySchemeIndexPage.objects.live().select_related("locale").order_by("path"))
    if not found:
        return None
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    for page in found:
        if page.locale.language_code == language:
            return page
    for page in found:
        if page.locale.language_code == settings.LANGUAGE_CODE:
            return page
    return found[0]


def concern_path(language=None):
    """Where to raise a concern: the buddy scheme page's concern form (site-relative)."""
    page = scheme_page(language)
    if page is None:
        return ""
    with translation.override(language or translation.get_language()):
        url = page.get_url() or ""
    return url + page.reverse_subpage("raise_concern") if url else ""


def links(language):
    """What every buddy message needs: the "raise a concern" link and the My involvement path."""
    with translation.override(language):
        dashboard = reverse("accounts:dashboard")
    return {"concern_path": concern_path(language), "dashboard_path": dashboard}


def match_token(match, side):
    return signing.dumps({"m": match.pk, "s": side}, salt=MATCH_SALT)


def match_for_token(token):
    """(match, side) for a signed match link, or (None, None)."""
    try:
        data = signing.loads(token, salt=MATCH_SALT)
    except signing.BadSignature:
        return None, None
    if not isinstance(data, dict) or data.get("s") not in (Side.PERSON, Side.BUDDY):
        return None, None
    match = BuddyMatch.objects.select_related("request", "offer").filter(pk=data.get("m")).first()
    return (match, data["s"]) if match is not None else (None, None)


def match_path(match, side):
    person = match.person_on(side)
    with translation.override(person.language):
        return reverse("community:buddy_match_link", args=[match_token(match, side)])


def checkin_token(checkin):
    return signing.dumps(checkin.pk, salt=CHECKIN_SALT)


def checkin_for_token(token):
    try:
        pk = signing.loads(token, salt=CHECKIN_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return BuddyCheckIn.objects.select_related("match__request", "match__offer").filter(pk=pk).first()


def checkin_path(checkin):
    with translation.override(checkin.person.language):
        return reverse("community:buddy_checkin", args=[checkin_token(checkin)])


# --- offers: approval ---------------------------------------------------------------------------------


def approve_offer(offer, decision):
    """Keep the training or checks the moderator recorded, and tell the buddy kindly."""
    BuddyOffer.objects.filter(pk=offer.pk).update(approval_note=decision.reason)
    offer.approval_note = decision.reason
    notify(
        offer,
        "buddy_offer_approved",
        {"name": offer.name, **links(offer.language)},
        idempotency_key=f"buddy-offer-approved:{decision.pk}",
        language=offer.language,
    )


def tell_offer_not_approved(offer, decision):
    notify(
        offer,
        "buddy_offer_not_approved",
        {"name": offer.name, **links(offer.language)},
        idempotency_key=f"buddy-offer-not-approved:{decision.pk}",
        language=offer.language,
    )


def end_matches_of_withdrawn_offer(offer, decision):
    for match in BuddyMatch.objects.filter(offer=offer, status__in=OPEN_MATCH_STATUSES).select_related(
        "request", "offer"
    ):
        end_match(match, Side.BUDDY, reason=gettext("The buddy is no longer able to help."), by=decision.by)


register_transition_hook(BuddyOffer, OfferStatus.APPROVED, approve_offer)
register_transition_hook(BuddyOffer, OfferStatus.NOT_APPROVED, tell_offer_not_approved)
register_transition_hook(BuddyOffer, OfferStatus.WITHDRAWN, end_matches_of_withdrawn_offer)


# --- ranking buddies for a request (pure: no database) -------------------------------------------------


SUPPORT_PHRASES = {
    SupportArea.FIRST_MEETINGS: _("can help with first meetings"),
    SupportArea.PAPERS: _("can help with understanding papers"),
    SupportArea.CONFIDENCE: _("can help with confidence to speak"),
    SupportArea.TRAVEL: _("can help with travel"),
    SupportArea.ONLINE: _("can help with online meetings"),
    SupportArea.OTHER: _("can help with other things"),
}
MODE_PHRASES = {
    BuddyMode.IN_PERSON: _("can meet in person"),
    BuddyMode.PHONE: _("can talk by phone"),
    BuddyMode.VIDEO: _("can meet by video call"),
}
WEIGHTS = {"language": 4, "support": 3, "mode": 2, "slot": 1, "topic": 1, "age": 1, "gender": 2}
MAX_SLOT_POINTS = 3


@dataclass
class Candidate:
    offer: object
    score: int = 0
    reasons: list = field(default_factory=list)


def _same(text):
    return " ".join(str(text).split()).casefold()


def rank_buddies(buddy_request, offers):
    """The offers that could help `buddy_request`, best first, each with a score and its reasons in plain
    words ("speaks Polish", "free on Tuesday mornings", "can help with travel").

    Pure: it reads only attributes of the request and of each offer (`spare_places` if set, else
    `capacity`), so the caller decides which offers are eligible. An offer with no spare place, or of
    another gender when the person asked for the same gender, is left out. Ties go to the offer with more
    spare places, then the one offered first."""
    days = dict(Day.choices)
    times = dict(TimeOfDay.choices)
    topics = dict(Topic.choices)
    ranked = []
    for offer in offers:
        spare = getattr(offer, "spare_places", offer.capacity)
        if spare is not None and spare <= 0:
            continue
        if buddy_request.same_gender and buddy_request.gender and offer.gender != buddy_request.gender:
            continue
        candidate = Candidate(offer)
        wanted_language = _same(buddy_request.preferred_language or "")
        spoken = {_same(language): language for language in offer.languages or []}
        if wanted_language and wanted_language in spoken:
            candidate.score += WEIGHTS["language"]
            candidate.reasons.append(gettext("speaks %(language)s") % {"language": spoken[wanted_language]})
        if buddy_request.same_gender and buddy_request.gender and offer.gender == buddy_request.gender:
            candidate.score += WEIGHTS["gender"]
            candidate.reasons.append(gettext("same gender, as asked"))
        for area in [area for area in SupportArea.values if area in (buddy_request.support_areas or [])]:
            if area in (offer.support_areas or []):
                candidate.score += WEIGHTS["support"]
                candidate.reasons.append(str(SUPPORT_PHRASES[area]))
        slots = [
            (day, time)
            for day in Day.values
            for time in TimeOfDay.values
            if day in (buddy_request.days or [])
            and day in (offer.days or [])
            and time in (buddy_request.times or [])
            and time in (offer.times or [])
        ]
        if slots:
            candidate.score += min(len(slots), MAX_SLOT_POINTS) * WEIGHTS["slot"]
            described = [
                gettext("%(day)s %(time)s") % {"day": days[day], "time": str(times[time]).lower()}
                for day, time in slots
            ]
            candidate.reasons.append(gettext("free on %(slots)s") % {"slots": _join(described)})
        for mode in [mode for mode in BuddyMode.values if mode in (buddy_request.modes or [])]:
            if mode in (offer.modes or []):
                candidate.score += WEIGHTS["mode"]
                candidate.reasons.append(str(MODE_PHRASES[mode]))
        shared_topics = [topic for topic in Topic.values if topic in (buddy_request.topics or [])]
        shared_topics = [topic for topic in shared_topics if topic in (offer.topics or [])]
        if shared_topics:
            candidate.score += len(shared_topics) * WEIGHTS["topic"]
            names = [str(topics[topic]).lower() for topic in shared_topics]
            candidate.reasons.append(gettext("also interested in %(topics)s") % {"topics": _join(names)})
        if buddy_request.age_band and buddy_request.age_band == offer.age_band and offer.age_band != "not_said":
            candidate.score += WEIGHTS["age"]
            candidate.reasons.append(gettext("in the same age group"))
        candidate.spare = spare
        ranked.append(candidate)
    ranked.sort(key=lambda c: (-c.score, -(c.spare or 0), c.offer.created_at, c.offer.pk))
    return ranked


def _join(words):
    words = [str(word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return gettext("%(first)s and %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def offers_with_spare_places(queryset=None):
    """Approved offers, each with `spare_places` (capacity less their open matches), in one query."""
    queryset = BuddyOffer.objects.all() if queryset is None else queryset
    return queryset.filter(status=OfferStatus.APPROVED).annotate(
        open_matches=Count("matches", filter=Q(matches__status__in=OPEN_MATCH_STATUSES))
    )


def candidates_for(buddy_request, offers_queryset=None):
    """The ranked approved buddies with spare capacity who have not already been proposed for this request
    and are not the person themselves."""
    offers = offers_with_spare_places(offers_queryset).exclude(matches__request=buddy_request)
    if buddy_request.user_id:
        offers = offers.exclude(user_id=buddy_request.user_id)
    rows = list(offers)
    for offer in rows:
        offer.spare_places = offer.capacity - offer.open_matches
    return rank_buddies(buddy_request, rows)


# --- matches: propose, accept, decline, end -------------------------------------------------------------


class MatchRefused(TransitionError):
    pass


def propose_match(buddy_request, offer, *, by):
    """Create a BuddyMatch and ask both people, each with their own signed link; the request moves to
    "Buddy proposed". Refused when the offer is not approved or has no spare place (checked under a lock,
    so two moderators cannot fill the same last place)."""
    with transaction.atomic():
        locked = BuddyOffer.objects.select_for_update().get(pk=offer.pk)
        if locked.status != OfferStatus.APPROVED:
            raise MatchRefused(gettext("Only an approved buddy can be matched."), code="not_approved")
        open_matches = BuddyMatch.objects.filter(offer=locked, status__in=OPEN_MATCH_STATUSES).count()
        if open_matches >= locked.capacity:
            raise MatchRefused(gettext("This buddy has no spare place now."), code="full")
        reasons = next((c.reasons for c in rank_buddies(buddy_request, [locked])), [])
        transition(buddy_request, RequestStatus.PROPOSED, by=by)
        match = BuddyMatch.objects.create(request=buddy_request, offer=locked, proposed_by=by, reasons=reasons)
        record_decision(match, by=by, to_status=MatchStatus.PROPOSED)
        for side in (Side.PERSON, Side.BUDDY):
            ask_to_accept(match, side)
    return match


def ask_to_accept(match, side):
    person = match.person_on(side)
    other = match.person_on(Side.BUDDY if side == Side.PERSON else Side.PERSON)
    notify(
        person,
        "buddy_match_proposed",
        {
            "name": person.name,
            "other_first_name": first_name(other.name),
            "is_buddy": side == Side.BUDDY,
            "reasons": list(match.reasons),
            "match_path": match_path(match, side),
            **links(person.language),
        },
        idempotency_key=f"buddy-match-proposed:{match.pk}:{side}",
        language=person.language,
    )


def first_name(name):
    parts = (name or "").split()
    return parts[0] if parts else ""


def accept_match(match, side, *, by=None):
    """Record that `side` accepts; when both have, the match starts and their details are shared."""
    with transaction.atomic():
        current = BuddyMatch.objects.select_for_update().get(pk=match.pk)
        if current.status != MatchStatus.PROPOSED:
            raise MatchRefused(gettext("This match is no longer waiting for an answer."), code="not_proposed")
        now = timezone.now()
        field_name = "person_accepted_at" if side == Side.PERSON else "buddy_accepted_at"
        if getattr(current, field_name) is None:
            BuddyMatch.objects.filter(pk=match.pk).update(**{field_name: now})
            setattr(current, field_name, now)
        for name in ("person_accepted_at", "buddy_accepted_at"):
            setattr(match, name, getattr(current, name))
        match.status = current.status
        if current.person_accepted_at and current.buddy_accepted_at:
            transition(match, MatchStatus.ACTIVE, by=by)
    return match


def start_match(match, decision):
    """Both accepted: the match starts, the request is matched, and each is told how to reach the other."""
    if not (match.person_accepted_at and match.buddy_accepted_at):
        raise MatchRefused(gettext("Both people must accept before the match can start."), code="not_accepted")
    BuddyMatch.objects.filter(pk=match.pk).update(started_at=decision.created_at)
    match.started_at = decision.created_at
    buddy_request = match.request
    if buddy_request.status == RequestStatus.PROPOSED:
        transition(buddy_request, RequestStatus.MATCHED, by=decision.by)
    for side in (Side.PERSON, Side.BUDDY):
        person = match.person_on(side)
        other = match.person_on(Side.BUDDY if side == Side.PERSON else Side.PERSON)
        notify(
            person,
            "buddy_match_confirmed",
            {
                "name": person.name,
                "other_name": other.name,
                "other_email": other.email,
                "other_phone": other.phone,
                "other_preferred_contact": other.get_preferred_contact_display(),
                "is_buddy": side == Side.BUDDY,
                "match_path": match_path(match, side),
                **links(person.language),
            },
            idempotency_key=f"buddy-match-confirmed:{match.pk}:{side}",
            language=person.language,
        )


def decline_match(match, side, *, reason="", by=None):
    """`side` says no: the match does not go ahead, the request waits for another buddy, and the other
    person is told kindly (the reason stays with the team)."""
    match._acting_side = side
    reason = reason.strip() or gettext("Declined by %(side)s.") % {"side": Side(side).label}
    return transition(match, MatchStatus.DECLINED, by=by, reason=reason)


def match_declined(match, decision):
    side = getattr(match, "_acting_side", Side.MODERATOR)
    if match.request.status == RequestStatus.PROPOSED:
        transition(match.request, RequestStatus.NEW, by=decision.by)
    for other in (Side.PERSON, Side.BUDDY):
        if other == side:
            continue
        person = match.person_on(other)
        notify(
            person,
            "buddy_match_not_going_ahead",
            {"name": person.name, "is_buddy": other == Side.BUDDY, **links(person.language)},
            idempotency_key=f"buddy-match-declined:{match.pk}:{other}",
            language=person.language,
        )


def end_match(match, side, *, reason, by=None):
    """End a proposed or active match (`side` is who ended it: the person, the buddy or a moderator)."""
    match._acting_side = side
    return transition(match, MatchStatus.ENDED, by=by, reason=reason)


def match_ended(match, decision):
    """Record who ended it; tell the other side kindly (both, when a moderator ended it). The request goes
    back to the queue unless the person asking ended it themselves."""
    side = getattr(match, "_acting_side", Side.MODERATOR)
    BuddyMatch.objects.filter(pk=match.pk).update(ended_at=decision.created_at, ended_by=side)
    match.ended_at, match.ended_by = decision.created_at, side
    buddy_request = match.request
    if buddy_request.status in (RequestStatus.PROPOSED, RequestStatus.MATCHED):
        if side == Side.PERSON:
            transition(
                buddy_request, RequestStatus.CLOSED, by=decision.by, reason=gettext("The person ended the match.")
            )
        else:
            transition(buddy_request, RequestStatus.NEW, by=decision.by)
    for other in (Side.PERSON, Side.BUDDY):
        if other == side:
            continue
        person = match.person_on(other)
        notify(
            person,
            "buddy_match_ended",
            {
                "name": person.name,
                "is_buddy": other == Side.BUDDY,
                "ended_by_moderator": side == Side.MODERATOR,
                "was_active": match.started_at is not None,
                **links(person.language),
            },
            idempotency_key=f"buddy-match-ended:{match.pk}:{other}",
            language=person.language,
        )


def end_matches_of_closed_request(buddy_request, decision):
    """A request closed by a moderator ends its open match, and the buddy is told kindly."""
    for match in BuddyMatch.objects.filter(request=buddy_request, status__in=OPEN_MATCH_STATUSES).select_related(
        "offer"
    ):
        match.request = buddy_request  # already closed: the match's hook leaves it so
        end_match(match, Side.MODERATOR, reason=decision.reason or gettext("The request was closed."), by=decision.by)


register_transition_hook(BuddyRequest, RequestStatus.CLOSED, end_matches_of_closed_request)
register_transition_hook(BuddyMatch, MatchStatus.ACTIVE, start_match)
register_transition_hook(BuddyMatch, MatchStatus.DECLINED, match_declined)
register_transition_hook(BuddyMatch, MatchStatus.ENDED, match_ended)


def open_match_for(match_queryset, user):
    """The matches a member is part of (as the person asking or as the buddy)."""
    return match_queryset.filter(Q(request__user=user) | Q(offer__user=user))


def side_of(match, user):
    if match.request.user_id == user.pk:
        return Side.PERSON
    if match.offer.user_id == user.pk:
        return Side.BUDDY
    return None


# --- check-ins ----------------------------------------------------------------------------------------


def send_checkins(now=None):
    """Ask both people how it is going: two weeks after a match started, and after it ended (if it had
    started). Each check-in is made once (a unique constraint and the idempotency key), so a late or
    repeated run sends nothing twice. Returns how many check-ins were made."""
    now = now or timezone.now()
    made = 0
    two_weeks = BuddyMatch.objects.filter(
        status=MatchStatus.ACTIVE, started_at__lte=now - datetime.timedelta(days=CHECK_IN_AFTER_DAYS)
    ).exclude(checkins__kind=CheckInKind.TWO_WEEKS)
    # Only matches that ended lately: a backlog from long ago is not worth asking about.
    ended = BuddyMatch.objects.filter(
        status=MatchStatus.ENDED,
        started_at__isnull=False,
        ended_at__gte=now - datetime.timedelta(days=CHECK_IN_AFTER_DAYS),
    ).exclude(checkins__kind=CheckInKind.ENDED)
    for kind, queryset in ((CheckInKind.TWO_WEEKS, two_weeks), (CheckInKind.ENDED, ended)):
        for match in queryset.select_related("request", "offer").distinct():
            with transaction.atomic():
                for side in (Side.PERSON, Side.BUDDY):
                    checkin, created = BuddyCheckIn.objects.get_or_create(match=match, side=side, kind=kind)
                    if not created:
                        continue
                    record_decision(checkin, by=None, to_status=CheckInStatus.ASKED)
                    person = match.person_on(side)
                    notify(
                        person,
                        "buddy_checkin",
                        {
                            "name": person.name,
                            "has_ended": kind == CheckInKind.ENDED,
                            "checkin_path": checkin_path(checkin),
                            **links(person.language),
                        },
                        idempotency_key=f"buddy-checkin:{checkin.pk}",
                        language=person.language,
                    )
                    made += 1
    return made


def answer_checkin(checkin, answer, comment=""):
    """Record the answer; "I need help" puts the check-in in the moderators' queue and tells the team."""
    with transaction.atomic():
        transition(checkin, answer, by=None)
        BuddyCheckIn.objects.filter(pk=checkin.pk).update(comment=comment, answered_at=timezone.now())
        checkin.comment = comment
        if answer == CheckInStatus.NEEDS_HELP:
            address = staff_address(checkin.match.request.index_page)
            if address:
                notify(
                    address,
                    "buddy_help_for_staff",
                    {
                        "admin_path": reverse("buddy_checkins:inspect", args=[checkin.pk]),
                        **links(settings.LANGUAGE_CODE),
                    },
                    idempotency_key=f"buddy-help-staff:{checkin.pk}",
                    language=settings.LANGUAGE_CODE,
                )
    return checkin


# --- safeguarding -------------------------------------------------------------------------------------


def safeguarding_recipient():
    """(email, is_the_lead): the named lead, else the site's contact email."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return "", False
    lead = SafeguardingSettings.for_site(site)
    if lead.lead_email:
        return lead.lead_email, True
    return SiteSettings.for_site(site).contact_email, False


def receive_concern(index_page, form, *, user=None):
    """Save a concern and send it to the safeguarding lead (or the site's contact email), in one
    transaction. Never in a moderation queue or the digest."""
    member = user if user is not None and user.is_authenticated else None
    address, to_lead = safeguarding_recipient()
    with transaction.atomic():
        concern = SafeguardingConcern.objects.create(
            index_page=index_page,
            user=member,
            language=translation.get_language() or settings.LANGUAGE_CODE,
            sent_to=address,
            sent_to_lead=to_lead,
            **form.concern_fields(),
        )
        if address:
            notify(
                address,
                "safeguarding_concern",
                {
                    "to_lead": to_lead,
                    "name": concern.name,
                    "email": concern.email,
                    "phone": concern.phone,
                    "concern": concern.concern,
                    "admin_path": reverse("safeguarding_concerns:inspect", args=[concern.pk]),
                },
                idempotency_key=f"safeguarding-concern:{concern.pk}",
                language=settings.LANGUAGE_CODE,
            )
    return concern


# --- members changing their mind (from My involvement) ----------------------------------------------


def can_cancel_request(buddy_request):
    return RequestStatus.CLOSED in buddy_request.allowed_transitions()


def cancel_request(buddy_request, *, by):
    """The person no longer wants a buddy: an open match ends (the buddy is told kindly) and the request
    closes. Raises TransitionError if it has closed meanwhile."""
    with transaction.atomic():
        locked = BuddyRequest.objects.select_for_update().get(pk=buddy_request.pk)
        if not can_cancel_request(locked):
            raise TransitionError(gettext("This request has already closed."))
        match = (
            BuddyMatch.objects.filter(request=locked, status__in=OPEN_MATCH_STATUSES).select_related("offer").first()
        )
        if match is not None:
            match.request = locked
            end_match(match, Side.PERSON, reason=gettext("The person cancelled their request."), by=by)
        if locked.status != RequestStatus.CLOSED:  # ending the match as the person closes it already
            transition(locked, RequestStatus.CLOSED, by=by, reason=gettext("The person cancelled their request."))


def can_withdraw_offer(offer):
    return OfferStatus.WITHDRAWN in offer.allowed_transitions()


def withdraw_offer(offer, *, by):
    """The buddy can no longer help: their open matches end (each person is told kindly, and their request
    goes back to the queue)."""
    transition(offer, OfferStatus.WITHDRAWN, by=by, reason=gettext("The buddy withdrew their offer."))


# --- accounts: guest records, "My involvement", data download and erasure ---------------------------


@register_guest_records
def link_guest_requests(user, email):
    BuddyRequest.objects.filter(user=None, email_normalised=normalise_email(email)).exclude(
        email_normalised=""
    ).update(user=user)


def dashboard_items(user):
    """The member's requests, offers and matches, newest first, in three queries."""
    items = []
    matches = list(
        open_match_for(BuddyMatch.objects.all(), user).select_related("request", "offer").order_by("-created_at")
    )
    for match in matches:
        side = side_of(match, user)
        other = match.person_on(Side.BUDDY if side == Side.PERSON else Side.PERSON)
        title = (gettext("Your buddy: %(name)s") if side == Side.PERSON else gettext("You are buddy to %(name)s")) % {
            "name": other.name if match.details_shared else first_name(other.name)
        }
        waiting_for_me = match.status == MatchStatus.PROPOSED and not match.accepted_by(side)
        items.append(
            DashboardItem(
                title=title,
                status=match_status_text(match, side),
                date=match.created_at,
                action_url=reverse("community:buddy_match", args=[match.pk]) if match.is_open else "",
                action_label=gettext("Accept or decline") if waiting_for_me else gettext("See or end"),
            )
        )
    for buddy_request in BuddyRequest.objects.filter(user=user).order_by("-created_at"):
        items.append(
            DashboardItem(
                title=gettext("Your request for a buddy"),
                status=buddy_request.get_status_display(),
                date=buddy_request.created_at,
                action_url=reverse("community:cancel_buddy_request", args=[buddy_request.pk])
                if can_cancel_request(buddy_request)
                else "",
                action_label=gettext("Cancel"),
            )
        )
    for offer in BuddyOffer.objects.filter(user=user).order_by("-created_at"):
        items.append(
            DashboardItem(
                title=gettext("Your offer to be a buddy"),
                status=offer.get_status_display(),
                date=offer.created_at,
                action_url=reverse("community:withdraw_buddy_offer", args=[offer.pk])
                if can_withdraw_offer(offer)
                else "",
                action_label=gettext("Withdraw"),
            )
        )
    return items


def match_status_text(match, side):
    if match.status == MatchStatus.PROPOSED:
        if match.accepted_by(side):
            return gettext("You accepted: waiting for the other person")
        return gettext("Waiting for your answer")
    return match.get_status_display()


register_section(
    "buddies",
    _("My buddy requests, offers and matches"),
    dashboard_items,
    order=45,
    empty_text=_("You have not asked for a buddy or offered to be one."),
)


def data_rows(user):
    rows = []
    for buddy_request in BuddyRequest.objects.filter(user=user):
        rows.append(
            {
                _("What"): gettext("Request for a buddy"),
                _("Status"): buddy_request.get_status_display(),
                _("Sent"): buddy_request.created_at,
                _("Name"): buddy_request.name,
                _("Email address"): buddy_request.email,
                _("Phone number"): buddy_request.phone,
                _("Support with"): ", ".join(buddy_request.support_areas),
                _("Language"): buddy_request.preferred_language,
                _("Ways to meet"): ", ".join(buddy_request.modes),
                _("Days"): ", ".join(buddy_request.days),
                _("Times"): ", ".join(buddy_request.times),
                _("Access needs"): ", ".join(buddy_request.access_needs),
                _("Anything else"): buddy_request.anything_else,
            }
        )
    for offer in BuddyOffer.objects.filter(user=user):
        rows.append(
            {
                _("What"): gettext("Offer to be a buddy"),
                _("Status"): offer.get_status_display(),
                _("Sent"): offer.created_at,
                _("Name"): offer.name,
                _("Email address"): offer.email,
                _("Phone number"): offer.phone,
                _("Support with"): ", ".join(offer.support_areas),
                _("Language"): ", ".join(offer.languages),
                _("Ways to meet"): ", ".join(offer.modes),
                _("Days"): ", ".join(offer.days),
                _("Times"): ", ".join(offer.times),
                _("Anything else"): offer.help_with,
            }
        )
    for match in open_match_for(BuddyMatch.objects.all(), user).select_related("request", "offer"):
        rows.append(
            {
                _("What"): gettext("Buddy match"),
                _("Status"): match.get_status_display(),
                _("Sent"): match.created_at,
                _("Name"): _other_name(match, user),
            }
        )
    return rows


def _other_name(match, user):
    """The other person's name, as far as it has been shared with this member."""
    other = match.person_on(Side.PERSON if side_of(match, user) == Side.BUDDY else Side.BUDDY)
    return other.name if match.details_shared or match.started_at else first_name(other.name)


register_data_section("buddies", _("Buddy scheme"), data_rows)


@register_eraser
def erase_buddy_records(user):
    """End the member's open matches (telling the other person kindly), then delete their requests and
    offers with their matches and check-ins. Concerns they raised stay for the safeguarding lead, without
    their name or contact details."""
    mine = Q(user=user)
    if normalise_email(user.email):
        mine |= Q(user=None, email_normalised=normalise_email(user.email))
    requests = list(BuddyRequest.objects.filter(mine))
    offers = list(BuddyOffer.objects.filter(user=user))
    open_matches = BuddyMatch.objects.filter(
        Q(request__in=requests) | Q(offer__in=offers), status__in=OPEN_MATCH_STATUSES
    ).select_related("request", "offer")
    for match in open_matches:
        side = Side.PERSON if match.request in requests else Side.BUDDY
        end_match(match, side, reason=gettext("Account deleted."), by=None)
    for item in [*requests, *offers]:
        _forget_messages(item)
        item.delete()
    SafeguardingConcern.objects.filter(user=user).update(user=None, name="", email="", phone="")


def _forget_messages(item):
    """Messages to the person keep their rows for the record, without the details in them."""
    prefix = "buddy-request-" if isinstance(item, BuddyRequest) else "buddy-offer-"
    OutboxMessage.objects.filter(idempotency_key__startswith=prefix, idempotency_key__endswith=f":{item.pk}").exclude(
        status=OutboxMessage.Status.SENDING
    ).update(context={})
    matches = BuddyMatch.objects.filter(**{"request" if isinstance(item, BuddyRequest) else "offer": item})
    for match_pk in matches.values_list("pk", flat=True):
        OutboxMessage.objects.filter(
            idempotency_key__startswith="buddy-match-", idempotency_key__contains=f":{match_pk}:"
        ).exclude(status=OutboxMessage.Status.SENDING).exclude(
            # The kind "it has ended" message to the other person holds only their own name.
            idempotency_key__startswith="buddy-match-ended:"
        ).update(context={})
