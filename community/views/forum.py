"""The forum's public pages, served by the routes of ForumIndexPage (community/models/forum.py): the forum
home, a category, a topic, the forms to start a topic, reply, change or delete a post and report one,
following a topic, and stopping its emails from the link in an email.

Reading follows category visibility: a restricted category, and its topics, are a 404 to anyone else. Only
signed-in members post or report; a guest is shown "Sign in to post" with a link back here, and a suspended
or banned member is told why and until when."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, DateTimeField, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from community.forms.forum import EditPostForm, FlagForm, ReplyForm, TopicForm
from community.forum import posting
from community.forum.access import can_read, may_post
from community.models import (
    ForumCategory,
    ForumPost,
    ForumStanding,
    ForumSubscription,
    ForumTopic,
    PostStatus,
    TopicVisit,
)
from community.models.forum import POSTS_PER_PAGE, TOPICS_PER_PAGE
from sidebyside.core.antispam import rate_limited

POST_SCOPE = "forum-post"
REPORT_SCOPE = "forum-report"


# --- helpers ---------------------------------------------------------------------------------------------


def _render(request, template, page, context, *, private=False):
    response = TemplateResponse(request, f"community/forum/{template}", {"page": page, "self": page, **context})
    if private or request.user.is_authenticated:
        add_never_cache_headers(response)
    return response


def url_of(page, name, *args):
    return page.url + page.reverse_subpage(name, args=list(args)).lstrip("/")


def topic_url(page, topic, *, page_number=None, anchor=""):
    url = url_of(page, "topic", topic.category.slug, topic.pk)
    if page_number:
        url += "?" + urlencode({"page": page_number})
    return url + (f"#{anchor}" if anchor else "")


def login_url(request):
    return resolve_url("account_login") + "?" + urlencode({"next": request.get_full_path()})


def posting_context(request, no_standing=False):
    """What the forms need to know about who is posting: a guest, a member who may post, or one who is
    suspended or banned (with their standing, to say why and until when). `no_standing`: the caller already
    knows that nothing was ever decided about this member, so there is nothing to look up."""
    allowed, standing = (True, None) if no_standing else may_post(request.user)
    return {
        "is_guest": not request.user.is_authenticated,
        "may_post": allowed,
        "standing": standing if request.user.is_authenticated and not allowed else None,
        "login_url": login_url(request),
    }


def _category(request, slug, with_count=False):
    """The default-locale category `slug` that the user may read, named in the active language; with_count,
    also how many topics show in it (topic_count), in the same query."""
    categories = ForumCategory.objects.filter(locale__language_code=posting.default_language(), slug=slug)
    if with_count:
        categories = categories.annotate(topic_count=Count("topics", filter=Q(topics__is_visible=True)))
    category = categories.first()
    if category is None or not can_read(request.user, category):
        raise Http404
    posting.localise([category])
    return category


def _topic(request, slug, topic_id, topics=None):
    """The topic, if its category is readable and it shows (or its held opening post is the user's own)."""
    if topics is None:
        topics = ForumTopic.objects.select_related("category").filter(
            pk=topic_id, category__locale__language_code=posting.default_language()
        )
    topic = topics.first()
    if topic is None or not can_read(request.user, topic.category):
        raise Http404
    if not topic.is_visible:
        user = request.user
        if not user.is_authenticated:
            raise Http404
        if not topic.posts.filter(is_opening=True, author=user, status=PostStatus.HELD).exists():
            raise Http404
    posting.localise([topic.category])
    return topic


def _own_post(request, post_id):
    if not request.user.is_authenticated:
        raise Http404
    post = (
        ForumPost.objects.select_related("topic__category", "author").filter(pk=post_id, author=request.user).first()
    )
    if post is None or not can_read(request.user, post.topic.category):
        raise Http404
    posting.localise([post.topic.category])
    return post


def _limited(request, scope):
    """Every POST counts against the IP address; a valid one also counts against the member."""
    return rate_limited(request, scope, email=f"member:{request.user.pk}", count_ip=False)


# --- reading ---------------------------------------------------------------------------------------------


def home(page, request):
    categories = posting.categories_with_activity(request.user)
    return _render(request, "home.html", page, {"categories": categories})


def category(page, request, slug):
    category = _category(request, slug, with_count=True)
    topics = category.topics.visible().order_by("-is_pinned", "-last_post_at", "-pk")
    user = request.user
    if user.is_authenticated:
        seen = TopicVisit.objects.filter(topic=OuterRef("pk"), member=user).values("seen_at")[:1]
        new_replies = (
            ForumPost.objects.filter(
                topic=OuterRef("pk"), status=PostStatus.LIVE, is_opening=False, created_at__gt=OuterRef("seen_at")
            )
            .order_by()
            .values("topic")
            .annotate(count=Count("pk"))
            .values("count")
        )
        topics = topics.annotate(seen_at=Subquery(seen, output_field=DateTimeField())).annotate(
            new_count=Subquery(new_replies, output_field=IntegerField())
        )
    topics = CountedPaginator(
        topics.select_related("author__involvement_profile"), TOPICS_PER_PAGE, category.topic_count
    ).get_page(request.GET.get("page"))
    for topic in topics:
        topic.category = category
        topic.url = topic_url(page, topic)
        topic.author_name = posting.display_name(topic.author)
        if user.is_authenticated:
            topic.is_new = topic.seen_at is None or topic.last_post_at > topic.seen_at
            topic.new_count = topic.new_count or 0
    return _render(
        request,
        "category.html",
        page,
        {"category": category, "topics": topics, "new_topic_url": url_of(page, "new_topic", category.slug)},
    )


def shown_filter(user):
    """Live and hidden posts (hidden ones as a short line), and the user's own held posts."""
    shown = Q(status__in=[PostStatus.LIVE, PostStatus.HIDDEN])
    if user.is_authenticated:
        shown |= Q(status=PostStatus.HELD, author=user)
    return shown


def shown_posts(topic, user):
    return ForumPost.objects.filter(shown_filter(user), topic=topic).order_by("created_at", "pk")


class CountedPaginator(Paginator):
    """A paginator told its count (worked out in an earlier query) instead of counting again."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self):
        return self.known_count


def _count_of(queryset):
    return Coalesce(
        Subquery(queryset.order_by().values("topic").annotate(n=Count("pk")).values("n"), output_field=IntegerField()),
        0,
    )


def _topic_for_reading(request, slug, topic_id):
    """The topic as _topic() finds it, with everything the page needs about the reader in the same query:
    how many posts they see, their last visit, whether they follow it, and whether a standing is on record."""
    user = request.user
    topics = ForumTopic.objects.select_related("category").filter(
        pk=topic_id, category__locale__language_code=posting.default_language()
    )
    topics = topics.annotate(shown_count=_count_of(ForumPost.objects.filter(shown_filter(user), topic=OuterRef("pk"))))
    if user.is_authenticated:
        topics = topics.annotate(
            seen_at=Subquery(
                TopicVisit.objects.filter(topic=OuterRef("pk"), member=user).values("seen_at")[:1],
                output_field=DateTimeField(),
            ),
            subscription_id=Subquery(
                ForumSubscription.objects.filter(topic=OuterRef("pk"), member=user).values("pk")[:1],
                output_field=IntegerField(),
            ),
            notified=Exists(
                ForumSubscription.objects.filter(topic=OuterRef("pk"), member=user, notified_at__isnull=False)
            ),
            standing_id=Subquery(
                ForumStanding.objects.filter(member=user).values("pk")[:1], output_field=IntegerField()
            ),
        )
    return _topic(request, slug, topic_id, topics=topics)


def topic(page, request, slug, topic_id):
    topic = _topic_for_reading(request, slug, topic_id)
    if topic.category.slug != slug:
        return HttpResponseRedirect(topic_url(page, topic))
    user = request.user
    posts = shown_posts(topic, user)
    paginator = CountedPaginator(
        posts.select_related("author__involvement_profile"), POSTS_PER_PAGE, topic.shown_count
    )
    number = paginator.num_pages if request.GET.get("page") == "last" else request.GET.get("page")
    posts_page = paginator.get_page(number)
    first_new_url = ""
    if user.is_authenticated:
        if topic.seen_at is not None:
            before = _count_of(
                ForumPost.objects.filter(shown_filter(user), topic=topic, created_at__lt=OuterRef("created_at"))
            )
            first_new = (
                posts.filter(created_at__gt=topic.seen_at)
                .exclude(author=user)
                .annotate(before=before)
                .values_list("pk", "before")
                .first()
            )
            if first_new is not None:
                first_new_url = topic_url(
                    page, topic, page_number=first_new[1] // POSTS_PER_PAGE + 1, anchor=f"post-{first_new[0]}"
                )
        posting.record_visit(topic, user, visited=topic.seen_at is not None, notified=topic.notified)
    for post in posts_page:
        post.topic = topic
        post.author_name = posting.display_name(post.author)
        post.is_mine = user.is_authenticated and post.author_id == user.pk
    context = {
        "category": topic.category,
        "topic": topic,
        "posts": posts_page,
        "first_new_url": first_new_url,
        "subscribed": user.is_authenticated and topic.subscription_id is not None,
        "category_url": url_of(page, "category", topic.category.slug),
        "reply_url": url_of(page, "reply", topic.category.slug, topic.pk),
        "follow_url": url_of(page, "follow", topic.category.slug, topic.pk),
        "can_reply": not topic.is_locked and not topic.category.is_closed,
        **posting_context(request, no_standing=user.is_authenticated and topic.standing_id is None),
    }
    if context["may_post"] and context["can_reply"]:
        context["form"] = ReplyForm()
    return _render(request, "topic.html", page, context)


# --- posting ---------------------------------------------------------------------------------------------


def new_topic(page, request, slug):
    category = _category(request, slug)
    context = {
        "category": category,
        "category_url": url_of(page, "category", category.slug),
        **posting_context(request),
    }
    if category.is_closed:
        return _render(request, "closed.html", page, {**context, "topic": None}, private=True)
    if not context["may_post"]:
        return _cannot_post(page, request, context)
    form = TopicForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        response = _post_from(
            page,
            request,
            form,
            lambda data: posting.start_topic(
                category,
                author=request.user,
                title=data["title"],
                body=data["body"],
                submission_key=data["submission_key"],
                subscribe=data["subscribe"],
                settings=posting.forum_settings(request),
            ),
        )
        if response is not None:
            return response
    context.update({"form": form, "action_url": url_of(page, "new_topic", category.slug)})
    return _render(request, "new_topic.html", page, context, private=True)


def reply(page, request, slug, topic_id):
    topic = _topic(request, slug, topic_id)
    if not topic.is_visible:
        raise Http404
    context = {
        "category": topic.category,
        "topic": topic,
        "topic_url": topic_url(page, topic),
        "category_url": url_of(page, "category", topic.category.slug),
        **posting_context(request),
    }
    if topic.is_locked or topic.category.is_closed:
        return _render(request, "closed.html", page, context, private=True)
    if not context["may_post"]:
        return _cannot_post(page, request, context)
    form = ReplyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        response = _post_from(
            page,
            request,
            form,
            lambda data: posting.reply(
                topic,
                author=request.user,
                body=data["body"],
                submission_key=data["submission_key"],
                settings=posting.forum_settings(request),
            ),
        )
        if response is not None:
            return response
    context.update({"form": form, "action_url": url_of(page, "reply", topic.category.slug, topic.pk)})
    return _render(request, "reply.html", page, context, private=True)


def _post_from(page, request, form, post):
    """A new topic or reply from a posted `form`: the rate limits, then `post(cleaned_data)` (posting.start_topic
    or posting.reply). Returns the response to send, or None to show the form with its errors. A resent form
    (same submission key) does not count against the member's limit: it makes no second post."""
    limited = rate_limited(request, POST_SCOPE)
    if limited:
        return limited
    if not form.is_valid():
        return None
    data = form.cleaned_data
    if posting.already_posted(request.user, data["submission_key"]) is None:
        limited = _limited(request, POST_SCOPE)
        if limited:
            return limited
    try:
        made, _created = post(data)
    except posting.PostingError as error:
        form.add_error(None, error.message)
        return None
    return _after_posting(page, request, made)


def _cannot_post(page, request, context):
    """A guest is asked to sign in (and comes back here); a suspended or banned member is told why."""
    status = 403 if context["standing"] is not None else 200
    response = _render(request, "cannot_post.html", page, context, private=True)
    response.status_code = status
    return response


def _after_posting(page, request, post):
    """A held or worrying post goes to the "posted" page (waiting for a moderator, where to get help now);
    a live one to its place in the topic."""
    if post.status != PostStatus.LIVE or post.is_worrying:
        return HttpResponseRedirect(url_of(page, "posted", post.pk))
    messages.success(request, _("Your post is now on the forum."))
    return HttpResponseRedirect(topic_url(page, post.topic, page_number="last", anchor=f"post-{post.pk}"))


def posted(page, request, post_id):
    post = _own_post(request, post_id)
    settings = posting.forum_settings(request)
    topic = post.topic
    return _render(
        request,
        "posted.html",
        page,
        {
            "post": post,
            "topic": topic,
            "category": topic.category,
            "held": post.status == PostStatus.HELD,
            "help_now": settings.help_now_in(get_language()),
            "topic_url": topic_url(page, topic) if topic.is_visible or post.status == PostStatus.HELD else "",
            "category_url": url_of(page, "category", topic.category.slug),
        },
        private=True,
    )


def edit_post(page, request, post_id):
    post = _own_post(request, post_id)
    topic = post.topic
    context = {
        "post": post,
        "topic": topic,
        "category": topic.category,
        "topic_url": topic_url(page, topic),
        **posting_context(request),
    }
    if not context["may_post"]:
        return _cannot_post(page, request, context)
    if post.status not in (PostStatus.HELD, PostStatus.LIVE):
        return _render(request, "not_editable.html", page, context, private=True)
    initial = {"body": post.body, "title": topic.title}
    form = EditPostForm(
        request.POST if request.method == "POST" else None, initial=initial, with_title=post.is_opening
    )
    if request.method == "POST":
        limited = rate_limited(request, POST_SCOPE)
        if limited:
            return limited
        if form.is_valid():
            limited = _limited(request, POST_SCOPE)
            if limited:
                return limited
            try:
                post = posting.edit_post(
                    post,
                    author=request.user,
                    body=form.cleaned_data["body"],
                    title=form.cleaned_data.get("title"),
                    settings=posting.forum_settings(request),
                )
            except posting.PostingError as error:
                form.add_error(None, error.message)
            else:
                post.refresh_from_db()
                if post.status != PostStatus.LIVE or post.is_worrying:
                    return HttpResponseRedirect(url_of(page, "posted", post.pk))
                messages.success(request, _("Your changes are saved."))
                return HttpResponseRedirect(topic_url(page, topic, page_number="last", anchor=f"post-{post.pk}"))
    context.update({"form": form, "action_url": url_of(page, "edit_post", post.pk)})
    return _render(request, "edit_post.html", page, context, private=True)


def withdraw_post(page, request, post_id):
    post = _own_post(request, post_id)
    topic = post.topic
    context = {"post": post, "topic": topic, "category": topic.category, "topic_url": topic_url(page, topic)}
    if post.status not in (PostStatus.HELD, PostStatus.LIVE, PostStatus.HIDDEN):
        return _render(request, "not_editable.html", page, context, private=True)
    if request.method == "POST":
        try:
            posting.withdraw_post(post, author=request.user)
        except posting.PostingError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your post has been deleted."))
        topic.refresh_from_db()
        if topic.is_visible:
            return HttpResponseRedirect(topic_url(page, topic))
        return HttpResponseRedirect(url_of(page, "category", topic.category.slug))
    context["action_url"] = url_of(page, "withdraw_post", post.pk)
    return _render(request, "withdraw_post.html", page, context, private=True)


# --- reports ---------------------------------------------------------------------------------------------


def report_post(page, request, post_id):
    post = (
        ForumPost.objects.select_related("topic__category", "author__involvement_profile")
        .filter(pk=post_id, status=PostStatus.LIVE, topic__is_visible=True)
        .first()
    )
    if post is None or not can_read(request.user, post.topic.category):
        raise Http404
    topic = post.topic
    posting.localise([topic.category])
    post.author_name = posting.display_name(post.author)
    context = {
        "post": post,
        "topic": topic,
        "category": topic.category,
        "topic_url": topic_url(page, topic),
        **posting_context(request),
    }
    if not request.user.is_authenticated:
        return _cannot_post(page, request, context)
    if post.author_id == request.user.pk:
        return _render(request, "report_own.html", page, context, private=True)
    form = FlagForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        limited = rate_limited(request, REPORT_SCOPE)
        if limited:
            return limited
        if form.is_valid():
            limited = _limited(request, REPORT_SCOPE)
            if limited:
                return limited
            try:
                posting.flag_post(
                    post,
                    member=request.user,
                    reason=form.cleaned_data["reason"],
                    detail=form.cleaned_data["detail"],
                    settings=posting.forum_settings(request),
                )
            except posting.PostingError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request, _("Thank you for telling us. A moderator will look at this post as soon as they can.")
                )
                # Enough reports hide the post; if it opened the topic, the topic is hidden with it.
                still_shown = ForumTopic.objects.filter(pk=topic.pk, is_visible=True).exists()
                return HttpResponseRedirect(
                    topic_url(page, topic) if still_shown else url_of(page, "category", topic.category.slug)
                )
    context.update({"form": form, "action_url": url_of(page, "report_post", post.pk)})
    return _render(request, "report.html", page, context, private=True)


