"""A member's progress through learning: where they left off, which modules they marked done, the planners
they saved. Guests can use every module; nothing is kept for them.

Progress rows are keyed by the pages' translation keys, so a module done in Polish counts in English too.
What a request needs is read once and kept on the request, so the module page, its "done" panel and its
programme progress share one query."""

from dataclasses import dataclass

from django.db.models import Subquery
from django.utils import timezone

from wagtail.models import Page

from .models import ModulePage, ModuleProgress, SavedPlanner

PROGRESS_CACHE = "_learning_progress"
PLANNERS_CACHE = "_learning_saved_planners"
MODULES_CACHE = "_learning_programme_modules"


def is_member(request):
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def _parent_key(page):
    """The parent page's translation key, as a subquery, so writing a progress row costs one query."""
    return Subquery(Page.objects.filter(path=page.path[: -Page.steplen]).values("translation_key")[:1])


def _upsert(user, module_page, update_fields, **values):
    ModuleProgress.objects.bulk_create(
        [
            ModuleProgress(
                user=user,
                module_key=module_page.translation_key,
                programme_key=_parent_key(module_page),
                **values,
            )
        ],
        update_conflicts=True,
        unique_fields=["user", "module_key"],
        update_fields=update_fields,
    )


def _forget_progress(request):
    request.__dict__.pop(PROGRESS_CACHE, None)


def record_visit(request, module_page):
    """Remember that a member opened this module now (one query; nothing for guests)."""
    if not is_member(request):
        return
    _upsert(request.user, module_page, ["last_visited_at"], last_visited_at=timezone.now())
    _forget_progress(request)


def set_done(request, module_page, done):
    """Mark a module done (or not done any more) for the signed-in member."""
    now = timezone.now()
    _upsert(request.user, module_page, ["completed_at"], last_visited_at=now, completed_at=now if done else None)
    _forget_progress(request)


def member_progress(request):
    """{module translation key: ModuleProgress} for the signed-in member, read once per request."""
    if not is_member(request):
        return {}
    if PROGRESS_CACHE not in request.__dict__:
        rows = ModuleProgress.objects.filter(user=request.user)
        setattr(request, PROGRESS_CACHE, {row.module_key: row for row in rows})
    return getattr(request, PROGRESS_CACHE)


def module_is_done(request, module_page):
    row = member_progress(request).get(module_page.translation_key)
    return bool(row and row.completed_at)


def saved_planners(request):
    """{(module translation key, block id): SavedPlanner} for the signed-in member, read once per request."""
    if not is_member(request):
        return {}
    if PLANNERS_CACHE not in request.__dict__:
        rows = SavedPlanner.objects.filter(user=request.user)
        setattr(request, PLANNERS_CACHE, {(row.module_key, row.block_id): row for row in rows})
    return getattr(request, PLANNERS_CACHE)


def saved_planner(request, module_page, block_id):
    return saved_planners(request).get((module_page.translation_key, block_id))


def programme_for(page):
    """The programme a page belongs to: the page itself if it is a programme, a module's parent."""
    if isinstance(page, ModulePage):
        return page.get_parent()
    return page


def programme_modules(request, programme):
    """The live modules of a programme in order, as plain pages (enough for titles and links)."""
    cache = request.__dict__.setdefault(MODULES_CACHE, {})
    if programme.pk not in cache:
        cache[programme.pk] = list(programme.get_children().live().public().type(ModulePage).order_by("path"))
    return cache[programme.pk]


@dataclass(frozen=True)
class ProgrammeProgress:
    done: int
    total: int
    resume: Page | None

    @property
    def started(self):
        return self.resume is not None or self.done > 0

    @property
    def finished(self):
        return self.total > 0 and self.done >= self.total


def progress_through(modules, rows):
    """How far a member is through a list of modules, given their progress rows by module key."""
    visited = [(rows[m.translation_key], m) for m in modules if m.translation_key in rows]
    done = sum(1 for row, _module in visited if row.completed_at)
    resume = max(visited, key=lambda pair: pair[0].last_visited_at)[1] if visited else None
    return ProgrammeProgress(done=done, total=len(modules), resume=resume)


def programme_progress(request, programme):
    return progress_through(programme_modules(request, programme), member_progress(request))
