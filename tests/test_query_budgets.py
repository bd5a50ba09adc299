"""Query budgets: the public pages render in a fixed, small number of queries however big the site grows.

Each request is measured with an empty cache (see sidebyside.testing.queries). The site is furnished
as an editor would leave it: menu, footer links, social links, hero link, steps and featured pages.
"""

import time

from django.utils import timezone

from wagtail.models import Page

import pytest

from home.models import HomePageFeaturedEvent, HomePageFeaturedOpportunity
from home.tests.factories import StandardPageFactory
from opportunities.models import OpportunityPage
from sidebyside.core.tests.factories import navigation, site_settings
from sidebyside.testing.queries import assert_query_budget

HOME_BUDGET = 12
STANDARD_BUDGET = 13
SEARCH_BUDGET = 11
# The account page itself, and one or two queries for each app section (interests; alerts with their topics;
# event sign-ups; learning: progress rows, their programmes and modules, saved plans and their modules, each
# page query with its look-up of private pages, as the programme page counts them; stories sent in;
# buddy matches, requests and offers; forum topics, held posts and subscriptions in one query).
DASHBOARD_BUDGET = 25


@pytest.fixture
def furnished_site(home_page):
    sections = [StandardPageFactory(parent=home_page, title=f"Section {n}", slug=f"section-{n}") for n in range(6)]
    navigation(menu=sections[:4], footer=sections[3:])
    site_settings(
        footer_text="Run by the involvement team.",
        contact_email="involvement@example.org",
        contact_phone="0300 000 0000",
        social_links=[("x", "https://x.example/sbs"), ("youtube", "https://youtube.example/sbs")],
    )
    home_page.hero_link_page = sections[0]
    home_page.hero_link_text = "Find a way to get involved"
    home_page.steps = [
        ("step", {"heading": f"Step {n}", "text": "Something to do.", "link_page": sections[n]}) for n in range(3)
    ]
    for order in range(3):
        HomePageFeaturedOpportunity.objects.create(home_page=home_page, page=sections[order], sort_order=order)
        HomePageFeaturedEvent.objects.create(home_page=home_page, page=sections[5 - order], sort_order=order)
    home_page.save_revision().publish()
    return sections


def grow_site(home_page, sections):
    """Add pages until the site holds `total` more: at the top level, under a menu section and deeper."""
    added = 0

    def grow(total):
        nonlocal added
        parents = [home_page, sections[0], sections[1]]
        while added < total:
            StandardPageFactory(parent=parents[added % 3], title=f"Grown page {added} about volunteering")
            added += 1

    return grow


def page_count():
    return Page.objects.count()


@pytest.mark.django_db
def test_home_page_query_budget_does_not_grow_with_content(client, home_page, furnished_site):
    before = page_count()
    queries = assert_query_budget(lambda: client.get("/en/"), HOME_BUDGET, grow=grow_site(home_page, furnished_site))
    assert page_count() == before + 200
    assert queries <= HOME_BUDGET


@pytest.mark.django_db
def test_home_page_in_another_language_stays_within_budget(client, home_page, furnished_site):
    home_page.copy_for_translation(locale=_locale("pl"), copy_parents=True).save_revision().publish()
    # Wagtail looks the Polish home page up from the English site root: one query more than in English.
    assert_query_budget(lambda: client.get("/pl/"), HOME_BUDGET + 1, grow=grow_site(home_page, furnished_site))


@pytest.mark.django_db
def test_standard_page_query_budget_does_not_grow_with_content(client, home_page, furnished_site):
    assert_query_budget(
        lambda: client.get("/en/section-2/"), STANDARD_BUDGET, grow=grow_site(home_page, furnished_site)
    )


@pytest.mark.django_db
def test_search_page_with_results_does_not_grow_with_content(
    client, home_page, furnished_site, django_capture_on_commit_callbacks
):
    grow_pages = grow_site(home_page, furnished_site)

    def grow(total):
        # New pages are indexed by a background job queued when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            grow_pages(total)

    grow(12)  # a full first page of results before the first measurement

    def fetch():
        response = client.get("/en/search/", {"q": "volunteering"})
        assert response.context["results"].paginator.count >= 10
        return response

    fetch()  # warm the in-process caches (content types) that a running site has warm
    assert_query_budget(fetch, SEARCH_BUDGET, grow=grow)


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


