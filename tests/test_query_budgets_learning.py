"""Query budgets of the learning pages: the index, a programme and a module cost the same number of queries
with 2 programmes, modules or resources as with 20, for a guest and for a signed-in member."""

import datetime

from django.utils import timezone

import pytest

from community.tests.factories import EventIndexPageFactory, EventPageFactory
from learning.models import ModuleProgress, ProgrammeWorkshop
from learning.tests.learning_pages import learning_index, module, programme
from learning.tests.test_pages import add_resource, add_video
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import topic
from sidebyside.testing.queries import assert_query_budget
from tests.test_query_budgets import STANDARD_BUDGET, furnished_site  # noqa: F401 - furnished_site is a fixture

# The standard page at this depth (13), then one query for the page of results with their total (a window
# count) and one for each of the two page types on it (programmes and modules).
LEARNING_INDEX_BUDGET = STANDARD_BUDGET + 3
# A guest's session and a member's user row.
SIGNED_IN = 2
# The programme's live modules (with the view-restriction check), their summaries, the topics, the
# upcoming workshops with their venues, and the glossary terms for its rich text (read once, then cached).
PROGRAMME_BUDGET = 21
# The member's progress rows, read once and shared by the progress panel and the "done" marks.
PROGRAMME_MEMBER_BUDGET = PROGRAMME_BUDGET + SIGNED_IN + 1
# The module's programme and the other modules (for the caption, progress and previous/next), the topics,
# the resources with their documents, and the video, captions and Easy Read version in one query.
MODULE_BUDGET = 24
# Remembering the visit (one upsert) and reading the member's progress rows and saved plans.
MODULE_MEMBER_BUDGET = MODULE_BUDGET + SIGNED_IN + 3
# The module with its locale, its programme, the chosen documents, the resources and the site settings.
MODULE_PRINT_BUDGET = 12
TOPICS = ["maternity", "mental_health", "cancer", "older_people"]


@pytest.fixture
def index(home_page, furnished_site):  # noqa: F811 - the fixture imported above
    return learning_index(home_page)


@pytest.fixture
def member(db):
    return MemberFactory()


def grower(add, start):
    """A `grow(total)` for assert_query_budget that calls `add(number)` until `total` things exist."""
    made = start

    def grow(total):
        nonlocal made
        while made < total:
            add(made)
            made += 1

    return grow


def with_topics(page, count=2):
    page.topics.set([topic(slug) for slug in TOPICS[:count]])
    page.save()
    return page


def add_programme(index, number, modules=2):
    prog = with_topics(programme(index, title=f"Programme {number}", slug=f"programme-{number}"))
    for part in range(modules):
        with_topics(module(prog, f"Part {part} of {number}", body=[], slug=f"part-{part}"))
    return prog


def sign_in(client, member, modules):
    """The member has done the first module and opened the second."""
    now = timezone.now()
    for done, page in zip([now, None], modules[:2], strict=False):
        ModuleProgress.objects.update_or_create(
            user=member,
            module_key=page.translation_key,
            defaults={
                "programme_key": page.get_parent().translation_key,
                "last_visited_at": now,
                "completed_at": done,
            },
        )
    client.force_login(member)


# --- the index ------------------------------------------------------------------------------------------


def index_fetch(client, path, params=None):
    def fetch():
        response = client.get(path, params or {})
        assert len(response.context["results"]) >= 2
        return response

    return fetch


@pytest.mark.django_db
def test_learning_index_costs_the_same_with_2_or_20_programmes(client, index):
    for number in range(2):
        add_programme(index, number)
    grow = grower(lambda number: add_programme(index, number), 2)

    assert_query_budget(index_fetch(client, index.url), LEARNING_INDEX_BUDGET, grow=grow, grow_steps=(20,))
    params = {"topic": ["maternity", "cancer"], "audience": "public", "format": "self_paced", "q": "of", "page": "2"}
    assert_query_budget(index_fetch(client, index.url, params), LEARNING_INDEX_BUDGET)


