"""The demo forum: a Forum page in English, Polish and Arabic; four categories (one a pre-moderated youth
forum for the "Youth forum members" group, one translated); a few watched words; and topics whose posts
are in every moderation state: live, held for a new member, held for a watched word (a worrying one),
hidden by three reports, rejected with a reason, and withdrawn by their author. One member is suspended,
and one follows a topic.

Everything here is made up: the people, their words and their email addresses. Called by
`load_demo_content` after the stories demo; idempotent like the rest of the demo (pages are found by slug
or translation, categories by language and slug, members by username, topics by category and title,
posts by topic, author and text). Posts are written directly, with the first entry of their audit trail
as the posting code writes it and each later decision as a moderator made it, so nobody is emailed.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from community.forum import counters, text
from community.models import (
    FlagReason,
    ForumAction,
    ForumCategory,
    ForumFlag,
    ForumIndexPage,
    ForumPost,
    ForumStanding,
    ForumSubscription,
    ForumTopic,
    HoldReason,
    PostStatus,
    WatchedWord,
)
from home.demo.site import FORUM_KEY
from opportunities.demo import en as opportunities_en
from opportunities.demo.loader import OpportunityDemo
from sidebyside.accounts.demo import verify_email
from sidebyside.accounts.models import InvolvementProfile
from sidebyside.core.models import Organisation
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision

ORGANISATION = "bht"
YOUTH_GROUP = "Youth forum members"

INDEX = {
    "en": {
        "title": "Forum",
        "search_description": "Talk with patients, carers and young people who help improve local health services.",
        "introduction": (
            "Ask a question, share what you learned at a meeting, or welcome someone new. Moderators read every "
            "new member's first posts, and are here if something worries you."
        ),
    },
    "pl": {
        "title": "Forum",
        "search_description": "Rozmawiaj z pacjentami, opiekunami i młodymi ludźmi, którzy ulepszają usługi.",
        "introduction": (
            "Zadaj pytanie, opowiedz, czego dowiedziałeś się na spotkaniu, albo przywitaj nową osobę. Moderatorzy "
            "czytają pierwsze wpisy nowych członków i pomogą, jeśli coś cię martwi."
        ),
    },
    "ar": {
        "title": "المنتدى",
        "search_description": "تحدث مع مرضى ومقدمي رعاية وشباب آخرين يساعدون في تحسين الخدمات الصحية المحلية.",
        "introduction": (
            "اطرح سؤالًا، أو شارك ما تعلمته في اجتماع، أو رحّب بشخص جديد. يقرأ المشرفون أولى مشاركات الأعضاء "
            "الجدد، وهم هنا إذا كان هناك ما يقلقك."
        ),
    },
}

# key: (name, description, sort order, only for the youth group, pre-moderated)
CATEGORIES = {
    "getting-started": (
        "Getting started",
        "New here? Ask anything about taking part, however small it seems.",
        1,
        False,
        False,
    ),
    "reference-groups": (
        "Reference groups",
        "For members of reference groups: papers, meetings and what happened next.",
        2,
        False,
        False,
    ),
    "events-and-sprints": (
        "Events and sprints",
        "Before and after improvement events, sprints and workshops.",
        3,
        False,
        False,
    ),
    "youth-forum": (
        "Youth forum",
        "For young people in the youth forum. A moderator reads every post before it appears.",
        4,
        True,
        True,
    ),
}

CATEGORY_TRANSLATIONS = {
    "getting-started": {
        "pl": ("Pierwsze kroki", "Jesteś tu nowy? Pytaj o wszystko, co dotyczy udziału, nawet o drobiazgi."),
        "ar": ("البداية", "هل أنت جديد هنا؟ اسأل عن أي شيء يتعلق بالمشاركة، مهما بدا صغيرًا."),
    },
    "reference-groups": {
        "pl": (
            "Grupy opiniujące",
            "Dla członków grup opiniujących: dokumenty, spotkania i to, co wydarzyło się potem.",
        ),
        "ar": ("المجموعات المرجعية", "لأعضاء المجموعات المرجعية: الأوراق والاجتماعات وما حدث بعدها."),
    },
    "events-and-sprints": {
        "pl": ("Wydarzenia i sprinty", "Przed wydarzeniami, sprintami i warsztatami usprawnień i po nich."),
        "ar": ("الفعاليات وجلسات التحسين", "قبل فعاليات التحسين وجلساته وورش العمل وبعدها."),
    },
    "youth-forum": {
        "pl": (
            "Forum młodzieży",
            "Dla młodych ludzi z forum młodzieży. Moderator czyta każdy wpis, zanim się pojawi.",
        ),
        "ar": ("منتدى الشباب", "للشباب في منتدى الشباب. يقرأ أحد المشرفين كل مشاركة قبل أن تظهر."),
    },
}

WATCHED_WORDS = [
    ("hopeless", WatchedWord.Kind.WORRYING),
    ("hurt myself", WatchedWord.Kind.WORRYING),
    ("idiot", WatchedWord.Kind.UNKIND),
    ("my address is", WatchedWord.Kind.PERSONAL),
]

# key: (first name, name shown in the forum, preferred language)
MEMBERS = {
    "kasia": ("Kasia", "Kasia W", "pl"),
    "amira": ("Amira", "Amira", "en"),
    "tom": ("Tom", "Tom from Brackenford", "en"),
    "jo": ("Jo", "Jo", "en"),
    "lee": ("Lee", "Lee", "en"),
    "sky": ("Sky", "Sky", "en"),
}
YOUTH_MEMBERS = ["sky"]


def post(author, body, steps, days_ago, *, hold_reason=HoldReason.NONE, reason="", **extra):
    """A post's spec: `steps` are its statuses in order, the first as the posting code set it."""
    return {
        "author": author,
        "body": body,
        "steps": steps,
        "days_ago": days_ago,
        "hold_reason": hold_reason,
        "reason": reason,
        **extra,
    }


