"""Admin for the forum: the queue of posts waiting for a moderator (held by the forum's rules or hidden by
members' reports), the categories (a translatable snippet) and the watched words, under one "Forum" menu.

The queue is a moderation queue like the others; its detail page adds what a forum moderator needs: the
post as members see it and as it was typed, the posts before it, the watched words found, the reports,
the author's standing, and forms to edit the post, lock or move the topic, suspend or ban the author
and dismiss reports. The work itself is in `community.forum.moderating`; these views only call it.
"""

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from community.forum import moderating
from community.models import (
    ForumCategory,
    ForumPost,
    ForumStanding,
    HoldReason,
    PostStatus,
    WatchedWord,
)
from community.models.forum import POST_MAX_LENGTH
from sidebyside.moderation.forms import ReasonField
from sidebyside.moderation.views import (
    ModerationActionView,
    ModerationIndexView,
    ModerationInspectView,
    TransitionView,
)
from sidebyside.moderation.viewsets import ModerationQueueFilterSet, ModerationViewSet
from sidebyside.notifications.digest import register_digest_queue

REJECT_HELP = _(
    "The member WILL see this reason, in the message telling them their post was not approved. "
    "Write it kindly, to them."
)
HIDE_HELP = _("Kept in the post's history. Say what in the post needs a moderator's decision.")


def moderated_categories(request=None):
    """The categories (in the default language, where topics live) whose posts the user moderates."""
    if request is None:
        return ForumCategory.objects.filter(locale=Locale.get_default()).order_by("sort_order", "name")
    return moderating.categories_for_moving(request.user).order_by("sort_order", "name")


