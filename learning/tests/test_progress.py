"""Members' progress: visits, "mark as done", x of y per programme in every language, the resume link,
"My involvement", the data download and erasing, and query counts that do not grow."""

from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.fallback import FallbackStorage
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from learning import progress
from learning.involvement import erase_learning, planner_data, planner_items, progress_data, progress_items
from learning.models import ModuleProgress, SavedPlanner
from learning.tests.learning_pages import (
    PLANNER_ID,
    learning_index,
    module,
    programme,
    programme_with_modules,
    translate,
)
from sidebyside.accounts.dashboard import sections_for
from sidebyside.accounts.privacy import _data_sections
from sidebyside.accounts.tests.factories import MemberFactory

PANELS = "{% load learning_progress %}{% module_done_panel page %}{% programme_progress page %}"


def member_request(user=None, path="/en/learning/"):
    request = RequestFactory().get(path)
    request.user = user or AnonymousUser()
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def render(template, request, page):
    return engines["django"].from_string(template).render({"page": page, "request": request}, request)


@pytest.fixture
def course(home_page):
    return programme_with_modules(home_page, count=3)


@pytest.fixture
def member(db):
    return MemberFactory()


@pytest.mark.django_db
def test_a_visit_is_recorded_in_one_query_and_updated_on_the_next(course, member):
    prog, modules = course
    request = member_request(member)
    with CaptureQueriesContext(connection) as queries:
        progress.record_visit(request, modules[0])
    assert len(queries.captured_queries) == 1
    row = ModuleProgress.objects.get(user=member)
    assert (row.module_key, row.programme_key, row.completed_at) == (
        modules[0].translation_key,
        prog.translation_key,
        None,
    )
    first_visit = row.last_visited_at
    progress.record_visit(member_request(member), modules[0])
    row.refresh_from_db()
    assert row.last_visited_at > first_visit
    assert ModuleProgress.objects.count() == 1


@pytest.mark.django_db
def test_guests_visits_are_not_recorded(course):
    with CaptureQueriesContext(connection) as queries:
        progress.record_visit(member_request(), course[1][0])
    assert queries.captured_queries == []
    assert not ModuleProgress.objects.exists()


