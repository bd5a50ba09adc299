"""The forum: categories staff set up (some only for a group, such as the youth forum), topics and posts that
members write, the reports members make about posts, and what moderators did about any of them.

Every post is a moderated item: it is held for a moderator while its author is new, in a pre-moderated
category, or when it contains a watched word; otherwise it goes live, and enough reports from different
members hide it again until a moderator looks."""

import uuid

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from sidebyside.core.translated_text import (
    TranslatedField,
    confirm_panel,
    sources_field,
    text_in,
    translated_text_form,
    translation_panel,
    translations_field,
)
from sidebyside.moderation.models import AppendOnlyModel, ModeratedModel

# The forum's own addresses (ForumIndexPage's routes) that a category's slug would hide.
RESERVED_CATEGORY_SLUGS = frozenset({"posts", "unsubscribe"})
TITLE_MAX_LENGTH = 150
POST_MAX_LENGTH = 5000
TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20


HELP_NOW_FEATURES = ("bold", "link", "ul")
POSTING_RULES_FEATURES = ("bold", "link", "ul", "ol")

ForumSettingsForm = translated_text_form(
    "ForumSettingsForm",
    TranslatedField("help_now", _("Where to get help now"), None, rich_text_features=HELP_NOW_FEATURES),
    TranslatedField("posting_rules", _("House rules"), None, rich_text_features=POSTING_RULES_FEATURES),
)


@register_setting(icon="group")
class ForumSettings(ClusterableModel, BaseSiteSetting):
    """How careful the forum is with new members, and the help it offers someone who seems to be struggling."""

    first_posts_held = models.PositiveSmallIntegerField(
        _("posts held for new members"),
        default=3,
        help_text=_("A member's first posts wait for a moderator until this many have been approved."),
    )
    flags_to_hide = models.PositiveSmallIntegerField(
        _("reports that hide a post"),
        default=3,
        help_text=_("A live post reported by this many different members is hidden until a moderator looks."),
    )
    hold_phone_numbers = models.BooleanField(
        _("hold posts with phone numbers"),
        default=True,
        help_text=_("People sometimes share their own or someone else's number without thinking."),
    )
    hold_email_addresses = models.BooleanField(_("hold posts with email addresses"), default=True)
    help_now = RichTextField(
        _("where to get help now"),
        features=list(HELP_NOW_FEATURES),
        blank=True,
        help_text=_(
            "Shown to someone whose post mentions something worrying, straight after they post. Leave empty "
            "to show the standard text (NHS 111, 999, Samaritans, Shout)."
        ),
    )
    posting_rules = RichTextField(
        _("house rules"),
        features=list(POSTING_RULES_FEATURES),
        blank=True,
        help_text=_("Shown beside the form to start a topic or reply."),
    )
    help_now_translations = translations_field(_("where to get help now in other languages"))
    posting_rules_translations = translations_field(_("house rules in other languages"))
    translation_sources = sources_field()

    base_form_class = ForumSettingsForm

    panels = [
        MultiFieldPanel(
            [FieldPanel("first_posts_held"), FieldPanel("flags_to_hide")], heading=_("New members and reports")
        ),
        MultiFieldPanel(
            [FieldPanel("hold_phone_numbers"), FieldPanel("hold_email_addresses")], heading=_("Personal details")
        ),
        FieldPanel("help_now"),
        translation_panel(
            "help_now",
            _("Where to get help now, in other languages"),
            _("Without a translation, readers of that language see the standard text in their language."),
        ),
        FieldPanel("posting_rules"),
        translation_panel(
            "posting_rules",
            _("House rules in other languages"),
            _("Without a translation, readers of that language see the house rules above."),
        ),
        confirm_panel(),
    ]

    class Meta:
        verbose_name = _("forum settings")

    def help_now_in(self, language_code):
        """The help text for a reader of `language_code`, or "" for the standard text (in their language)
        where it has not been translated: in a crisis, words they can read come first."""
        text, language = text_in(self, "help_now", language_code)
        return text if language == language_code else ""