LIVE = ["live"]
APPROVED = ["held", "live"]

TOPICS = [
    {
        "category": "getting-started",
        "title": "What is a reference group meeting actually like?",
        "posts": [
            post(
                "kasia",
                "I have been asked to join a reference group about hospital discharge. I care about it a lot, "
                "because of my dad, but I have never been to a meeting like this. What actually happens?",
                APPROVED,
                9,
                hold_reason=HoldReason.NEW_MEMBER,
            ),
            post(
                "amira",
                "Welcome, Kasia! In mine there are about ten of us: patients, carers and two staff. Someone "
                "explains one thing they want to change, and then they really do ask what we think.\n\n"
                "- You can say as much or as little as you like\n- Travel costs are paid back\n"
                "- Nobody minds if you need a break",
                LIVE,
                8,
            ),
            post(
                "tom",
                "The first one felt a bit formal to me, but by the second I knew people's names. Ask for the papers "
                "a week before if reading on the day is hard. They were happy to send a **large print** copy.",
                LIVE,
                8,
            ),
            post(
                "jo",
                "Thank you for asking this, I was wondering the same. Is it OK to bring my own notes?",
                ["held"],
                0,
                hold_reason=HoldReason.NEW_MEMBER,
            ),
        ],
        "subscribers": ["kasia"],
    },
    {
        "category": "reference-groups",
        "title": "Reading the draft discharge leaflet",
        "posts": [
            post(
                "amira",
                "We were sent the new draft leaflet for people going home from the ward. What did everyone think "
                "of the part about medicines? I found it hard to follow.",
                LIVE,
                6,
            ),
            post(
                "lee",
                "Honestly it is a waste of time, they never listen and anyone who thinks they do is fooling "
                "themselves.",
                ["live", "hidden"],
                5,
                reason="Reported by 3 members",
                reported_by=["amira", "tom", "kasia"],
                flag_reason=FlagReason.UNKIND,
                hold_reason=HoldReason.FLAGGED,
            ),
            post(
                "tom",
                "I agree about the medicines part. A simple table with the times of day might help. I will bring "
                "an example to the next meeting.",
                LIVE,
                4,
            ),
        ],
    },
    {
        "category": "events-and-sprints",
        "title": "Tips for your first improvement sprint day",
        "posts": [
            post(
                "tom",
                "The sprint day on outpatient letters is coming up. From last time: bring a drink and a snack, "
                "wear layers because the room gets cold, and it is fine to step out for a few minutes.",
                LIVE,
                12,
            ),
            post(
                "kasia",
                "Will there be somewhere quiet to sit at lunch?",
                ["live", "withdrawn"],
                11,
            ),
            post(
                "lee",
                "The consultant who ran the last one was rude to me, her name is on the letters if anyone "
                "wants to complain.",
                ["live", "hidden", "rejected"],
                10,
                reason=(
                    "Thank you for telling us it went badly for you. We took this post down because it names a "
                    "member of staff. Our team would like to hear what happened: please contact us and we will "
                    "listen."
                ),
                hidden_reason="Names a member of staff. Hidden while the team decides.",
            ),
            post(
                "amira",
                "Some days since my diagnosis I feel hopeless, and I am not sure I can manage a whole day. "
                "Is it OK to come for the morning only?",
                ["held"],
                0,
                hold_reason=HoldReason.WATCHED_WORDS,
                watched_words_found=["hopeless"],
                is_worrying=True,
            ),
        ],
    },
    {
        "category": "youth-forum",
        "title": "Ideas for the young people's website review",
        "posts": [
            post(
                "sky",
                "We are reviewing the website for young people next month. What do you look for first when you "
                "open a health website on your phone?",
                APPROVED,
                3,
                hold_reason=HoldReason.PREMODERATED,
            ),
            post(
                "sky",
                "For me it is whether I can find how to talk to someone without phoning. Text or chat is so much "
                "easier.",
                ["held"],
                1,
                hold_reason=HoldReason.PREMODERATED,
            ),
        ],
    },
]

