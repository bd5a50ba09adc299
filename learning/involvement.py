"""Learning in "My involvement" (progress per programme and saved PDSA plans), in the member's data
download, and erased with their account. Every function here costs a fixed number of queries."""

from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from sidebyside.accounts.dashboard import DashboardItem, register_section
from sidebyside.accounts.privacy import register_data_section, register_eraser

from .models import ModulePage, ModuleProgress, ProgrammePage, SavedPlanner
from .progress import progress_through


def in_active_language(pages):
    """{translation key: page}, preferring the translation in the language being shown."""
    language = translation.get_language()
    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (page.locale.language_code == language and current.locale.language_code != language):
            chosen[page.translation_key] = page
    return chosen


def modules_by_programme(programmes):
    """{programme id: [its live, public modules in order]} in one query."""
    if not programmes:
        return {}
    children = Q()
    for programme in programmes:
        children |= Q(path__startswith=programme.path, depth=programme.depth + 1)
    modules = ModulePage.objects.live().public().filter(children).order_by("path").defer_streamfields()
    by_path = {programme.path: [] for programme in programmes}
    for module in modules:
        by_path[module.path[: -ModulePage.steplen]].append(module)
    return {programme.pk: by_path[programme.path] for programme in programmes}


def progress_items(user):
    rows = {row.module_key: row for row in ModuleProgress.objects.filter(user=user)}
    if not rows:
        return []
    programme_keys = {row.programme_key for row in rows.values()}
    pages = ProgrammePage.objects.live().public().filter(translation_key__in=programme_keys)
    pages = pages.select_related("locale").defer_streamfields()
    programmes = list(in_active_language(pages).values())
    modules = modules_by_programme(programmes)
    items = []
    for programme in programmes:
        progress = progress_through(modules[programme.pk], rows)
        if progress.resume is None:
            continue
        last_visit = rows[progress.resume.translation_key].last_visited_at
        items.append(_progress_item(programme, progress, last_visit))
    return sorted(items, key=lambda item: item.date, reverse=True)


def _progress_item(programme, progress, last_visit):
    done = ngettext("%(done)s of %(total)s module done", "%(done)s of %(total)s modules done", progress.total) % {
        "done": progress.done,
        "total": progress.total,
    }
    return DashboardItem(
        title=programme.title,
        url=programme.get_url(),
        status=done,
        date=last_visit,
        detail=_("Last module you opened: %(title)s") % {"title": progress.resume.title},
        action_url=progress.resume.get_url(),
        action_label=_("Continue where you left off"),
    )


def _modules_for(keys):
    pages = ModulePage.objects.live().public().filter(translation_key__in=keys)
    return in_active_language(pages.select_related("locale").defer_streamfields())


def planner_items(user):
    planners = list(SavedPlanner.objects.filter(user=user).order_by("-updated_at"))
    modules = _modules_for({planner.module_key for planner in planners}) if planners else {}
    return [
        DashboardItem(
            title=_("PDSA plan: %(title)s") % {"title": modules[planner.module_key].title},
            url=f"{modules[planner.module_key].get_url()}#planner-{planner.block_id}",
            status=_("Saved"),
            date=planner.updated_at,
            detail=_first_words(planner.plan),
        )
        for planner in planners
        if planner.module_key in modules
    ]


def _first_words(text, limit=120):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


register_section(
    "learning",
    _("My learning"),
    progress_items,
    order=30,
    empty_text=_("You have not started any learning yet."),
)
register_section(
    "learning_planners",
    _("PDSA plans I saved"),
    planner_items,
    order=31,
    empty_text=_("You have not saved any PDSA plans yet."),
)


def _module_titles(keys):
    return {key: page.title for key, page in _modules_for(keys).items()}


def progress_data(user):
    rows = list(ModuleProgress.objects.filter(user=user).order_by("-last_visited_at"))
    titles = _module_titles({row.module_key for row in rows}) if rows else {}
    return [
        {
            "module": titles.get(row.module_key, str(row.module_key)),
            "last_visited": row.last_visited_at,
            "marked_done": row.completed_at,
        }
        for row in rows
    ]


def planner_data(user):
    planners = list(SavedPlanner.objects.filter(user=user).order_by("-updated_at"))
    titles = _module_titles({planner.module_key for planner in planners}) if planners else {}
    return [
        {
            "module": titles.get(planner.module_key, str(planner.module_key)),
            "plan": planner.plan,
            "do": planner.do,
            "study": planner.study,
            "act": planner.act,
            "saved": planner.updated_at,
        }
        for planner in planners
    ]


register_data_section("learning_progress", _("Learning progress"), progress_data)
register_data_section("learning_planners", _("Saved PDSA plans"), planner_data)


@register_eraser
def erase_learning(user):
    """Progress and plans are only of use to the member, so they go with the account."""
    ModuleProgress.objects.filter(user=user).delete()
    SavedPlanner.objects.filter(user=user).delete()