# --- opportunities --------------------------------------------------------------------------------------

# A page at this depth costs STANDARD_BUDGET before it does anything of its own (routing, view restrictions,
# settings, menu, language switcher, breadcrumbs); the index adds its organisation choices and one query for
# the page of results with their total (a window count, so no separate COUNT).
OPPORTUNITY_INDEX_BUDGET = STANDARD_BUDGET + 2
OPPORTUNITY_PAGE_BUDGET = 23
OPPORTUNITY_TOPICS = ["maternity", "mental_health", "young_people", "cancer"]


def _opportunity_maker(index):
    """Add live opportunities under `index` quickly: shared organisations, topics on every other one, a placed
    person on every fifth, closing dates spread over the next months.

    Pages are placed in the tree directly (path and depth set here, the parent's child count updated once)
    and saved without validation: treebeard's add_child and Page.full_clean cost about fifteen queries a page,
    which makes 2,000 pages take minutes on PostgreSQL.
    """
    import datetime

    from django.db.models import F
    from django.utils import timezone

    from opportunities.models import Commitment, InterestStatus, OpportunityKind, OpportunityPage
    from opportunities.tests.factories import ExpressionOfInterestFactory
    from sidebyside.core.tests.factories import OrganisationFactory, topic

    organisations = [OrganisationFactory(name=f"Budget Trust {n}") for n in range(5)]
    topics = [topic(slug) for slug in OPPORTUNITY_TOPICS]
    kinds, frequencies = list(OpportunityKind), list(Commitment)
    made = 0

    def next_step():
        last = index.get_children().order_by("-path").values_list("path", flat=True).first()
        return OpportunityPage._str2int(last[-OpportunityPage.steplen :]) + 1 if last else 1

    def make(count):
        nonlocal made
        step = next_step()
        for number in range(made, made + count):
            page = OpportunityPage(
                title=f"Opportunity {number}",
                slug=f"budget-opportunity-{number}",
                path=OpportunityPage._get_path(index.path, index.depth + 1, step + number - made),
                depth=index.depth + 1,
                numchild=0,
                locale_id=index.locale_id,
                live=True,
                summary="Help us make a service better.",
                kind=kinds[number % len(kinds)],
                organisation=organisations[number % len(organisations)],
                for_adults=True,
                frequency=frequencies[number % len(frequencies)],
                online=True,
                places_sought=2,
                closing_date=timezone.localdate() + datetime.timedelta(days=number % 90 + 1),
            )
            page._cached_parent_obj = index
            page.save(clean=False)
            if number % 2:
                # Through rows directly: ParentalManyToManyField.set() would wait for another save().
                OpportunityPage.topics.through.objects.bulk_create(
                    OpportunityPage.topics.through(opportunitypage=page, topic=chosen)
                    for chosen in topics[number % 3 : number % 3 + 2]
                )
            if number % 5 == 0:
                ExpressionOfInterestFactory(opportunity=page, status=InterestStatus.PLACED)
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
        index.numchild += count
        made += count

    return make


@pytest.fixture
def opportunity_index(home_page, furnished_site):
    from opportunities.tests.factories import OpportunityIndexPageFactory

    return OpportunityIndexPageFactory(parent=home_page)


@pytest.mark.django_db
def test_opportunity_index_with_2000_opportunities_costs_the_same_as_with_20(client, opportunity_index):
    make = _opportunity_maker(opportunity_index)
    make(20)

    def fetch():
        response = client.get("/en/get-involved/")
        assert len(response.context["opportunities"]) == 10
        return response

    started = time.monotonic()
    assert_query_budget(fetch, OPPORTUNITY_INDEX_BUDGET, grow=lambda total: make(total - 20), grow_steps=(2000,))
    assert OpportunityPage.objects.live().count() == 2000
    print(f"built 1,980 opportunities and measured in {time.monotonic() - started:.1f} s")

    def fetch_filtered():
        params = {"topic": ["maternity", "cancer"], "places_left": "on", "q": "service", "page": "3"}
        response = client.get("/en/get-involved/", params)
        assert len(response.context["opportunities"]) == 10
        return response

    assert_query_budget(fetch_filtered, OPPORTUNITY_INDEX_BUDGET)