SUSPENDED = {
    "member": "lee",
    "days_ago": 5,
    "days": 14,
    "reason": (
        "Two of your posts broke the house rules: one named a member of staff and one was unkind about other "
        "members. We would like you back after a break, and we are happy to talk about it."
    ),
}


def load_forum(site_loader):
    """Build the demo forum; returns the forum page of each language code."""
    return ForumDemo(site_loader).load()


class ForumDemo(OpportunityDemo):
    """Shares the opportunities demo's helpers for pages, translations and fields."""

    def load(self):
        self.organisation = Organisation.objects.get(name=opportunities_en.ORGANISATIONS[ORGANISATION][0])
        self.post_type = ContentType.objects.get_for_model(ForumPost)
        self.ensure_index_pages()
        self.group = self.ensure_group()
        self.members = {key: self.ensure_member(key, *spec) for key, spec in MEMBERS.items()}
        self.categories = {key: self.ensure_category(key, *spec) for key, spec in CATEGORIES.items()}
        self.ensure_category_translations()
        self.ensure_watched_words()
        for spec in TOPICS:
            self.ensure_topic(spec)
        self.ensure_suspension()
        return self.indexes

    # The forum page

    def ensure_index_pages(self):
        self.indexes["en"] = self.ensure_child(
            self.site.pages["en"]["home"], ForumIndexPage, FORUM_KEY, INDEX["en"]["title"]
        )
        self.publish_if_changed(self.indexes["en"], INDEX["en"])
        for code in ("pl", "ar"):
            self.indexes[code] = self.ensure_translation(self.indexes["en"], code)
            self.publish_if_changed(self.indexes[code], INDEX[code])

    # People

    def ensure_group(self):
        group, created = Group.objects.get_or_create(name=YOUTH_GROUP)
        if created:
            self.changes.append(f"Added group {YOUTH_GROUP!r}")
        return group

    def ensure_member(self, key, first_name, shown_name, language):
        username = f"forum-{key}"
        user_model = get_user_model()
        member = user_model.objects.filter(username=username).first()
        if member is None:
            # No password: a member signs in with a code sent to their email address.
            member = user_model(username=username, email=f"{username}@example.org", first_name=first_name)
            member.set_unusable_password()
            member.save()
            verify_email(member)
            InvolvementProfile.objects.get_or_create(
                user=member, defaults={"display_name": shown_name, "preferred_language": language}
            )
            self.changes.append(f"Added demo forum member {username!r}")
        if key in YOUTH_MEMBERS and not member.groups.filter(pk=self.group.pk).exists():
            member.groups.add(self.group)
            self.changes.append(f"Added {username!r} to {YOUTH_GROUP!r}")
        return member

    # Categories and watched words

    def ensure_category(self, key, name, description, sort_order, youth_only, premoderated):
        fields = {
            "name": name,
            "description": description,
            "sort_order": sort_order,
            "group": self.group if youth_only else None,
            "premoderated": premoderated,
            "organisation": self.organisation,
        }
        category = ForumCategory.objects.filter(locale=self.locales["en"], slug=key).first()
        if category is None:
            category = ForumCategory.objects.create(locale=self.locales["en"], slug=key, **fields)
            self.changes.append(f"Added forum category {name!r}")
        elif self.update_fields(category, fields):
            self.changes.append(f"Updated forum category {name!r}")
        return category

    def ensure_category_translations(self):
        for key, languages in CATEGORY_TRANSLATIONS.items():
            english = self.categories[key]
            for code, (name, description) in languages.items():
                translation = english.get_translation_or_none(self.locales[code])
                if translation is None:
                    translation = english.copy_for_translation(self.locales[code])
                    translation.name, translation.description = name, description
                    translation.save()
                    self.changes.append(f"Added {code} translation of forum category {english.name!r}")
                elif self.update_fields(translation, {"name": name, "description": description}):
                    self.changes.append(f"Updated {code} translation of forum category {english.name!r}")

    def ensure_watched_words(self):
        for phrase, kind in WATCHED_WORDS:
            _word, created = WatchedWord.objects.get_or_create(phrase=phrase, defaults={"kind": kind})
            if created:
                self.changes.append(f"Added watched word {phrase!r}")

    # Topics and posts, with the audit trail posting and moderating would have written

    def ensure_topic(self, spec):
        category = self.categories[spec["category"]]
        first = spec["posts"][0]
        started = self.now - datetime.timedelta(days=first["days_ago"], hours=2)
        topic = ForumTopic.objects.filter(category=category, title=spec["title"]).first()
        if topic is None:
            topic = ForumTopic.objects.create(
                category=category,
                title=spec["title"],
                author=self.members[first["author"]],
                created_at=started,
                last_post_at=started,
            )
            self.changes.append(f"Added forum topic {spec['title']!r}")
        added = False
        for position, post_spec in enumerate(spec["posts"]):
            if not ForumPost.objects.filter(
                topic=topic, author=self.members[post_spec["author"]], body=post_spec["body"]
            ).exists():
                self.create_post(topic, post_spec, opening=position == 0, minutes=position)
                added = True
        if added:
            counters.refresh_topic(topic)
        for key in spec.get("subscribers", []):
            _subscription, created = ForumSubscription.objects.get_or_create(topic=topic, member=self.members[key])
            if created:
                self.changes.append(f"Subscribed {key!r} to {spec['title']!r}")

    def create_post(self, topic, spec, *, opening, minutes):
        author = self.members[spec["author"]]
        posted = self.now - datetime.timedelta(days=spec["days_ago"], hours=2) + datetime.timedelta(minutes=minutes)
        steps = spec["steps"]
        decisions = [self.decision("", steps[0], author, posted)]
        when = posted
        for before, after in zip(steps, steps[1:], strict=False):
            reason = spec.get(f"{after}_reason", spec["reason"]) if after in ForumPost.REASON_REQUIRED else ""
            services.check_transition(ForumPost, before, after, reason)
            when += datetime.timedelta(hours=3)
            by = author if after == PostStatus.WITHDRAWN else None if spec.get("reported_by") else self.moderator
            decisions.append(self.decision(before, after, by, when, reason))
        post = ForumPost.objects.create(
            topic=topic,
            author=author,
            is_opening=opening,
            body=spec["body"],
            body_html=text.render(spec["body"]),
            status=steps[-1],
            status_changed_at=when,
            created_at=posted,
            hold_reason=spec["hold_reason"],
            watched_words_found=spec.get("watched_words_found", []),
            is_worrying=spec.get("is_worrying", False),
        )
        for decision in decisions:
            decision.object_id = post.pk
        ModerationDecision.objects.bulk_create(decisions)
        reporters = spec.get("reported_by", [])
        for key in reporters:
            ForumFlag.objects.create(
                post=post,
                member=self.members[key],
                reason=spec["flag_reason"],
                created_at=posted + datetime.timedelta(hours=1),
            )
        if reporters:
            ForumPost.objects.filter(pk=post.pk).update(open_flag_count=len(reporters))
        self.changes.append(f"Added forum post by {spec['author']!r} in {topic.title!r} ({post.status})")

    def decision(self, from_status, to_status, by, when, reason=""):
        return ModerationDecision(
            content_type=self.post_type,
            object_id=0,
            by=by,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
            created_at=when,
        )

    # A suspended member, with the action a moderator would have logged

    def ensure_suspension(self):
        member = self.members[SUSPENDED["member"]]
        standing, created = ForumStanding.objects.get_or_create(member=member)
        if not created:
            return
        suspended_at = self.now - datetime.timedelta(days=SUSPENDED["days_ago"])
        standing.suspended_until = suspended_at + datetime.timedelta(days=SUSPENDED["days"])
        standing.reason = SUSPENDED["reason"]
        standing.save()
        ForumAction.objects.create(
            content_type=ContentType.objects.get_for_model(type(member)),
            object_id=member.pk,
            by=self.moderator,
            kind=ForumAction.Kind.SUSPEND,
            note=SUSPENDED["reason"],
            detail={"days": SUSPENDED["days"], "until": standing.suspended_until.isoformat()},
            created_at=suspended_at,
        )
        self.changes.append(f"Suspended demo forum member {member.username!r}")