class ForumPostFilterSet(ModerationQueueFilterSet):
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), field_name="topic__category", queryset=moderated_categories
    )
    hold_reason = django_filters.ChoiceFilter(
        label=_("Why it was held"), choices=[choice for choice in HoldReason.choices if choice[0]]
    )
    has_open_reports = django_filters.BooleanFilter(label=_("Has open reports"), method="filter_open_reports")
    old_reports = django_filters.BooleanFilter(
        label=_("Reports waiting more than 48 hours"), method="filter_old_reports"
    )
    worrying = django_filters.BooleanFilter(label=_("May be worrying"), field_name="is_worrying")

    class Meta:
        model = ForumPost
        fields = []

    def filter_open_reports(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(open_flag_count__gt=0) if value else queryset.filter(open_flag_count=0)

    def filter_old_reports(self, queryset, name, value):
        if value is None:
            return queryset
        old = moderating.old_open_flags().values("post_id")
        return queryset.filter(pk__in=old) if value else queryset.exclude(pk__in=old)


def author_name(post):
    if post.author is None:
        return _("Someone no longer here")
    return post.author.get_full_name() or post.author.get_username()


def needs_care(post):
    notes = []
    if post.is_worrying:
        notes.append(str(_("May be worrying")))
    if post.open_flag_count and getattr(post, "has_old_reports", False):
        notes.append(str(_("Reports waiting more than 48 hours")))
    return ", ".join(notes)


class ForumPostIndexView(ModerationIndexView):
    def get_base_queryset(self):
        old = moderating.old_open_flags().filter(post=OuterRef("pk"))
        return super().get_base_queryset().annotate(has_old_reports=Exists(old))


def watched_word_rows(found):
    """The watched words the post was held for, however the posting code stored each one."""
    rows = []
    for item in found or []:
        if isinstance(item, dict):
            rows.append({"phrase": item.get("phrase", ""), "kind": item.get("kind", "")})
        elif isinstance(item, (list, tuple)) and item:
            rows.append({"phrase": item[0], "kind": item[1] if len(item) > 1 else ""})
        else:
            rows.append({"phrase": str(item), "kind": ""})
    listed = dict(WatchedWord.objects.filter(phrase__in=[row["phrase"] for row in rows]).values_list("phrase", "kind"))
    labels = dict(WatchedWord.Kind.choices)
    for row in rows:
        kind = row["kind"] or listed.get(row["phrase"], "")
        row["kind"] = labels.get(kind, kind)
    return rows


# --- the detail page and its actions -------------------------------------------------------------------------


class EditPostForm(forms.Form):
    body = forms.CharField(
        label=_("The post's text"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=POST_MAX_LENGTH,
        help_text=_("The member sees that a moderator edited their post. The old text is kept for staff."),
        error_messages={"required": _("The post cannot be empty. Reject or hide it instead.")},
    )
    note = ReasonField(
        label=_("Why you edited it"),
        required=True,
        help_text=_("Only staff see this note."),
        error_messages={"required": _("Say why you edited the post. Only staff see this note.")},
    )


class LockForm(forms.Form):
    locked = forms.TypedChoiceField(
        choices=[("1", _("Lock")), ("0", _("Unlock"))],
        coerce=lambda value: value == "1",
        widget=forms.HiddenInput,
    )
    note = ReasonField(label=_("Note for staff (optional)"))


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Move the topic to"),
        queryset=ForumCategory.objects.none(),
        error_messages={"required": _("Choose the category to move the topic to.")},
    )
    note = ReasonField(label=_("Note for staff (optional)"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = moderating.categories_for_moving(user).order_by("sort_order", "name")


class StandingForm(forms.Form):
    SUSPEND, BAN, REINSTATE = "suspend", "ban", "reinstate"

    action = forms.ChoiceField(
        label=_("What to do"),
        choices=[
            (SUSPEND, _("Suspend them for a number of days")),
            (BAN, _("Ban them from posting")),
            (REINSTATE, _("Lift their suspension or ban")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what to do.")},
    )
    days = forms.IntegerField(
        label=_("Days (for a suspension)"),
        min_value=1,
        max_value=moderating.MAX_SUSPENSION_DAYS,
        required=False,
    )
    reason = ReasonField(
        label=_("Reason"),
        max_length=moderating.MAX_REASON_LENGTH,
        help_text=_("For a suspension or ban the member WILL see this reason. Write it kindly, to them."),
    )

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        if action == self.SUSPEND and cleaned.get("days") is None and "days" not in self.errors:
            self.add_error(
                "days", _("Say for how many days (1 to %(max)d).") % {"max": moderating.MAX_SUSPENSION_DAYS}
            )
        if action in (self.SUSPEND, self.BAN) and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Give the reason. The member is told it."))
        return cleaned


class DismissForm(forms.Form):
    note = ReasonField(label=_("Note for staff (optional)"))


class ForumPostInspectView(ModerationInspectView):
    """The post, its context, its reports, its author's standing, and every forum action about them."""

    template_name = "community/admin/forum/post_inspect.html"

    def action_forms(self, item):
        forms_ = super().action_forms(item)
        for form in forms_["transition_forms"]:
            to_status = form["to_status"].value()
            if to_status == PostStatus.REJECTED:
                form.fields["reason"].help_text = REJECT_HELP
            elif to_status == PostStatus.HIDDEN:
                form.fields["reason"].help_text = HIDE_HELP
        pk = quote(item.pk)
        user = self.request.user
        url = lambda name: reverse(f"forum_posts:{name}", args=[pk])  # noqa: E731
        forms_.update(
            edit_form=EditPostForm(initial={"body": item.body}, auto_id="id_edit_%s"),
            edit_url=url("edit"),
            dismiss_form=DismissForm(auto_id="id_dismiss_%s"),
            dismiss_url=url("dismiss"),
        )
        if user.has_perm("community.change_forumtopic"):
            forms_.update(
                lock_form=LockForm(initial={"locked": "0" if item.topic.is_locked else "1"}, auto_id="id_lock_%s"),
                lock_url=url("lock"),
                move_form=MoveForm(user=user, initial={"category": item.topic.category_id}, auto_id="id_move_%s"),
                move_url=url("move_topic"),
            )
        if item.author_id and user.has_perm("community.change_forumstanding"):
            forms_.update(standing_form=StandingForm(auto_id="id_standing_%s"), standing_url=url("standing"))
        return forms_

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = self.object
        standing = ForumStanding.objects.filter(member_id=post.author_id).first() if post.author_id else None
        counts = moderating.author_counts(post.author)
        context.update(
            post=post,
            topic=post.topic,
            posts_before=moderating.posts_before(post),
            watched_words=watched_word_rows(post.watched_words_found),
            flags=post.flags.select_related("member", "resolved_by").order_by("created_at", "pk"),
            standing=standing,
            standing_can_post=standing is None or standing.can_post(timezone.now()),
            author_counts=[(PostStatus(status).label, count) for status, count in counts.items()],
            forum_actions=moderating.actions_about(post),
        )
        return context


class ForumDecisionView(TransitionView):
    """Approve, reject or hide: the shared transition, plus the reports and the topic's counts."""

    def act(self, data):
        self.object.status = data["expected_status"]
        moderating.decide(self.object, data["to_status"], by=self.request.user, reason=data["reason"])
        messages.success(
            self.request, _("Moved to “%(status)s”.") % {"status": self.object.status_label(data["to_status"])}
        )


class ForumActionView(ModerationActionView):
    """A forum action from the post's detail page; `extra_permission` is needed as well as changing posts."""

    extra_permission = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if self.extra_permission and not request.user.has_perm(self.extra_permission):
            raise PermissionDenied


class EditPostView(ForumActionView):
    form_class = EditPostForm

    def act(self, data):
        moderating.edit_post(self.object, by=self.request.user, body=data["body"], note=data["note"])
        messages.success(self.request, _("The post was edited."))


class DismissReportsView(ForumActionView):
    form_class = DismissForm

    def act(self, data):
        moderating.dismiss_reports(self.object, by=self.request.user, note=data["note"])
        messages.success(self.request, _("The reports were dismissed."))


class LockTopicView(ForumActionView):
    form_class = LockForm
    extra_permission = "community.change_forumtopic"

    def act(self, data):
        moderating.set_locked(self.object.topic, data["locked"], by=self.request.user, note=data["note"])
        messages.success(self.request, _("The topic is locked.") if data["locked"] else _("The topic is unlocked."))


class MoveTopicView(ForumActionView):
    form_class = MoveForm
    extra_permission = "community.change_forumtopic"

    def get_form(self):
        return MoveForm(self.request.POST, user=self.request.user)

    def act(self, data):
        moderating.move_topic(self.object.topic, data["category"], by=self.request.user, note=data["note"])
        messages.success(
            self.request, _("The topic was moved to “%(category)s”.") % {"category": data["category"].name}
        )


class StandingView(ForumActionView):
    form_class = StandingForm
    extra_permission = "community.change_forumstanding"

    def act(self, data):
        member, by = self.object.author, self.request.user
        if member is None:
            messages.error(self.request, _("The author's account no longer exists."))
            return
        if data["action"] == StandingForm.SUSPEND:
            action = moderating.suspend(member, by=by, days=data["days"], reason=data["reason"])
            messages.success(
                self.request,
                _("Suspended for %(days)d days. The member has been told why and until when.")
                % {"days": action.detail["days"]},
            )
        elif data["action"] == StandingForm.BAN:
            moderating.ban(member, by=by, reason=data["reason"])
            messages.success(self.request, _("Banned from posting. The member has been told why."))
        else:
            moderating.reinstate(member, by=by, note=data["reason"])
            messages.success(self.request, _("The member can post again, and has been told so."))


# --- the queue -----------------------------------------------------------------------------------------------


class ForumPostViewSet(ModerationViewSet):
    model = ForumPost
    name = "forum_posts"
    icon = "comment"
    menu_label = _("Forum posts")
    menu_order = 100
    add_to_admin_menu = False  # in the "Forum" menu
    filterset_class = ForumPostFilterSet
    index_view_class = ForumPostIndexView
    inspect_view_class = ForumPostInspectView
    # Worrying posts first of all, then the oldest waiting.
    ordering = ["-is_worrying", "status_changed_at", "pk"]
    title_field = "topic"
    extra_columns = [
        Column("category", label=_("Category"), accessor=lambda post: post.topic.category.name),
        Column("author", label=_("Author"), accessor=author_name),
        Column("hold_reason", label=_("Why it was held"), accessor="get_hold_reason_display"),
        Column("open_flag_count", label=_("Open reports"), accessor="open_flag_count", sort_key="open_flag_count"),
        Column("needs_care", label=_("Needs care"), accessor=needs_care),
    ]
    list_select_related = ["topic__category", "author"]
    search_fields = ["body", "topic__title", "author__username", "author__first_name", "author__last_name"]
    waiting_statuses = [PostStatus.HELD, PostStatus.HIDDEN]
    overdue_after_working_days = 1
    inspect_view_fields = [
        "topic",
        "author",
        "is_opening",
        "created_at",
        "edited_at",
        "edited_by_moderator",
        "hold_reason",
        "is_worrying",
        "open_flag_count",
    ]
    list_export = [
        "topic",
        "author",
        "get_status_display",
        "get_hold_reason_display",
        "is_worrying",
        "open_flag_count",
        "created_at",
        "body",
    ]
    export_headings = {"get_status_display": _("Status"), "get_hold_reason_display": _("Why it was held")}
    export_filename = "forum-posts"

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name != "transition"]
        actions = {
            "transition": ("move", ForumDecisionView),
            "edit": ("edit", EditPostView),
            "dismiss": ("dismiss", DismissReportsView),
            "lock": ("lock", LockTopicView),
            "move_topic": ("move-topic", MoveTopicView),
            "standing": ("standing", StandingView),
        }
        for name, (prefix, view_class) in actions.items():
            patterns.append(path(f"{prefix}/<{conv}:pk>/", self.action_view(view_class), name=name))
        return patterns

    def old_reports_url(self):
        return self.index_url(old_reports="true")

    def on_register(self):
        # The escalation line comes first, at the top of the forum's part of the moderators' digest.
        register_digest_queue(
            "forum_old_reports",
            label=_("Forum: reports waiting more than 48 hours"),
            count=moderating.old_open_flag_count,
            admin_url=self.old_reports_url,
        )
        super().on_register()


# --- categories and watched words ----------------------------------------------------------------------------


class ForumCategoryViewSet(SnippetViewSet):
    """A snippet, so that wagtail-localize can translate categories' names and descriptions."""

    model = ForumCategory
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    menu_order = 200
    add_to_admin_menu = False
    menu_item_is_registered = True  # it is in the "Forum" menu, not under "Snippets"
    list_display = ["name", "locale", "group", "premoderated", "is_closed", "organisation"]
    list_filter = ["locale", "organisation", "premoderated"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


class WatchedWordViewSet(ModelViewSet):
    model = WatchedWord
    name = "forum_watched_words"
    icon = "warning"
    menu_label = _("Watched words")
    menu_order = 300
    add_to_admin_menu = False
    form_fields = ["phrase", "kind"]
    list_display = ["phrase", "kind", "added_at"]
    list_filter = ["kind"]
    search_fields = ["phrase"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False


class ForumMenu(ViewSetGroup):
    menu_label = _("Forum")
    menu_icon = "comment"
    menu_order = 275
    items = (ForumPostViewSet, ForumCategoryViewSet, WatchedWordViewSet)


forum_menu = ForumMenu()