@pytest.mark.django_db
def test_opportunity_page_costs_a_fixed_number_of_queries(client, home_page, opportunity_index):
    from opportunities.models import InterestStatus, OpportunityTrainingLink, RelatedOpportunity
    from opportunities.tests.factories import ExpressionOfInterestFactory, OpportunityPageFactory
    from sidebyside.core.tests.factories import VenueFactory, topic

    policy = StandardPageFactory(parent=home_page, title="Payment policy")
    training_section = StandardPageFactory(parent=home_page, title="Training")
    page = OpportunityPageFactory(
        parent=opportunity_index,
        in_person=True,
        venue=VenueFactory(),
        offers_buddy=True,
        payment_policy=policy,
        topics=[topic("maternity")],
    )
    related = [OpportunityPageFactory(parent=opportunity_index, topics=[topic("cancer")]) for _ in range(3)]
    for order, other in enumerate(related):
        RelatedOpportunity.objects.create(page=page, opportunity=other, sort_order=order)
    make_others = _opportunity_maker(opportunity_index)
    grown = 0

    def grow(total):
        """More training links, topics, people interested and placed, and other opportunities."""
        nonlocal grown
        for number in range(grown, total):
            training = StandardPageFactory(parent=training_section, title=f"Course {number}")
            OpportunityTrainingLink.objects.create(page=page, training=training, sort_order=number)
            ExpressionOfInterestFactory(opportunity=related[number % 3], status=InterestStatus.PLACED)
            ExpressionOfInterestFactory(opportunity=page, status=InterestStatus.NEW)
        page.topics.add(*[topic(slug) for slug in OPPORTUNITY_TOPICS])
        make_others(total - grown)
        grown = total

    def fetch():
        response = client.get(page.url)
        assert len(response.context["related_opportunities"]) == 3
        return response

    grow(1)
    assert_query_budget(fetch, OPPORTUNITY_PAGE_BUDGET, grow=grow, grow_steps=(4, 30))


@pytest.mark.django_db
def test_my_involvement_with_every_apps_sections_does_not_grow(client, home_page, furnished_site):
    """The dashboard as a busy member sees it: interests in several opportunities and alert subscriptions."""
    from community.tests.factories import EventIndexPageFactory, EventPageFactory, SignUpFactory
    from community.tests.story_factories import StorySubmissionFactory
    from learning.tests import learning_pages
    from opportunities.models import TopicSubscription
    from opportunities.tests.factories import (
        ExpressionOfInterestFactory,
        OpportunityIndexPageFactory,
        OpportunityPageFactory,
    )
    from sidebyside.accounts.tests.factories import MemberFactory
    from sidebyside.core.tests.factories import topic

    member = MemberFactory()
    index = OpportunityIndexPageFactory(parent=home_page)
    subscription = TopicSubscription.objects.create(
        user=member, email=member.email, consent_wording_version="t", confirmed_at=timezone.now()
    )
    subscription.topics.set([topic("maternity"), topic("cancer")])

    events = EventIndexPageFactory(parent=home_page)
    learning = learning_pages.learning_index(home_page)
    # Learning sections cost a query or two less when empty, so the member has started one programme already.
    learning_pages.started_programme(learning, member)

    def grow(total):
        for _ in range(total // 10 or 1):
            ExpressionOfInterestFactory(opportunity=OpportunityPageFactory(parent=index), user=member)
            SignUpFactory(event=EventPageFactory(parent=events), user=member, email=member.email)
            learning_pages.started_programme(learning, member)
            StorySubmissionFactory(user=member)

    client.force_login(member)
    client.get("/en/account/involvement/")  # warm the in-process caches
    assert_query_budget(lambda: client.get("/en/account/involvement/"), DASHBOARD_BUDGET, grow=grow)


# --- events ---------------------------------------------------------------------------------------------

# Like the opportunity index: the standard page, the organisation choices and one query for the page of
# results with their total and places taken (a window count and a subquery).
EVENT_INDEX_BUDGET = STANDARD_BUDGET + 2
# The standard page (13), one level deeper: the event itself, which the index routes to with its chosen
# snippets and the places taken in the same query; then the sign-up form's extra questions, the related pages
# with their card text (one query) and the other events of the series (one query).
EVENT_PAGE_BUDGET = 17


def _event_maker(index):
    """Add live events under `index` quickly (placed in the tree directly, as `_opportunity_maker` does):
    shared organisations, venues and a series, every kind and mode, a sign-up on every fifth."""
    import datetime

    from django.db.models import F

    from community.models import EventKind, EventMode, EventPage
    from community.tests.factories import SignUpFactory
    from sidebyside.core.tests.factories import OrganisationFactory, VenueFactory

    organisations = [OrganisationFactory(name=f"Event Trust {n}") for n in range(5)]
    venues = [VenueFactory(name=f"Hall {n}") for n in range(3)]
    kinds, modes = list(EventKind), list(EventMode)
    made = 0

    def next_step():
        last = index.get_children().order_by("-path").values_list("path", flat=True).first()
        return EventPage._str2int(last[-EventPage.steplen :]) + 1 if last else 1

    def make(count):
        nonlocal made
        step = next_step()
        for number in range(made, made + count):
            start = timezone.now() + datetime.timedelta(days=number % 120 + 1, hours=number % 7)
            page = EventPage(
                title=f"Event {number}",
                slug=f"budget-event-{number}",
                path=EventPage._get_path(index.path, index.depth + 1, step + number - made),
                depth=index.depth + 1,
                numchild=0,
                locale_id=index.locale_id,
                live=True,
                summary="Help us make a service better.",
                kind=kinds[number % len(kinds)],
                mode=modes[number % len(modes)],
                venue=venues[number % len(venues)],
                joining_link="https://meet.example/room",
                organisation=organisations[number % len(organisations)],
                for_adults=True,
                start=start,
                end=start + datetime.timedelta(hours=2),
                capacity=5,
            )
            page._cached_parent_obj = index
            page.save(clean=False)
            if number % 5 == 0:
                SignUpFactory(event=page)
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
        index.numchild += count
        made += count

    return make


@pytest.fixture
def event_index(home_page, furnished_site):
    from community.tests.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home_page)