# --- following -------------------------------------------------------------------------------------------


def follow(page, request, slug, topic_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return HttpResponseRedirect(login_url(request))
    topic = _topic(request, slug, topic_id)
    if request.POST.get("follow") == "0":
        posting.unsubscribe(topic, request.user)
        messages.success(request, _("You will no longer get emails about this topic."))
    else:
        posting.subscribe(topic, request.user)
        messages.success(request, _("We will email you when someone replies to this topic."))
    return HttpResponseRedirect(topic_url(page, topic))


def unsubscribe(page, request, token):
    """From the link in an email, no sign-in needed: a page that asks, and a button that does it (a GET must
    not unsubscribe, because mail scanners follow links)."""
    subscription = posting.subscription_by_token(token)
    if request.method == "POST":
        if subscription is not None:
            subscription.delete()
        return _render(request, "unsubscribed.html", page, {"topic": subscription.topic if subscription else None})
    context = {"subscription": subscription, "topic": subscription.topic if subscription else None}
    return _render(request, "unsubscribe.html", page, context, private=True)


# --- links from outside the forum page (My involvement) ---------------------------------------------------


def _forum_page():
    from community.forum.lifecycle import forum_index_for

    page = forum_index_for(get_language() or "en")
    if page is None:
        raise Http404
    return page


def go_to_topic(request, pk):
    topic = ForumTopic.objects.select_related("category").filter(pk=pk).first()
    if topic is None:
        raise Http404
    return HttpResponseRedirect(topic_url(_forum_page(), topic))


def go_to_unsubscribe(request, token):
    page = _forum_page()
    return HttpResponseRedirect(url_of(page, "unsubscribe", token))


urlpatterns = [
    path("forum/topics/<int:pk>/", go_to_topic, name="forum_topic"),
    path("forum/unsubscribe/<uuid:token>/", go_to_unsubscribe, name="forum_unsubscribe"),
]