@pytest.mark.django_db
def test_mark_done_and_undo(client, course, member):
    module_page = course[1][1]
    client.force_login(member)
    url = reverse("learning:module_done", args=[module_page.pk])

    response = client.post(url, {"done": "yes"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"{module_page.url}#module-done")
    assert ModuleProgress.objects.get(user=member).completed_at is not None

    client.post(url, {"done": "no"})
    assert ModuleProgress.objects.get(user=member).completed_at is None
    assert ModuleProgress.objects.count() == 1


@pytest.mark.django_db
def test_guests_are_invited_to_sign_in_not_blocked(client, course):
    module_page = course[1][0]
    response = client.post(reverse("learning:module_done", args=[module_page.pk]), {"done": "yes"})
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={module_page.url}"
    assert not ModuleProgress.objects.exists()

    html = render(PANELS, member_request(), module_page)
    assert "Sign in" in html
    assert f"next={module_page.url}" in html
    assert "Mark as done" not in html


@pytest.mark.django_db
def test_marking_done_needs_post_and_a_live_module(client, course, member):
    client.force_login(member)
    module_page = course[1][0]
    assert client.get(reverse("learning:module_done", args=[module_page.pk])).status_code == 405
    module_page.unpublish()
    assert client.post(reverse("learning:module_done", args=[module_page.pk]), {"done": "yes"}).status_code == 404
    assert client.post(reverse("learning:module_done", args=[course[0].pk]), {"done": "yes"}).status_code == 404


@pytest.mark.django_db
def test_done_panel_shows_the_state_and_the_right_button(course, member):
    module_page = course[1][0]
    request = member_request(member)
    assert "Mark as done" in render(PANELS, request, module_page)
    progress.set_done(request, module_page, True)
    html = render(PANELS, member_request(member), module_page)
    assert "You have marked this module as done." in html
    assert "Done — undo" in html
    assert 'name="done" value="no"' in html


@pytest.mark.django_db
def test_progress_counts_per_programme(course, home_page, member):
    prog, modules = course
    other = programme(prog.get_parent(), title="Another programme")
    other_module = module(other, "Elsewhere")
    request = member_request(member)
    progress.set_done(request, modules[0], True)
    progress.set_done(request, modules[2], True)
    progress.set_done(request, other_module, True)
    progress.record_visit(request, modules[1])

    result = progress.programme_progress(member_request(member), prog)
    assert (result.done, result.total, result.resume.pk) == (2, 3, modules[1].pk)
    assert not result.finished
    html = render(PANELS, member_request(member), prog)
    assert "2 of 3 modules done" in html
    assert "Continue where you left off: Module 2" in html
    assert f'href="{modules[1].url}"' in html


@pytest.mark.django_db
def test_unpublished_modules_do_not_count(course, member):
    prog, modules = course
    request = member_request(member)
    for module_page in modules:
        progress.set_done(request, module_page, True)
    modules[2].unpublish()
    result = progress.programme_progress(member_request(member), prog)
    assert (result.done, result.total, result.finished) == (2, 2, True)
    assert "You have done all 2 modules" in render(PANELS, member_request(member), prog)


@pytest.mark.django_db
def test_progress_made_in_one_language_counts_in_another(course, member):
    prog, modules = course
    polish_modules = [translate(module_page, "pl") for module_page in modules]
    polish_programme = polish_modules[0].get_parent().specific
    assert polish_programme.translation_key == prog.translation_key

    progress.set_done(member_request(member), polish_modules[0], True)
    progress.record_visit(member_request(member), polish_modules[1])

    english = progress.programme_progress(member_request(member), prog)
    assert (english.done, english.total, english.resume.pk) == (1, 3, modules[1].pk)
    assert progress.module_is_done(member_request(member), modules[0])
    polish = progress.programme_progress(member_request(member), polish_programme)
    assert (polish.done, polish.resume.pk) == (1, polish_modules[1].pk)


@pytest.mark.django_db
def test_programme_progress_for_guests_and_members_who_have_not_started(course, member):
    prog, modules = course
    guest_html = render(PANELS, member_request(), prog)
    assert "Sign in" in guest_html
    assert "modules done" not in guest_html
    assert "Continue where you left off" not in render(PANELS, member_request(member), prog)
    assert "0 of 3 modules done" in render(PANELS, member_request(member), prog)


@pytest.mark.django_db
def test_module_page_panels_cost_a_fixed_number_of_queries(home_page, member):
    index = learning_index(home_page)

    def count_for(modules_in_programme):
        prog = programme(index, title=f"Programme of {modules_in_programme}")
        modules = [module(prog, f"Module {n} of {modules_in_programme}") for n in range(modules_in_programme)]
        for module_page in modules:
            progress.set_done(member_request(member), module_page, True)
        render(PANELS, member_request(member), modules[0])  # warm the site and content type caches
        with CaptureQueriesContext(connection) as queries:
            html = render(PANELS, member_request(member), modules[0])
        assert f"You have done all {modules_in_programme} modules" in html
        return len(queries.captured_queries)

    assert count_for(2) == count_for(12)


@pytest.mark.django_db
def test_dashboard_lists_each_programme_started(course, member):
    prog, modules = course
    request = member_request(member)
    progress.set_done(request, modules[0], True)
    progress.record_visit(request, modules[1])
    items = progress_items(member)
    assert len(items) == 1
    item = items[0]
    assert (item.title, item.url, item.status) == (prog.title, prog.url, "1 of 3 modules done")
    assert (item.action_url, item.action_label) == (modules[1].url, "Continue where you left off")
    assert "learning" in [section.key for section, _items in sections_for(member)]


@pytest.mark.django_db
def test_dashboard_shows_programmes_in_the_language_being_read(course, member):
    prog, modules = course
    polish_module = translate(modules[0], "pl")
    progress.record_visit(member_request(member), modules[0])
    with translation.override("pl"):
        items = progress_items(member)
    assert items[0].action_url == polish_module.url
    assert progress_items(member)[0].action_url == modules[0].url


@pytest.mark.django_db
def test_dashboard_sections_cost_the_same_however_much_was_done(home_page, member):
    index = learning_index(home_page)

    def add_programme(n):
        prog = programme(index, title=f"Programme {n}")
        for i in range(3):
            module_page = module(prog, f"Module {n}-{i}")
            progress.set_done(member_request(member), module_page, True)
            SavedPlanner.objects.create(user=member, module_key=module_page.translation_key, block_id=PLANNER_ID)

    def count_queries(programmes):
        progress_items(member), planner_items(member)  # warm the site and content type caches
        with CaptureQueriesContext(connection) as queries:
            assert len(progress_items(member)) == programmes
            assert len(planner_items(member)) == programmes * 3
        return len(queries.captured_queries)

    add_programme(0)
    first = count_queries(1)
    for n in range(1, 6):
        add_programme(n)
    assert count_queries(6) == first


@pytest.mark.django_db
def test_saved_planners_appear_with_a_link_to_the_planner(course, member):
    module_page = course[1][0]
    SavedPlanner.objects.create(
        user=member, module_key=module_page.translation_key, block_id=PLANNER_ID, plan="Ask five people " * 20
    )
    [item] = planner_items(member)
    assert item.url == f"{module_page.url}#planner-{PLANNER_ID}"
    assert item.title == f"PDSA plan: {module_page.title}"
    assert item.detail.startswith("Ask five people") and item.detail.endswith("…")


@pytest.mark.django_db
def test_data_download_and_erasing(course, member):
    module_page = course[1][0]
    progress.set_done(member_request(member), module_page, True)
    SavedPlanner.objects.create(user=member, module_key=module_page.translation_key, block_id=PLANNER_ID, plan="P")
    assert {"learning_progress", "learning_planners"} <= set(_data_sections)
    [row] = progress_data(member)
    assert row["module"] == module_page.title and row["marked_done"] is not None
    assert planner_data(member)[0]["plan"] == "P"

    someone_else = MemberFactory()
    progress.record_visit(member_request(someone_else), module_page)
    erase_learning(member)
    assert not ModuleProgress.objects.filter(user=member).exists()
    assert not SavedPlanner.objects.filter(user=member).exists()
    assert ModuleProgress.objects.filter(user=someone_else).exists()


@pytest.mark.django_db
def test_resume_points_at_the_most_recent_visit(course, member):
    prog, modules = course
    ModuleProgress.objects.create(
        user=member,
        module_key=modules[2].translation_key,
        programme_key=prog.translation_key,
        last_visited_at=timezone.now() - timedelta(days=2),
    )
    ModuleProgress.objects.create(
        user=member,
        module_key=modules[0].translation_key,
        programme_key=prog.translation_key,
        last_visited_at=timezone.now(),
    )
    assert progress.programme_progress(member_request(member), prog).resume.pk == modules[0].pk