@pytest.mark.django_db
def test_event_index_with_2000_events_costs_the_same_as_with_20(client, event_index):
    from community.models import EventPage

    make = _event_maker(event_index)
    make(20)

    def fetch():
        response = client.get(event_index.url)
        assert len(response.context["events"]) == 10
        return response

    assert_query_budget(fetch, EVENT_INDEX_BUDGET, grow=lambda total: make(total - 20), grow_steps=(2000,))
    assert EventPage.objects.live().count() == 2000

    def fetch_filtered():
        params = {"kind": ["sprint", "sharing"], "mode": "online", "places_left": "on", "page": "3"}
        response = client.get(event_index.url, params)
        assert len(response.context["events"]) == 10
        return response

    assert_query_budget(fetch_filtered, EVENT_INDEX_BUDGET)


@pytest.mark.django_db
def test_event_page_with_1000_signups_costs_a_fixed_number_of_queries(client, home_page, event_index):
    from community.models import EventRelatedPage, EventSeries
    from community.tests.factories import EventPageFactory, SignUpFactory
    from sidebyside.core.models import ContactPerson

    series = EventSeries.objects.create(name="Across the region")
    contact = ContactPerson.objects.create(name="Sam Lee", email="sam@example.org")
    page = EventPageFactory(parent=event_index, series=series, contact=contact, capacity=2000)
    related_section = StandardPageFactory(parent=home_page, title="Learning")
    for order in range(3):
        EventRelatedPage.objects.create(
            page=page, related=StandardPageFactory(parent=related_section), sort_order=order
        )
    for _ in range(3):
        EventPageFactory(parent=event_index, series=series)
    signed_up = 0

    def grow(total):
        """More sign-ups, in several statuses, and more events in other series."""
        nonlocal signed_up
        statuses = ["confirmed", "waitlisted", "cancelled", "pending"]
        for number in range(signed_up, total):
            SignUpFactory(event=page, status=statuses[number % 4])
        signed_up = total

    def fetch():
        response = client.get(page.url)
        assert len(response.context["related_pages"]) == 3
        assert len(response.context["series_events"]) == 3
        return response

    fetch()  # warm the in-process caches (content types)
    assert_query_budget(fetch, EVENT_PAGE_BUDGET, grow=grow, grow_steps=(10, 1000))