@pytest.mark.django_db
def test_learning_index_for_a_member_costs_the_same_with_2_or_20_programmes(client, index, member):
    first = add_programme(index, 0)
    add_programme(index, 1)
    sign_in(client, member, list(first.get_children().specific()))
    grow = grower(lambda number: add_programme(index, number), 2)

    assert_query_budget(index_fetch(client, index.url), LEARNING_INDEX_BUDGET + SIGNED_IN, grow=grow, grow_steps=(20,))


# --- a programme ----------------------------------------------------------------------------------------


def programme_setup(home_page, index):
    prog = add_programme(index, 0, modules=2)
    events = EventIndexPageFactory(parent=home_page)

    def add(number):
        with_topics(module(prog, f"Module {number}", body=[], slug=f"module-{number}"))
        start = timezone.now() + datetime.timedelta(days=number + 1)
        ProgrammeWorkshop.objects.create(
            page=prog, event=EventPageFactory(parent=events, start=start), sort_order=number
        )

    add(2)
    return prog, grower(add, 3)


def programme_fetch(client, prog):
    def fetch():
        response = client.get(prog.url)
        assert len(response.context["modules"]) >= 3
        assert response.context["workshops"]
        return response

    return fetch


@pytest.mark.django_db
def test_programme_page_costs_the_same_with_2_or_20_modules_and_workshops(client, home_page, index):
    prog, grow = programme_setup(home_page, index)

    assert_query_budget(programme_fetch(client, prog), PROGRAMME_BUDGET, grow=grow, grow_steps=(20,))


@pytest.mark.django_db
def test_programme_page_for_a_member_costs_the_same_with_2_or_20_modules(client, home_page, index, member):
    prog, grow = programme_setup(home_page, index)
    sign_in(client, member, list(prog.get_children().specific()))

    def fetch():
        response = programme_fetch(client, prog)()
        assert "1 of" in response.content.decode()
        return response

    assert_query_budget(fetch, PROGRAMME_MEMBER_BUDGET, grow=grow, grow_steps=(20,))


# --- a module -------------------------------------------------------------------------------------------


def module_setup(index):
    prog = add_programme(index, 0, modules=0)
    page = with_topics(module(prog, "The module", slug="the-module"))
    add_video(page)
    module(prog, "After it", body=[], slug="after-it")

    def add(number):
        add_resource(page, f"Resource {number}", f"resource-{number}.pdf", 1000 + number)
        module(prog, f"Later {number}", body=[], slug=f"later-{number}")

    add(0)
    add(1)
    return prog, page, grower(add, 2)


def module_fetch(client, page):
    def fetch():
        response = client.get(page.url)
        assert len(response.context["resources"]) >= 2
        assert response.context["next_module"] is not None
        return response

    return fetch


@pytest.mark.django_db
def test_module_page_costs_the_same_with_2_or_20_resources_and_modules(client, index):
    _prog, page, grow = module_setup(index)

    assert_query_budget(module_fetch(client, page), MODULE_BUDGET, grow=grow, grow_steps=(20,))


@pytest.mark.django_db
def test_module_page_for_a_member_costs_the_same_with_2_or_20_resources_and_modules(client, index, member):
    prog, page, grow = module_setup(index)
    sign_in(client, member, list(prog.get_children().specific()))

    assert_query_budget(module_fetch(client, page), MODULE_MEMBER_BUDGET, grow=grow, grow_steps=(20,))


@pytest.mark.django_db
def test_module_print_view_costs_the_same_with_2_or_20_resources(client, index):
    _prog, page, grow = module_setup(index)

    def fetch():
        response = client.get(f"/en/learning/modules/{page.pk}/print/")
        assert len(response.context["resources"]) >= 2
        return response

    assert_query_budget(fetch, MODULE_PRINT_BUDGET, grow=grow, grow_steps=(20,))
