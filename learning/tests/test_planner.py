"""The PDSA planner: print, download and (members) save, with no JavaScript; bad input is turned down clearly
and nothing is half saved; a member's saved plan fills in the planner again, in one query per page."""

from urllib.parse import quote

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from learning.forms import PLANNER_MAX_LENGTH, PLANNER_STEPS, PlannerForm
from learning.models import SavedPlanner
from learning.tests.learning_pages import PLANNER_ID, every_block_body, module, planner_block, programme_with_modules
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.forms import VIEW_FUZZ_SETTINGS, assert_form_handles, assert_view_handles_post, form_data

PREFIX = f"planner-{PLANNER_ID}"
BODY = "{% load wagtailcore_tags %}{% for block in page.body %}{% include_block block %}{% endfor %}"
HINTS = planner_block()["value"]


def field(name):
    return f"{PREFIX}-{name}"


def answers(action, **steps):
    data = {field(step): text for step, text in steps.items()}
    data[field("action")] = action
    return data


@pytest.fixture
def module_page(home_page):
    return programme_with_modules(home_page, count=1)[1][0]


@pytest.fixture
def url(module_page):
    return reverse("learning:planner", args=[module_page.pk, PLANNER_ID])


@pytest.fixture
def member(db):
    return MemberFactory()


def render_body(page, user=None):
    request = RequestFactory().get(page.url)
    request.user = user or AnonymousUser()
    return engines["django"].from_string(BODY).render({"page": page, "request": request}, request), request


