"""Every page of the demo site, in every language, passes axe's WCAG 2.2 A and AA checks."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language_info

from wagtail.models import Page

import pytest

from community.feedback import feedback_token
from community.models import EventIndexPage, SignUp, SignUpStatus, StoryIndexPage
from home.tests.factories import StandardPageFactory
from learning.models import GlossaryPage, LearningIndexPage, ModulePage
from opportunities.models import OpportunityIndexPage, OpportunityPage, ReviewResponse, TopicSubscription
from sidebyside.testing.browser import assert_no_axe_violations, axe_violations, format_violations

pytestmark = pytest.mark.browser

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
NO_RESULTS_QUERY = "qwxzv"
NHS_BLUE = "rgb(0, 94, 184)"
NHS_GREY_4 = "rgb(216, 221, 224)"


@dataclass
class Visit:
    path: str
    status: int = 200
    must_show: str | None = None  # a selector that proves the page shows what it is there for


def search_path(language_code, query):
    return f"/{language_code}/search/?{urlencode({'q': query})}"


def visits(language_code):
    """Every live page in the language (read from the database, so new pages are covered too), the
    search page with and without results, and a page that does not exist."""
    pages = list(Page.objects.live().public().filter(locale__language_code=language_code, depth__gt=1))
    assert pages, f"no live pages in {language_code}: did the demo content load?"
    unreachable = [page.title for page in pages if page.get_url() is None]
    assert not unreachable, f"live pages with no URL in {language_code}: {unreachable}"
    longest_title = max((page.title for page in pages), key=len)
    return [
        *[Visit(page.get_url()) for page in pages],
        *opportunity_visits(language_code),
        *event_visits(language_code),
        *story_visits(language_code),
        *learning_visits(language_code),
        *glossary_visits(language_code),
        *forum_visits(language_code),
        Visit(search_path(language_code, longest_title), must_show=".sbs-search-results__item"),
        Visit(search_path(language_code, NO_RESULTS_QUERY)),
        Visit(f"/{language_code}/no-such-page/", status=404),
    ]


def opportunity_visits(language_code):
    """The pages of the opportunities app that are not Wagtail pages, or are states of one."""
    index = OpportunityIndexPage.objects.live().get(locale__language_code=language_code)
    some_opportunity = OpportunityPage.objects.live().filter(locale__language_code=language_code).first()
    review = ReviewResponse.objects.filter(answered_at__isnull=True).first()
    alert = TopicSubscription.objects.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True).first()
    involvement = f"/{language_code}/involvement"
    return [
        Visit(f"{index.url}?{urlencode({'q': NO_RESULTS_QUERY})}", must_show=".sbs-opportunities__none"),
        Visit(
            f"{index.url}?kind=lay_partner&kind=reference_group&places_left=on",
            must_show=".sbs-selected-filters",
        ),
        Visit(f"{some_opportunity.url}similar/"),
        Visit(f"{involvement}/alerts/", must_show="form"),
        Visit(f"{involvement}/alerts/unsubscribe/{alert.token}/", must_show="form button"),  # it only asks
        Visit(f"{involvement}/alerts/unsubscribe/not-a-real-token/", status=404),
        Visit(f"{involvement}/reviews/{review.token}/", must_show="form"),
        Visit(f"{involvement}/reviews/not-a-real-token/", status=404),
    ]


def event_visits(language_code):
    """The event index's other states and the pages reached from a sign-up's private links."""
    index = EventIndexPage.objects.live().get(locale__language_code=language_code)
    confirmed = SignUp.objects.filter(status=SignUpStatus.CONFIRMED, event__end__gt=timezone.now()).first()
    offered = SignUp.objects.filter(status=SignUpStatus.OFFERED).first()
    attended = SignUp.objects.filter(status=SignUpStatus.ATTENDED).first()
    events = f"/{language_code}/events"
    return [
        Visit(f"{index.url}past/", must_show="main h1"),
        Visit(f"{index.url}?kind=sprint&places_left=on", must_show="form"),
        Visit(f"{index.url}?{urlencode({'kind': 'drop_in', 'organisation': '999999'})}"),
        Visit(f"{events}/cancel/{confirmed.token}/", must_show="form"),
        Visit(f"{events}/cancel/not-a-real-token/", status=404),
        *([Visit(f"{events}/accept/{offered.token}/", must_show="form")] if offered else []),
        Visit(f"{events}/accept/not-a-real-token/", status=404),
        Visit(f"{events}/feedback/{feedback_token(attended)}/", must_show="form"),
    ]


def story_visits(language_code):
    """The stories index filtered by topic (with stories and with none) and the form to share a story; the
    index and the stories themselves are among every live page."""
    index = StoryIndexPage.objects.live().get(locale__language_code=language_code)
    return [
        Visit(f"{index.url}?topic=young_people", must_show=".nhsuk-card__link"),
        Visit(f"{index.url}?topic=cancer", must_show="main h2"),
        Visit(f"{index.url}share/", must_show="form input[type=file]"),
    ]


def learning_visits(language_code):
    """The learning index filtered (with results and with none) and the print view of a module with a
    planner and a quiz; the index, programmes and modules themselves are among every live page."""
    index = LearningIndexPage.objects.live().get(locale__language_code=language_code)
    modules = ModulePage.objects.live().filter(locale__language_code=language_code).order_by("path")
    with_planner = next(m for m in modules if any(block.block_type == "pdsa_planner" for block in m.body))
    return [
        Visit(f"{index.url}?format=printable&audience=public&topic=nonsense", must_show=".sbs-learning__list"),
        Visit(f"{index.url}?{urlencode({'q': NO_RESULTS_QUERY})}", must_show=".sbs-learning__none"),
        Visit(f"/{language_code}/learning/modules/{with_planner.pk}/print/", must_show=".sbs-print-planner"),
    ]


def glossary_visits(language_code):
    """The A to Z of NHS words, which must list its terms."""
    pages = GlossaryPage.objects.live().filter(locale__language_code=language_code)
    return [Visit(page.url, must_show=".sbs-glossary-az__term") for page in pages]


def forum_visits(language_code):
    """The forum's category, topic and new-topic pages (as a guest: "Sign in to post") and a topic that does
    not exist (404); the forum home is among every live page. test_forum_forms_for_a_member_pass_axe covers
    the forms a signed-in member sees."""
    from django.contrib.auth.models import AnonymousUser

    from community.forum.access import categories_visible_to
    from community.models import ForumIndexPage, ForumTopic

    index = ForumIndexPage.objects.live().filter(locale__language_code=language_code).first()
    if index is None:
        return []
    topic = (
        ForumTopic.objects.filter(category__in=categories_visible_to(AnonymousUser()), is_visible=True)
        .select_related("category")
        .order_by("-reply_count", "pk")
        .first()
    )
    if topic is None:
        return []
    category = topic.category.slug
    return [
        Visit(f"{index.url}{category}/", must_show=".sbs-forum-topic"),
        Visit(f"{index.url}{category}/{topic.pk}/", must_show=".sbs-forum-post"),
        Visit(f"{index.url}{category}/new/", must_show="main h1"),
        Visit(f"{index.url}{category}/999999/", status=404),
    ]


def problems_on(page, visit, language_code):
    problems = []
    response = page.goto(visit.path)
    if response.status != visit.status:
        problems.append(f"status {response.status}, expected {visit.status}")
    if visit.must_show and page.locator(visit.must_show).count() == 0:
        problems.append(f"nothing matches {visit.must_show}")
    expected = (language_code, "rtl" if get_language_info(language_code)["bidi"] else "ltr")
    html = page.locator("html")
    found = (html.get_attribute("lang"), html.get_attribute("dir"))
    if found != expected:
        problems.append(
            f"<html lang={found[0]!r} dir={found[1]!r}>, expected lang={expected[0]!r} dir={expected[1]!r}"
        )
    violations = axe_violations(page)
    if violations:
        problems.append(f"{len(violations)} axe violation(s):\n{format_violations(violations)}")
    return problems


@pytest.mark.parametrize("language_code", LANGUAGE_CODES)
def test_every_page_passes_axe_and_declares_its_language(demo_page, language_code):
    report = []
    for visit in visits(language_code):
        report.extend(f"{visit.path}: {problem}" for problem in problems_on(demo_page, visit, language_code))
    assert not report, "\n".join(report)


def test_styles_are_served_so_colour_checks_are_real(demo_page):
    """axe judges contrast from computed styles: an unstyled page would pass for the wrong reason."""
    demo_page.goto("/en/")

    header = demo_page.locator(".nhsuk-header").evaluate("el => getComputedStyle(el).backgroundColor")
    switcher = demo_page.locator(".sbs-language-switcher").evaluate("el => getComputedStyle(el).borderBottomColor")

    assert header == NHS_BLUE, "the NHS.UK frontend CSS was not served"
    assert switcher == NHS_GREY_4, "static/css/site.css was not served"


def test_a_page_made_in_the_test_is_served_and_passes_axe(page, home_page, django_db_serialized_rollback):
    """The `page` fixture: content the test creates, on pytest-django's live server. Also covers block
    variants the demo content does not use."""
    made = StandardPageFactory(parent=home_page, title="Clinic opening times", slug="opening-times")
    made.body = [
        (
            "table",
            {
                "data": [["Day", "Opens", "Closes"], ["Monday", "9am", "5pm"], ["Saturday", "10am", "1pm"]],
                "table_caption": "When the clinic is open",
                "first_row_is_table_header": True,
                "first_col_is_header": True,
            },
        ),
        ("details", {"summary": "Bank holidays", "body": "<p>The clinic is closed.</p>", "style": "expander"}),
    ]
    made.save()

    page.goto("/en/opening-times/")

    assert page.locator("h1").inner_text() == "Clinic opening times"
    assert page.locator("th[scope=row]").count() == 2
    assert_no_axe_violations(page)


def test_the_axe_check_reports_what_fails(new_page):
    """The helper itself: an unlabelled image, a low-contrast link and invisible text must fail, readably."""
    page = new_page()
    page.set_content(
        '<html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<p>Read <a href="#x" style="color:#ccc;background:#fff">this</a> now.</p>'
        '<p style="color:#fff;background:#fff">Nobody can read this.</p></main></body></html>'
    )

    with pytest.raises(AssertionError) as failure:
        assert_no_axe_violations(page)

    report = str(failure.value)
    assert "image-alt (critical)" in report
    assert "color-contrast (serious)" in report
    assert "Text is the same colour as its background" in report
    assert '<img src="data:image/gif' in report


def test_forum_forms_for_a_member_pass_axe(page, home_page, live_server, django_db_serialized_rollback):
    """The forum as a signed-in member sees it, in every language, with content the test makes: a topic with
    the reply form, the form to start a topic (empty, then with its errors), the report form, and the page
    after a worrying post (where to get help now)."""
    from django.test import Client

    from wagtail.models import Locale

    from community.forum import posting
    from community.models import ForumIndexPage, WatchedWord
    from community.tests.forum_public_factories import (
        ForumCategoryFactory,
        ForumIndexPageFactory,
        ForumPostFactory,
        forum_settings,
        topic_with_opening,
        trusted_member,
    )
    from home.models import HomePage

    forum_settings(first_posts_held=0)
    WatchedWord.objects.create(phrase="hurt myself", kind=WatchedWord.Kind.WORRYING)
    index = ForumIndexPageFactory(parent=home_page)
    for code in LANGUAGE_CODES[1:]:
        locale = Locale.objects.get(language_code=code)
        if not HomePage.objects.filter(locale=locale).exists():
            home_page.copy_for_translation(locale).save_revision().publish()
        if not ForumIndexPage.objects.filter(locale=locale).exists():
            index.copy_for_translation(locale).save_revision().publish()
    category = ForumCategoryFactory(slug="chat", name="Getting involved", description="Questions about taking part.")
    topic = topic_with_opening(category, title="Parking at the hospital", body="Where is the **best** place to park?")
    other = ForumPostFactory(
        topic=topic, author=trusted_member(), body="The multi-storey on [Main Street](https://example.org)."
    )
    member = trusted_member(first_name="Robin")
    worrying, _created = posting.start_topic(
        category, author=member, title="A hard week", body="Some days I want to hurt myself."
    )
    client = Client()
    client.force_login(member)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )

    report = []
    for code in LANGUAGE_CODES:
        forum = f"/{code}/forum/"
        visits = [
            Visit(f"{forum}chat/{topic.pk}/", must_show="main form textarea"),
            Visit(f"{forum}chat/new/", must_show="main form input[name=title]"),
            Visit(f"{forum}posts/{other.pk}/report/", must_show="main form input[type=radio]"),
            Visit(f"{forum}posts/{worrying.pk}/posted/", must_show=".nhsuk-card--care"),
        ]
        for visit in visits:
            report.extend(f"{visit.path}: {problem}" for problem in problems_on(page, visit, code))
        page.goto(f"{forum}chat/new/")
        page.locator("main form button[type=submit]").click()
        page.wait_for_selector(".nhsuk-error-summary")
        violations = axe_violations(page)
        if violations:
            report.append(f"{forum}chat/new/ with errors: {format_violations(violations)}")
    assert not report, "\n".join(report)
