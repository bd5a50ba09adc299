"""The demo buddy scheme: a "Buddy scheme" page in English, Polish and Arabic, a named safeguarding lead,
three approved buddies and one waiting for approval, two open requests (one overdue), a match waiting for
both to accept, an active match with its two-week check-in due, and a match that has ended.

Everything here is made up: the people, their words and their email addresses. Called by
`load_demo_content` after the stories demo; idempotent like the rest of the demo (the page found by slug
or translation, people by email address, matches by the pair). Nobody is sent anything: the records and
their history are written directly, as the forms and moderators would have left them.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Site

from community.models import (
    BuddyMatch,
    BuddyOffer,
    BuddyRequest,
    BuddySchemeIndexPage,
    MatchStatus,
    OfferStatus,
    RequestStatus,
    SafeguardingSettings,
)
from home.demo.site import BUDDIES_KEY
from opportunities.demo import en as opportunities_en
from opportunities.demo.loader import OpportunityDemo
from sidebyside.core.models import Organisation
from sidebyside.moderation.models import ModerationDecision

ORGANISATION = "bht"

INDEX = {
    "en": {
        "title": "Buddy scheme",
        "search_description": "Get a buddy who has taken part before, or offer to be one.",
        "introduction": (
            "Nervous about your first meeting? A buddy is someone who has been there. They can meet you "
            "beforehand, go through the papers with you, or help you get there."
        ),
    },
    "pl": {
        "title": "Program wsparcia koleżeńskiego",
        "search_description": "Poproś o wsparcie osoby, która już brała udział, albo sam zostań wsparciem.",
        "introduction": (
            "Denerwujesz się przed pierwszym spotkaniem? Osoba wspierająca już przez to przeszła. Może spotkać "
            "się z Tobą wcześniej, przejrzeć z Tobą dokumenty albo pomóc Ci dotrzeć na miejsce."
        ),
    },
    "ar": {
        "title": "برنامج الرفيق",
        "search_description": "احصل على رفيق شارك من قبل، أو تطوّع لتكون رفيقًا.",
        "introduction": (
            "هل تشعر بالتوتر قبل اجتماعك الأول؟ الرفيق شخص مرّ بالتجربة نفسها، ويمكنه أن يلتقي بك قبل الاجتماع "
            "أو يراجع الأوراق معك أو يساعدك في الوصول."
        ),
    },
}

LEAD = {
    "lead_name": "Helen Osei",
    "lead_role": "Named Nurse for Safeguarding Adults",
    "lead_email": "safeguarding@example.org",
    "lead_phone": "01632 960 123",
    "what_happens_next": (
        "Helen or a member of her team reads every concern on the same working day. If you left your details, "
        "they will contact you to talk it through. If you stayed anonymous, they will still look into it."
    ),
    "lead_role_translations": {
        "pl": "Pielęgniarka odpowiedzialna za ochronę dorosłych",
        "ar": "الممرضة المسؤولة عن حماية البالغين",
    },
    "what_happens_next_translations": {
        "pl": (
            "Helen lub ktoś z jej zespołu czyta każde zgłoszenie tego samego dnia roboczego. Jeśli zostawisz swoje "
            "dane, skontaktują się z Tobą, żeby o tym porozmawiać. Jeśli zgłosisz to anonimowo, i tak się tym zajmą."
        ),
        "ar": (
            "تقرأ Helen أو أحد أعضاء فريقها كل بلاغ في يوم العمل نفسه. إذا تركت بياناتك، فسيتواصلون معك للحديث "
            "عن الأمر. وإذا بقيت مجهول الهوية، فسينظرون في الأمر مع ذلك."
        ),
    },
}

OFFERS = [
    {
        "username": "demo-buddy-grace",
        "name": "Grace Mensah",
        "email": "grace.mensah@example.org",
        "phone": "07700 900201",
        "status": OfferStatus.APPROVED,
        "approval_note": "Completed the 'Being a buddy' module on 3 October; references checked.",
        "help_with": "I have been on the maternity voices group for three years. I remember how lost I felt at first.",
        "support_areas": ["first_meetings", "travel", "confidence"],
        "languages": ["English", "Twi"],
        "modes": ["in_person", "phone"],
        "days": ["tue", "thu"],
        "times": ["morning"],
        "topics": ["maternity", "gp"],
        "gender": "woman",
        "age_band": "25_64",
        "capacity": 2,
        "days_ago": 90,
    },
    {
        "username": "demo-buddy-marek",
        "name": "Marek Nowak",
        "email": "marek.nowak@example.org",
        "phone": "",
        "status": OfferStatus.APPROVED,
        "approval_note": "Completed the buddy training module online; DBS check seen by the volunteer team.",
        "help_with": "Czytam dokumenty ze spotkań i chętnie wyjaśnię je po polsku. I can explain papers in Polish.",
        "support_areas": ["papers", "confidence", "online"],
        "languages": ["Polish", "English"],
        "modes": ["video", "phone"],
        "days": ["mon", "wed"],
        "times": ["evening"],
        "topics": ["long_term", "digital"],
        "gender": "man",
        "age_band": "25_64",
        "capacity": 1,
        "days_ago": 60,
    },
    {
        "username": "demo-buddy-layla",
        "name": "Layla Haddad",
        "email": "layla.haddad@example.org",
        "phone": "07700 900203",
        "status": OfferStatus.APPROVED,
        "approval_note": "Buddy training module completed in person on 12 November.",
        "help_with": "أساعد في الاجتماعات عبر الإنترنت وأتحدث العربية. I help people join online meetings.",
        "support_areas": ["first_meetings", "online"],
        "languages": ["Arabic", "English"],
        "modes": ["video"],
        "days": ["sat"],
        "times": ["morning", "afternoon"],
        "topics": ["young_people", "mental_health"],
        "gender": "woman",
        "age_band": "18_24",
        "capacity": 2,
        "days_ago": 45,
    },
    {
        "username": "demo-buddy-tom",
        "name": "Tom Richards",
        "email": "tom.richards@example.org",
        "phone": "07700 900204",
        "status": OfferStatus.NEW,
        "approval_note": "",
        "help_with": "I drive and could help people get to meetings at the General.",
        "support_areas": ["travel"],
        "languages": ["English"],
        "modes": ["in_person"],
        "days": ["fri"],
        "times": ["afternoon"],
        "topics": ["older_people"],
        "gender": "man",
        "age_band": "65_plus",
        "capacity": 1,
        "days_ago": 2,
    },
]

REQUESTS = [
    {
        "name": "Agnieszka Wójcik",
        "email": "agnieszka.wojcik@example.org",
        "phone": "",
        "preferred_contact": "email",
        "language": "pl",
        "preferred_language": "Polish",
        "support_areas": ["papers", "confidence"],
        "modes": ["video"],
        "days": ["wed"],
        "times": ["evening"],
        "topics": ["long_term"],
        "anything_else": "Trochę się denerwuję, bo nigdy nie byłam na takim spotkaniu.",
        "days_ago": 3,
    },
    {
        "name": "Dennis Clarke",
        "email": "",
        "phone": "07700 900301",
        "preferred_contact": "phone",
        "language": "en",
        "preferred_language": "English",
        "support_areas": ["travel", "first_meetings"],
        "modes": ["in_person"],
        "days": ["fri"],
        "times": ["afternoon"],
        "topics": ["older_people"],
        "access_needs": ["step_free"],
        "anything_else": "I use a walking frame, so I would like someone to meet me at the bus stop.",
        "days_ago": 24,  # more than 10 working days: overdue
    },
    {
        "name": "Samira Ali",
        "email": "samira.ali@example.org",
        "phone": "",
        "preferred_contact": "email",
        "language": "ar",
        "preferred_language": "Arabic",
        "support_areas": ["online", "first_meetings"],
        "modes": ["video"],
        "days": ["sat"],
        "times": ["morning"],
        "topics": ["young_people"],
        "anything_else": "لم أستخدم برنامج الاجتماعات عبر الإنترنت من قبل.",
        "days_ago": 8,
        "match": {"buddy": "demo-buddy-layla", "status": MatchStatus.PROPOSED, "days_ago": 1, "person_accepted": True},
    },
    {
        "name": "Joyce Bennett",
        "email": "joyce.bennett@example.org",
        "phone": "07700 900303",
        "preferred_contact": "email",
        "language": "en",
        "preferred_language": "English",
        "support_areas": ["first_meetings", "confidence"],
        "modes": ["in_person", "phone"],
        "days": ["tue"],
        "times": ["morning"],
        "topics": ["maternity"],
        "anything_else": "I have joined the maternity voices group and would like someone to sit with at first.",
        "days_ago": 30,
        # Started 15 days ago and nobody asked yet: the two-week check-in is due.
        "match": {"buddy": "demo-buddy-grace", "status": MatchStatus.ACTIVE, "days_ago": 16, "started_days_ago": 15},
    },
    {
        "name": "Peter Lowe",
        "email": "peter.lowe@example.org",
        "phone": "",
        "preferred_contact": "email",
        "language": "en",
        "preferred_language": "",
        "support_areas": ["travel"],
        "modes": ["phone"],
        "days": ["thu"],
        "times": ["morning"],
        "topics": [],
        "anything_else": "",
        "days_ago": 70,
        "match": {
            "buddy": "demo-buddy-grace",
            "status": MatchStatus.ENDED,
            "days_ago": 60,
            "started_days_ago": 58,
            "ended_days_ago": 5,
            "reason": "Peter now feels confident getting to meetings on his own.",
        },
    },
]


def load_buddies(site_loader):
    """Build the demo buddy scheme; returns the buddy scheme page of each language code."""
    return BuddyDemo(site_loader).load()


class BuddyDemo(OpportunityDemo):
    """Shares the opportunities demo's helpers for pages and translations."""

    def load(self):
        self.organisation = Organisation.objects.get(name=opportunities_en.ORGANISATIONS[ORGANISATION][0])
        english_home = self.site.pages["en"]["home"]
        self.indexes["en"] = self.ensure_child(
            english_home, BuddySchemeIndexPage, BUDDIES_KEY, INDEX["en"]["title"], organisation=self.organisation
        )
        self.publish_if_changed(self.indexes["en"], self.index_fields("en"))
        for code in ("pl", "ar"):
            self.indexes[code] = self.ensure_translation(self.indexes["en"], code)
            self.publish_if_changed(self.indexes[code], self.index_fields(code))
        self.ensure_lead()
        self.offers = {spec["username"]: self.ensure_offer(spec) for spec in OFFERS}
        for spec in REQUESTS:
            self.ensure_request(spec)
        return self.indexes

    def index_fields(self, code):
        return {**INDEX[code], "organisation_id": self.organisation.pk}

    def ensure_lead(self):
        site = Site.objects.filter(is_default_site=True).first()
        lead = SafeguardingSettings.for_site(site)
        if lead.lead_email not in ("", LEAD["lead_email"]):
            return  # a real lead: never overwritten by the demo
        changed = [name for name, value in LEAD.items() if getattr(lead, name) != value]
        if changed:
            for name in changed:
                setattr(lead, name, LEAD[name])
            lead.save()
            self.changes.append(f"Demo safeguarding lead: set {', '.join(changed)}")

    def ensure_offer(self, spec):
        user, created = get_user_model().objects.get_or_create(
            username=spec["username"],
            defaults={"email": spec["email"], "first_name": spec["name"].split()[0]},
        )
        if created:
            user.set_unusable_password()
            user.save()
            self.changes.append(f"Added demo member {spec['username']!r}")
        offer = BuddyOffer.objects.filter(user=user).first()
        if offer is not None:
            return offer
        sent = self.now - datetime.timedelta(days=spec["days_ago"])
        fields = [
            "name",
            "email",
            "phone",
            "help_with",
            "support_areas",
            "languages",
            "modes",
            "days",
            "times",
            "topics",
            "gender",
            "age_band",
            "capacity",
            "approval_note",
        ]
        offer = BuddyOffer.objects.create(
            user=user,
            index_page=self.indexes["en"],
            status=spec["status"],
            status_changed_at=sent + datetime.timedelta(days=3) if spec["status"] != OfferStatus.NEW else sent,
            created_at=sent,
            **{name: spec[name] for name in fields},
        )
        self.decision(offer, "", OfferStatus.NEW, sent, by=None)
        if spec["status"] == OfferStatus.APPROVED:
            when = sent + datetime.timedelta(days=3)
            self.decision(offer, OfferStatus.NEW, OfferStatus.APPROVED, when, reason=spec["approval_note"])
        self.changes.append(f"Added buddy offer from {spec['name']!r}")
        return offer

    def ensure_request(self, spec):
        key = {"email": spec["email"]} if spec["email"] else {"phone": spec["phone"]}
        if BuddyRequest.objects.filter(name=spec["name"], **key).exists():
            return
        sent = self.now - datetime.timedelta(days=spec["days_ago"])
        match_spec = spec.get("match")
        status = {
            None: RequestStatus.NEW,
            MatchStatus.PROPOSED: RequestStatus.PROPOSED,
            MatchStatus.ACTIVE: RequestStatus.MATCHED,
            MatchStatus.ENDED: RequestStatus.CLOSED,
        }[match_spec["status"] if match_spec else None]
        fields = ["name", "email", "phone", "preferred_contact", "language", "preferred_language"]
        fields += ["support_areas", "modes", "days", "times", "topics", "anything_else"]
        buddy_request = BuddyRequest.objects.create(
            index_page=self.indexes.get(spec["language"], self.indexes["en"]),
            status=status,
            status_changed_at=sent,
            created_at=sent,
            access_needs=spec.get("access_needs", []),
            consent_wording_version="demo",
            **{name: spec[name] for name in fields},
        )
        self.decision(buddy_request, "", RequestStatus.NEW, sent, by=None)
        if match_spec:
            self.ensure_match(buddy_request, match_spec)
        self.changes.append(f"Added buddy request from {spec['name']!r}")

    def ensure_match(self, buddy_request, spec):
        from community.buddies import rank_buddies

        offer = self.offers[spec["buddy"]]
        proposed = self.now - datetime.timedelta(days=spec["days_ago"])
        started = self.now - datetime.timedelta(days=spec["started_days_ago"]) if "started_days_ago" in spec else None
        ended = self.now - datetime.timedelta(days=spec["ended_days_ago"]) if "ended_days_ago" in spec else None
        reasons = next((candidate.reasons for candidate in rank_buddies(buddy_request, [offer])), [])
        match = BuddyMatch.objects.create(
            request=buddy_request,
            offer=offer,
            proposed_by=self.moderator,
            reasons=reasons,
            status=spec["status"],
            status_changed_at=ended or started or proposed,
            person_accepted_at=started or (proposed if spec.get("person_accepted") else None),
            buddy_accepted_at=started,
            started_at=started,
            ended_at=ended,
            ended_by="person" if ended else "",
            created_at=proposed,
        )
        self.decision(buddy_request, RequestStatus.NEW, RequestStatus.PROPOSED, proposed)
        self.decision(match, "", MatchStatus.PROPOSED, proposed)
        if started:
            self.decision(match, MatchStatus.PROPOSED, MatchStatus.ACTIVE, started, by=None)
            self.decision(buddy_request, RequestStatus.PROPOSED, RequestStatus.MATCHED, started, by=None)
        if ended:
            self.decision(match, MatchStatus.ACTIVE, MatchStatus.ENDED, ended, by=None, reason=spec["reason"])
            self.decision(
                buddy_request, RequestStatus.MATCHED, RequestStatus.CLOSED, ended, by=None, reason=spec["reason"]
            )
        BuddyRequest.objects.filter(pk=buddy_request.pk).update(status_changed_at=ended or started or proposed)

    def decision(self, item, from_status, to_status, when, *, by="moderator", reason=""):
        ModerationDecision.objects.create(
            content_type=ContentType.objects.get_for_model(type(item)),
            object_id=item.pk,
            by=self.moderator if by == "moderator" else by,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
            created_at=when,
        )