class WatchedWord(models.Model):
    """A word or phrase that sends a post to moderators instead of straight to the forum."""

    class Kind(models.TextChoices):
        WORRYING = "worrying", _("Worrying: the poster is shown where to get help now")
        UNKIND = "unkind", _("Unkind or offensive")
        PERSONAL = "personal", _("Personal information")
        OTHER = "other", _("Other")

    phrase = models.CharField(
        _("word or phrase"),
        max_length=100,
        unique=True,
        help_text=_("Matched as whole words, ignoring capitals. For example: hurt myself"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    added_at = models.DateTimeField(_("added"), default=timezone.now)

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("watched word")
        verbose_name_plural = _("watched words")

    def __str__(self):
        return self.phrase


class ForumCategory(TranslatableMixin, index.Indexed, models.Model):
    """A place in the forum for one kind of conversation. Topics belong to the category in the site's
    default language; a translation only changes the name and description people read."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True, help_text=_("Used in the address."))
    description = models.TextField(_("description"), max_length=400, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    group = models.ForeignKey(
        Group,
        verbose_name=_("only for members of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty for a category everyone can read. Staff always see every category."),
    )
    premoderated = models.BooleanField(
        _("every post waits for a moderator"), default=False, help_text=_("For example in the youth forum.")
    )
    is_closed = models.BooleanField(
        _("closed to new topics"), default=False, help_text=_("Existing topics can still be read.")
    )
    organisation = models.ForeignKey(
        "core.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its moderators look after this category. Leave empty for trust-wide staff."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [FieldPanel("group"), FieldPanel("premoderated"), FieldPanel("is_closed"), FieldPanel("organisation")],
            heading=_("Who and how"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="forum_category_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.slug in RESERVED_CATEGORY_SLUGS:
            raise ValidationError(
                {"slug": _("“%(slug)s” is used by the forum itself. Choose another.") % {"slug": self.slug}}
            )


class ForumTopicQuerySet(models.QuerySet):
    def visible(self):
        """Topics whose opening post is live."""
        return self.filter(is_visible=True)


class ForumTopic(models.Model):
    category = models.ForeignKey(
        ForumCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="topics"
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_topics",
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    # Kept up to date when posts go live or are hidden, so that listings never count rows.
    last_post_at = models.DateTimeField(_("last post"), default=timezone.now)
    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    is_visible = models.BooleanField(_("visible"), default=False, help_text=_("Its opening post is live."))
    is_locked = models.BooleanField(_("locked"), default=False, help_text=_("No new replies."))
    is_pinned = models.BooleanField(_("pinned"), default=False)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)

    objects = ForumTopicQuerySet.as_manager()

    class Meta:
        verbose_name = _("forum topic")
        verbose_name_plural = _("forum topics")
        indexes = [
            models.Index(fields=["category", "is_visible", "-is_pinned", "-last_post_at"], name="forum_topic_listing"),
        ]

    def __str__(self):
        return self.title


class PostStatus(models.TextChoices):
    HELD = "held", _("Waiting for a moderator")
    LIVE = "live", _("Live")
    HIDDEN = "hidden", _("Hidden")
    REJECTED = "rejected", _("Not approved")
    WITHDRAWN = "withdrawn", _("Deleted by the member")


class HoldReason(models.TextChoices):
    NONE = "", _("Not held")
    NEW_MEMBER = "new_member", _("A new member's post")
    PREMODERATED = "premoderated", _("The category is pre-moderated")
    WATCHED_WORDS = "watched_words", _("Contains watched words")
    FLAGGED = "flagged", _("Reported by members")


class ForumPostQuerySet(models.QuerySet):
    def live(self):
        return self.filter(status=PostStatus.LIVE)

    def shown_to(self, user):
        """Live posts, and the member's own posts that wait for a moderator (they see them marked as such)."""
        if user is not None and user.is_authenticated:
            return self.filter(Q(status=PostStatus.LIVE) | Q(status=PostStatus.HELD, author=user))
        return self.live()


class ForumPost(ModeratedModel):
    """The opening post of a topic or a reply in it. `body` is what the member typed (simple Markdown);
    `body_html` is its rendered, sanitised form, made once when the text is saved."""

    TRANSITIONS = {
        PostStatus.HELD: [PostStatus.LIVE, PostStatus.REJECTED, PostStatus.WITHDRAWN],
        PostStatus.LIVE: [PostStatus.HIDDEN, PostStatus.WITHDRAWN],
        PostStatus.HIDDEN: [PostStatus.LIVE, PostStatus.REJECTED, PostStatus.WITHDRAWN],
        PostStatus.REJECTED: [],
        PostStatus.WITHDRAWN: [],
    }
    REASON_REQUIRED = frozenset({PostStatus.REJECTED, PostStatus.HIDDEN})
    ORGANISATION_LOOKUP = "topic__category__organisation"
    PERSON_ONLY = frozenset({PostStatus.WITHDRAWN})  # staff reject or hide instead

    status = models.CharField(
        _("status"), max_length=32, choices=PostStatus.choices, default=PostStatus.HELD, db_index=True
    )
    topic = models.ForeignKey(ForumTopic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
    )
    is_opening = models.BooleanField(_("opens the topic"), default=False)
    body = models.TextField(_("text"), max_length=POST_MAX_LENGTH)
    body_html = models.TextField(_("text as shown"), editable=False)
    created_at = models.DateTimeField(_("posted"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    edited_by_moderator = models.BooleanField(_("edited by a moderator"), default=False)
    hold_reason = models.CharField(
        _("why it was held"), max_length=20, choices=HoldReason.choices, blank=True, default=HoldReason.NONE
    )
    watched_words_found = models.JSONField(_("watched words found"), default=list, blank=True)
    is_worrying = models.BooleanField(_("may be worrying"), default=False)
    open_flag_count = models.PositiveSmallIntegerField(_("open reports"), default=0)
    # The id the form was rendered with: a second submit of the same form finds the first post.
    submission_key = models.UUIDField(_("submission key"), null=True, blank=True, editable=False)

    objects = ForumPostQuerySet.as_manager()

    class Meta:
        verbose_name = _("forum post")
        verbose_name_plural = _("forum posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["topic", "status", "created_at"], name="forum_post_in_topic")]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"],
                condition=Q(submission_key__isnull=False),
                name="forum_post_submitted_once",
            ),
        ]
        permissions = [("export_forumpost", _("Can export forum posts"))]

    def __str__(self):
        return f"{self.topic.title} ({self.pk})"


class FlagReason(models.TextChoices):
    UNKIND = "unkind", _("Unkind or offensive")
    WORRYING = "worrying", _("Unsafe or worrying")
    SPAM = "spam", _("Spam or advertising")
    PERSONAL = "personal", _("Shares personal information")
    OTHER = "other", _("Something else")


class ForumFlag(models.Model):
    """A member's report about a post. One per member per post; open until a moderator deals with the post."""

    post = models.ForeignKey(ForumPost, verbose_name=_("post"), on_delete=models.CASCADE, related_name="flags")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reported by"), on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    detail = models.TextField(_("more detail"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now, db_index=True)
    resolved_at = models.DateTimeField(_("dealt with"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dealt with by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("report about a post")
        verbose_name_plural = _("reports about posts")
        constraints = [models.UniqueConstraint(fields=["post", "member"], name="forum_flag_once_per_member")]
        indexes = [models.Index(fields=["resolved_at", "created_at"], name="forum_flag_open")]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.post_id})"


class ForumSubscription(models.Model):
    """A member who wants an email when someone replies to a topic. Unsubscribing deletes the row."""

    topic = models.ForeignKey(ForumTopic, on_delete=models.CASCADE, related_name="subscriptions")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    created_at = models.DateTimeField(default=timezone.now)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # One email per quiet spell: set when we email, cleared when they next read the topic.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("topic subscription")
        verbose_name_plural = _("topic subscriptions")
        constraints = [models.UniqueConstraint(fields=["topic", "member"], name="forum_subscription_once")]

    def __str__(self):
        return f"{self.member} → {self.topic}"


class TopicVisit(models.Model):
    """When a member last read a topic, for "new since your last visit"."""

    topic = models.ForeignKey(ForumTopic, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["topic", "member"], name="forum_visit_once")]

    def __str__(self):
        return f"{self.member} → {self.topic}"


class ForumStanding(models.Model):
    """A member's standing in the forum: suspended until a time, or banned."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE, related_name="forum_standing"
    )
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    banned_at = models.DateTimeField(_("banned"), null=True, blank=True)
    reason = models.TextField(_("reason given to the member"), blank=True)

    class Meta:
        verbose_name = _("forum standing")
        verbose_name_plural = _("forum standings")

    def __str__(self):
        return str(self.member)

    def can_post(self, now=None):
        now = now or timezone.now()
        return self.banned_at is None and (self.suspended_until is None or self.suspended_until <= now)


class ForumAction(AppendOnlyModel):
    """What a moderator did in the forum beyond a post's status: edits, locks, moves, suspensions and bans.
    The subject is the post, topic or member the action was about. Status changes are ModerationDecisions."""

    class Kind(models.TextChoices):
        EDIT = "edit", _("Edited a post")
        LOCK = "lock", _("Locked a topic")
        UNLOCK = "unlock", _("Unlocked a topic")
        MOVE = "move", _("Moved a topic")
        SUSPEND = "suspend", _("Suspended a member")
        BAN = "ban", _("Banned a member")
        REINSTATE = "reinstate", _("Lifted a suspension or ban")
        DISMISS_FLAGS = "dismiss_flags", _("Dismissed reports")

    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("action"), max_length=20, choices=Kind.choices)
    note = models.TextField(_("note"), blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta(AppendOnlyModel.Meta):
        verbose_name = _("forum moderation action")
        verbose_name_plural = _("forum moderation actions")
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"], name="forum_action_subject")]

    def __str__(self):
        return self.get_kind_display()


class ForumIndexPage(RoutablePageMixin, Page):
    """The forum's home: its categories, and under it the category, topic and posting pages."""

    introduction = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("forum")

    # --- routes (community/views/forum.py does the work) ---------------------------------------------------

    @path("", name="forum_home")
    def forum_home(self, request):
        from community.views import forum

        return forum.home(self, request)

    @path("unsubscribe/<uuid:token>/", name="unsubscribe")
    def unsubscribe(self, request, token):
        from community.views import forum

        return forum.unsubscribe(self, request, token)

    @path("posts/<int:post_id>/posted/", name="posted")
    def posted(self, request, post_id):
        from community.views import forum

        return forum.posted(self, request, post_id)

    @path("posts/<int:post_id>/edit/", name="edit_post")
    def edit_post(self, request, post_id):
        from community.views import forum

        return forum.edit_post(self, request, post_id)

    @path("posts/<int:post_id>/delete/", name="withdraw_post")
    def withdraw_post(self, request, post_id):
        from community.views import forum

        return forum.withdraw_post(self, request, post_id)

    @path("posts/<int:post_id>/report/", name="report_post")
    def report_post(self, request, post_id):
        from community.views import forum

        return forum.report_post(self, request, post_id)

    @path("<str:slug>/", name="category")
    def category(self, request, slug):
        from community.views import forum

        return forum.category(self, request, slug)

    @path("<str:slug>/new/", name="new_topic")
    def new_topic(self, request, slug):
        from community.views import forum

        return forum.new_topic(self, request, slug)

    @path("<str:slug>/<int:topic_id>/", name="topic")
    def topic(self, request, slug, topic_id):
        from community.views import forum

        return forum.topic(self, request, slug, topic_id)

    @path("<str:slug>/<int:topic_id>/reply/", name="reply")
    def reply(self, request, slug, topic_id):
        from community.views import forum

        return forum.reply(self, request, slug, topic_id)

    @path("<str:slug>/<int:topic_id>/follow/", name="follow")
    def follow(self, request, slug, topic_id):
        from community.views import forum

        return forum.follow(self, request, slug, topic_id)