@pytest.mark.django_db
def test_print_shows_the_answers_and_keeps_nothing(client, url, module_page):
    response = client.post(url, answers("print", plan="Ask five people <b>first</b>", act="Keep it\nand share"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ask five people &lt;b&gt;first&lt;/b&gt;" in html
    assert "Keep it<br>and share" in html
    assert "What will you try?" in html
    assert f'href="{module_page.url}#{PREFIX}"' in html
    assert not SavedPlanner.objects.exists()


@pytest.mark.django_db
def test_download_is_a_utf8_text_file_named_after_the_module(client, url):
    response = client.post(url, answers("download", plan="Zażółć", do="مرحبا", study="", act="Stop"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="module-1-pdsa.txt"'
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffTry it: plan a small test of change\r\nModule 1\r\n")
    assert "PLAN\r\n(What will you try?)\r\nZażółć\r\n" in text
    assert "DO\r\n(What happened?)\r\nمرحبا\r\n" in text
    assert "STUDY\r\n(What did you learn?)\r\n-\r\n" in text
    assert not SavedPlanner.objects.exists()


@pytest.mark.django_db
def test_download_of_a_module_with_a_non_latin_title(client, home_page):
    prog, _modules = programme_with_modules(home_page, count=1)
    arabic = module(prog, "تحسين الرعاية", slug="arabic-module")
    response = client.post(reverse("learning:planner", args=[arabic.pk, PLANNER_ID]), answers("download", plan="x"))
    expected = quote("تحسين-الرعاية-pdsa.txt")
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{expected}"


@pytest.mark.django_db
def test_members_save_and_update_their_plan(client, url, module_page, member):
    client.force_login(member)
    response = client.post(url, answers("save", plan="Try a new letter", do=""))
    assert response.status_code == 302
    assert response["Location"].endswith(f"{module_page.url}#{PREFIX}")
    saved = SavedPlanner.objects.get(user=member)
    assert (saved.module_key, saved.block_id, saved.plan) == (
        module_page.translation_key,
        PLANNER_ID,
        "Try a new letter",
    )

    client.post(url, answers("save", plan="Try a shorter letter", study="People read it"))
    saved = SavedPlanner.objects.get(user=member)
    assert (saved.plan, saved.study) == ("Try a shorter letter", "People read it")
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Your plan is saved. You can find it in My involvement."]


@pytest.mark.django_db
def test_guests_cannot_save_and_are_told_to_sign_in(client, url):
    response = client.post(url, answers("save", plan="Something"))
    assert response.status_code == 200
    assert "Sign in to save your plan to your account." in response.content.decode()
    assert 'value="Something"' not in response.content.decode()  # a textarea keeps its text inside it
    assert "Something</textarea>" in response.content.decode()
    assert not SavedPlanner.objects.exists()


@pytest.mark.django_db
def test_saving_an_empty_plan_is_turned_down(client, url, member):
    client.force_login(member)
    response = client.post(url, answers("save"))
    assert "Write something in at least one box before you save your plan." in response.content.decode()
    assert not SavedPlanner.objects.exists()


@pytest.mark.django_db
def test_too_long_answers_get_a_clear_message_and_the_text_is_kept(client, url, member):
    client.force_login(member)
    response = client.post(url, answers("save", plan="Short plan", study="x" * (PLANNER_MAX_LENGTH + 5)))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Study must be 4000 characters or fewer. You have written 4005 characters." in html
    assert "There is a problem" in html
    assert "Short plan</textarea>" in html
    assert not SavedPlanner.objects.exists()


@pytest.mark.django_db
def test_a_missing_or_unknown_action_is_explained(client, url):
    for data in ({field("plan"): "x"}, answers("publish", plan="x")):
        response = client.post(url, data)
        assert response.status_code == 200
        assert "Choose whether to print, download or save your plan." in response.content.decode()


@pytest.mark.django_db
def test_the_honeypot_turns_bots_away(client, url):
    response = client.post(url, {**answers("download", plan="x"), field("sbs_trap"): "spam"})
    assert response.status_code == 200
    assert "We could not accept this form." in response.content.decode()


@pytest.mark.django_db
def test_unknown_blocks_and_pages_are_not_found(client, module_page):
    quiz_id = every_block_body()[4]["id"]
    for args in ([module_page.pk, "not-a-block"], [module_page.pk + 999, PLANNER_ID], [module_page.pk, quiz_id]):
        assert client.post(reverse("learning:planner", args=args), answers("print")).status_code == 404


@pytest.mark.django_db
def test_a_get_goes_back_to_the_planner(client, url, module_page):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"{module_page.url}#{PREFIX}")


@pytest.mark.django_db
def test_posting_needs_a_csrf_token(url):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(url, answers("print", plan="x"))
    assert response.status_code == 403


@pytest.mark.django_db
def test_planner_is_rate_limited(client, url, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"learning-planner": {"ip": (2, 3600)}}
    for _attempt in range(2):
        assert client.post(url, answers("print", plan="x")).status_code == 200
    assert client.post(url, answers("print", plan="x")).status_code == 429


@pytest.mark.django_db
def test_the_module_shows_the_planner_form_with_save_for_members_only(module_page, member):
    guest_html, _request = render_body(module_page)
    assert f'action="{reverse("learning:planner", args=[module_page.pk, PLANNER_ID])}"' in guest_html
    assert 'value="print"' in guest_html and 'value="download"' in guest_html
    assert 'value="save"' not in guest_html
    member_html, _request = render_body(module_page, member)
    assert 'value="save"' in member_html


@pytest.mark.django_db
def test_a_saved_plan_fills_in_the_planners_in_one_query(home_page, member):
    second_planner = planner_block("44444444-4444-4444-8444-444444444444")
    prog, _modules = programme_with_modules(home_page, count=1)
    page = module(prog, "Two planners", body=[planner_block(), second_planner])
    SavedPlanner.objects.create(
        user=member, module_key=page.translation_key, block_id=PLANNER_ID, plan="My saved plan"
    )
    SavedPlanner.objects.create(user=member, module_key=page.translation_key, block_id=second_planner["id"], act="Go")
    render_body(page, member)  # warm the caches that are not about planners
    with CaptureQueriesContext(connection) as queries:
        html, _request = render_body(page, member)
    planner_queries = [q for q in queries.captured_queries if "learning_savedplanner" in q["sql"]]
    assert len(planner_queries) == 1
    assert "My saved plan</textarea>" in html
    assert ">\nGo</textarea>" in html


@given(data=form_data(PlannerForm, prefix=PREFIX), action=st.sampled_from(["print", "download", "save", "", "x"]))
def test_planner_form_handles_anything(data, action):
    assert_form_handles(PlannerForm, {**data, field("action"): action}, hints=HINTS, prefix=PREFIX, can_save=False)


@pytest.mark.django_db
def test_planner_view_handles_anything_and_never_half_saves(client, url, member, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"learning-planner": {"ip": (100_000, 3600)}}
    client.force_login(member)

    @VIEW_FUZZ_SETTINGS
    @given(data=form_data(PlannerForm, prefix=PREFIX), action=st.sampled_from(["print", "download", "save", "x"]))
    def check(data, action):
        SavedPlanner.objects.all().delete()
        response = assert_view_handles_post(client, url, {**data, field("action"): action}, SavedPlanner.objects.count)
        if response.status_code == 302:
            saved = SavedPlanner.objects.get()
            assert any(getattr(saved, step) for step in PLANNER_STEPS)
            assert all(len(getattr(saved, step)) <= PLANNER_MAX_LENGTH for step in PLANNER_STEPS)

    check()
