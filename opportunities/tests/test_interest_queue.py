"""The expressions of interest queue in the admin: scoping, decisions, notes, bulk actions and export."""

import csv
import io
from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import openpyxl
import pytest

from opportunities.models import ExpressionOfInterest, InterestStatus
from opportunities.viewsets.interests import InterestFilterSet
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import OrganisationFactory
from sidebyside.moderation import services
from sidebyside.moderation.models import ModerationDecision, ModerationNote
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.queries import assert_query_budget

from .factories import ExpressionOfInterestFactory, OpportunityIndexPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db

INDEX = "interests:index"


def staff_of(organisation, groups=("Moderators",)):
    user = MemberFactory(groups=list(groups), first_name="Sam", last_name="Moderator")
    organisation.staff.add(user)
    return user


@pytest.fixture
def north():
    return OrganisationFactory(name="North Hospital")


@pytest.fixture
def south():
    return OrganisationFactory(name="South Hospital")


@pytest.fixture
def north_interest(north):
    return ExpressionOfInterestFactory(opportunity__organisation=north, name="Nadia North", email="nadia@example.org")


@pytest.fixture
def south_interest(south):
    return ExpressionOfInterestFactory(opportunity__organisation=south, name="Sol South", email="sol@example.org")


@pytest.fixture
def moderator(north):
    return staff_of(north)


@pytest.fixture
def moderator_client(client, moderator):
    login_with_mfa(client, moderator)
    return client


@pytest.fixture
def admin_client_(client):
    login_with_mfa(client, MemberFactory(groups=["Trust administrators"]))
    return client


def inspect_url(interest):
    return reverse("interests:inspect", args=[interest.pk])


def bulk_url(action, *interests):
    ids = "&".join(f"id={interest.pk}" for interest in interests)
    return f"{reverse('wagtail_bulk_action', args=['opportunities', 'expressionofinterest', action])}?{ids}"


def assert_denied(response):
    """Wagtail turns a refusal in the admin into a redirect to the dashboard with a message."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")


def assert_not_found(response):
    assert response.status_code == 404


def shown_messages(response):
    """The admin messages on the page (not the empty templates Wagtail keeps for messages added later)."""
    page = page_text(response)
    start = page.index('data-w-messages-target="container">')
    return page[start : page.index("</ul>", start)]


def page_text(response):
    return response.content.decode()


def move(client, interest, to_status, reason="", expected=None, follow=True):
    data = {"to_status": to_status, "expected_status": expected or interest.status, "reason": reason}
    return client.post(reverse("interests:transition", args=[interest.pk]), data, follow=follow)


def exported_rows(client, **query):
    response = client.get(reverse(INDEX), {"export": "csv", **query})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


# Scoping: staff of one organisation never reach another's interests


def test_moderator_lists_only_their_organisations_interests(moderator_client, north_interest, south_interest):
    page = page_text(moderator_client.get(reverse(INDEX)))

    assert "Nadia North" in page
    assert "Sol South" not in page


def test_moderator_gets_404_for_another_organisations_interest(moderator_client, north_interest, south_interest):
    assert moderator_client.get(inspect_url(north_interest)).status_code == 200
    assert_not_found(moderator_client.get(inspect_url(south_interest), follow=True))
    assert_not_found(move(moderator_client, south_interest, "contacted"))
    note_url = reverse("interests:note", args=[south_interest.pk])
    assert_not_found(moderator_client.post(note_url, {"text": "Hello"}, follow=True))
    assign_url = reverse("interests:assign", args=[south_interest.pk])
    assert_not_found(moderator_client.post(assign_url, {"assignee": ""}, follow=True))

    south_interest.refresh_from_db()
    assert south_interest.status == InterestStatus.NEW
    assert not ModerationNote.objects.exists()


def test_moderator_cannot_bulk_act_on_another_organisations_interest(moderator_client, north_interest, south_interest):
    url = bulk_url("moderation_move", north_interest, south_interest)

    assert_not_found(moderator_client.get(url, follow=True))
    assert_not_found(moderator_client.post(url, {"to_status": "contacted"}, follow=True))
    assert set(ExpressionOfInterest.objects.values_list("status", flat=True)) == {InterestStatus.NEW}


def test_export_holds_only_the_moderators_organisation(moderator_client, north_interest, south_interest):
    rows = exported_rows(moderator_client)

    assert [row["Name"] for row in rows] == ["Nadia North"]


def test_trust_administrator_sees_and_exports_every_organisation(admin_client_, north_interest, south_interest):
    page = page_text(admin_client_.get(reverse(INDEX)))

    assert "Nadia North" in page and "Sol South" in page
    assert admin_client_.get(inspect_url(south_interest)).status_code == 200
    assert {row["Name"] for row in exported_rows(admin_client_)} == {"Nadia North", "Sol South"}


def test_editors_have_no_menu_item_and_get_403(client, north, north_interest):
    editor = staff_of(north, groups=["Editors"])
    login_with_mfa(client, editor)

    dashboard = page_text(client.get(reverse("wagtailadmin_home")))

    assert reverse(INDEX) not in dashboard
    assert_denied(client.get(reverse(INDEX)))
    assert_denied(client.get(inspect_url(north_interest)))
    assert_denied(move(client, north_interest, "contacted", follow=False))
    assert_denied(client.get(bulk_url("moderation_move", north_interest)))
    assert_denied(client.post(bulk_url("moderation_move", north_interest), {"to_status": "contacted"}))
    north_interest.refresh_from_db()
    assert north_interest.status == InterestStatus.NEW


def test_moderators_see_the_menu_item(moderator_client, north_interest):
    dashboard = page_text(moderator_client.get(reverse("wagtailadmin_home")))

    assert reverse(INDEX) in dashboard
    assert "Expressions of interest" in dashboard


# The list: filters, search, columns


def test_list_filters_by_status_opportunity_organisation_assignee_and_age(admin_client_, north, south, moderator):
    role = OpportunityPageFactory(organisation=north, title="Leaflet reviewer")
    old = ExpressionOfInterestFactory(opportunity=role, name="Olive Old")
    ExpressionOfInterest.objects.filter(pk=old.pk).update(status_changed_at=timezone.now() - timedelta(days=14))
    contacted = ExpressionOfInterestFactory(opportunity__organisation=south, name="Carl Contacted")
    services.transition(contacted, "contacted", by=moderator)
    services.assign(contacted, moderator)

    def names(**query):
        page = page_text(admin_client_.get(reverse(INDEX), query))
        return {name for name in ("Olive Old", "Carl Contacted") if name in page}

    assert names(status="contacted") == {"Carl Contacted"}
    assert names(opportunity=role.translation_key) == {"Olive Old"}
    assert names(organisation=south.pk) == {"Carl Contacted"}
    assert names(assignee=moderator.pk) == {"Carl Contacted"}
    assert names(waiting_longer_than=5) == {"Olive Old"}
    assert names(q="olive") == {"Olive Old"}
    assert names(q="Leaflet") == {"Olive Old"}


def test_list_shows_status_age_assignee_and_opportunity(moderator_client, moderator, north_interest):
    services.assign(north_interest, moderator)
    ExpressionOfInterest.objects.filter(pk=north_interest.pk).update(
        status_changed_at=timezone.now() - timedelta(hours=5)
    )

    page = page_text(moderator_client.get(reverse(INDEX)))

    assert "5 hours" in page
    assert "Sam Moderator" in page
    assert north_interest.opportunity_title in page
    assert "North Hospital" in page
    assert "w-status" in page


def test_list_puts_the_longest_waiting_first(moderator_client, north):
    recent = ExpressionOfInterestFactory(opportunity__organisation=north, name="Rita Recent")
    oldest = ExpressionOfInterestFactory(opportunity__organisation=north, name="Otto Oldest")
    ExpressionOfInterest.objects.filter(pk=oldest.pk).update(status_changed_at=timezone.now() - timedelta(days=9))
    assert recent.pk < oldest.pk

    page = page_text(moderator_client.get(reverse(INDEX)))

    assert page.index("Otto Oldest") < page.index("Rita Recent")


def test_list_renders_in_the_same_number_of_queries_however_long(moderator_client, north):
    role = OpportunityPageFactory(organisation=north)
    ExpressionOfInterestFactory(opportunity=role)

    def grow(count):
        ExpressionOfInterestFactory.create_batch(count, opportunity=role)

    assert_query_budget(lambda: moderator_client.get(reverse(INDEX)), budget=40, grow=grow, grow_steps=(3, 15))


# The detail page: buttons, decisions, notes, assignment


def test_detail_page_offers_a_button_only_for_each_allowed_move(moderator_client, north_interest):
    page = page_text(moderator_client.get(inspect_url(north_interest)))

    assert 'data-transition="contacted"' in page
    assert 'data-transition="not_proceeding"' in page
    assert 'data-transition="withdrawn"' in page
    assert 'data-transition="placed"' not in page
    assert 'data-transition="briefing_arranged"' not in page


def test_detail_page_shows_contact_details_access_needs_and_answers(moderator_client, north):
    interest = ExpressionOfInterestFactory(
        opportunity__organisation=north,
        preferred_contact="phone",
        phone="07700 900123",
        access_needs=["bsl", "large_print"],
        why_interested="I care for my dad.",
        how_heard="friend",
        answers={"shift": {"label": "Which day suits you?", "answer": "Tuesdays"}},
    )

    page = page_text(moderator_client.get(inspect_url(interest)))

    for expected in [
        "07700 900123",
        "Phone",
        "A British Sign Language (BSL) interpreter",
        "Large print",
        "I care for my dad.",
        "A friend or family member",
        "Which day suits you?",
        "Tuesdays",
    ]:
        assert expected in page


def test_moving_an_interest_records_the_decision_and_shows_it(moderator_client, moderator, north_interest):
    response = move(moderator_client, north_interest, "contacted")

    north_interest.refresh_from_db()
    assert north_interest.status == InterestStatus.CONTACTED
    decision = ModerationDecision.objects.get()
    assert (decision.by, decision.from_status, decision.to_status) == (moderator, "new", "contacted")
    page = page_text(response)
    assert "Moved to “Contacted”" in page
    assert "Decisions so far" in page and "Sam Moderator" in page
    assert 'data-transition="briefing_arranged"' in page


def test_not_proceeding_without_a_reason_is_refused_with_a_clear_message(moderator_client, north_interest):
    response = move(moderator_client, north_interest, "not_proceeding", reason="  ")

    north_interest.refresh_from_db()
    assert north_interest.status == InterestStatus.NEW
    assert not ModerationDecision.objects.exists()
    assert "Give a reason for moving this item to “Not proceeding”" in page_text(response)


def test_not_proceeding_with_a_reason_keeps_the_reason_in_the_history(moderator_client, north_interest):
    response = move(moderator_client, north_interest, "not_proceeding", reason="The role was filled.")

    north_interest.refresh_from_db()
    assert north_interest.status == InterestStatus.NOT_PROCEEDING
    assert "The role was filled." in page_text(response)


def test_a_move_not_allowed_from_the_current_status_changes_nothing(moderator_client, north_interest):
    response = move(moderator_client, north_interest, "placed")

    north_interest.refresh_from_db()
    assert north_interest.status == InterestStatus.NEW
    assert "cannot be moved to “Placed”" in page_text(response)


def test_when_someone_else_moved_it_first_the_second_moderator_is_told(moderator_client, north, north_interest):
    services.transition(north_interest, "contacted", by=staff_of(north))

    response = move(moderator_client, north_interest, "withdrawn", expected="new")

    north_interest.refresh_from_db()
    assert north_interest.status == InterestStatus.CONTACTED
    assert ModerationDecision.objects.count() == 1
    assert "Someone else has just moved this item to “Contacted”" in page_text(response)


def test_a_get_to_an_action_does_nothing(moderator_client, north_interest):
    assert moderator_client.get(reverse("interests:transition", args=[north_interest.pk])).status_code == 405


def test_notes_are_saved_and_shown_and_an_empty_note_is_refused(moderator_client, moderator, north_interest):
    url = reverse("interests:note", args=[north_interest.pk])

    empty = moderator_client.post(url, {"text": "   "}, follow=True)
    saved = moderator_client.post(url, {"text": "Left a voicemail <b>today</b>"}, follow=True)

    assert "Write the note before saving it." in page_text(empty)
    note = ModerationNote.objects.get()
    assert (note.author, note.text) == (moderator, "Left a voicemail <b>today</b>")
    assert "Left a voicemail &lt;b&gt;today&lt;/b&gt;" in page_text(saved)


def test_assigning_to_a_moderator_and_back_to_nobody(moderator_client, moderator, north_interest):
    url = reverse("interests:assign", args=[north_interest.pk])

    response = moderator_client.post(url, {"assignee": moderator.pk}, follow=True)
    north_interest.refresh_from_db()
    assert north_interest.assignee == moderator
    assert "Assigned to Sam Moderator." in page_text(response)

    moderator_client.post(url, {"assignee": ""})
    north_interest.refresh_from_db()
    assert north_interest.assignee is None


def test_only_moderation_staff_can_be_assigned(moderator_client, north_interest):
    member = MemberFactory()

    response = moderator_client.post(
        reverse("interests:assign", args=[north_interest.pk]), {"assignee": member.pk}, follow=True
    )

    north_interest.refresh_from_db()
    assert north_interest.assignee is None
    assert "Select a valid choice" in page_text(response)


def test_view_only_staff_see_the_item_but_no_action_forms(client, north, north_interest):
    viewer = MemberFactory()
    group = Group.objects.create(name="Interest viewers")
    group.permissions.add(Permission.objects.get(codename="view_expressionofinterest"))
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    viewer.groups.add(group)
    north.staff.add(viewer)
    login_with_mfa(client, viewer)

    page = page_text(client.get(inspect_url(north_interest)))

    assert "Nadia North" in page
    assert 'data-transition="contacted"' not in page
    assert_denied(move(client, north_interest, "contacted", follow=False))
    north_interest.refresh_from_db()
    assert north_interest.status == InterestStatus.NEW


# Bulk actions


def test_bulk_move_moves_those_allowed_and_reports_the_others(moderator_client, north, moderator):
    first, second = ExpressionOfInterestFactory.create_batch(2, opportunity__organisation=north)
    placed = ExpressionOfInterestFactory(opportunity__organisation=north, name="Pat Placed")
    for step in ["contacted", "placed"]:
        services.transition(placed, step, by=moderator)
    url = bulk_url("moderation_move", first, second, placed)

    confirm = moderator_client.get(url)
    response = moderator_client.post(url, {"to_status": "contacted"}, follow=True)

    assert confirm.status_code == 200 and "Pat Placed" in page_text(confirm)
    statuses = dict(ExpressionOfInterest.objects.values_list("pk", "status"))
    assert statuses == {first.pk: "contacted", second.pk: "contacted", placed.pk: "placed"}
    page = page_text(response)
    assert "2 items moved to “Contacted”. 1 item could not be moved." in page
    assert "Pat Placed" in page and "cannot be moved to “Contacted”" in page


def test_bulk_move_to_a_status_that_needs_a_reason_asks_for_one(moderator_client, north):
    interests = ExpressionOfInterestFactory.create_batch(2, opportunity__organisation=north)
    url = bulk_url("moderation_move", *interests)

    refused = moderator_client.post(url, {"to_status": "not_proceeding", "reason": ""})
    assert refused.status_code == 200
    assert "Give a reason for moving these items to “Not proceeding”." in page_text(refused)
    assert not ModerationDecision.objects.exists()

    moderator_client.post(url, {"to_status": "not_proceeding", "reason": "Funding ended."})
    decisions = ModerationDecision.objects.all()
    assert [decision.reason for decision in decisions] == ["Funding ended.", "Funding ended."]


def test_bulk_assign(moderator_client, moderator, north):
    interests = ExpressionOfInterestFactory.create_batch(3, opportunity__organisation=north)

    response = moderator_client.post(
        bulk_url("moderation_assign", *interests), {"assignee": moderator.pk}, follow=True
    )

    assert set(ExpressionOfInterest.objects.values_list("assignee", flat=True)) == {moderator.pk}
    assert "3 items assigned to Sam Moderator." in page_text(response)


def test_select_all_acts_only_on_what_the_filtered_list_shows(moderator_client, north, south_interest, moderator):
    fresh = ExpressionOfInterestFactory(opportunity__organisation=north)
    contacted = ExpressionOfInterestFactory(opportunity__organisation=north)
    services.transition(contacted, "contacted", by=moderator)
    base = reverse("wagtail_bulk_action", args=["opportunities", "expressionofinterest", "moderation_assign"])

    moderator_client.post(f"{base}?id=all&status=new", {"assignee": moderator.pk})

    assigned = set(ExpressionOfInterest.objects.filter(assignee=moderator).values_list("pk", flat=True))
    assert assigned == {fresh.pk}


# Export


def test_csv_export_has_the_columns_moderators_need(moderator_client, moderator, north_interest):
    services.transition(north_interest, "contacted", by=moderator)

    (row,) = exported_rows(moderator_client, status="contacted")

    assert row["Name"] == "Nadia North"
    assert row["Email"] == "nadia@example.org"
    assert row["How to contact them"] == "Email"
    assert row["Status"] == "Contacted"
    assert row["Organisation"] == "North Hospital"
    assert row["Opportunity"] == north_interest.opportunity_title


def test_export_needs_the_export_permission(client, north, north_interest):
    worker = MemberFactory()
    group = Group.objects.create(name="Interest workers")
    for codename in ["access_admin", "view_expressionofinterest", "change_expressionofinterest"]:
        group.permissions.add(Permission.objects.get(codename=codename))
    worker.groups.add(group)
    north.staff.add(worker)
    login_with_mfa(client, worker)

    listing = page_text(client.get(reverse(INDEX)))

    assert "Nadia North" in listing
    assert "export=csv" not in listing
    assert_denied(client.get(reverse(INDEX), {"export": "csv"}))


# Dashboard panel and digest


def test_dashboard_panel_counts_waiting_and_overdue_interests(moderator_client, north, south, moderator):
    waiting = ExpressionOfInterestFactory.create_batch(3, opportunity__organisation=north)
    ExpressionOfInterest.objects.filter(pk=waiting[0].pk).update(status_changed_at=timezone.now() - timedelta(days=10))
    done = ExpressionOfInterestFactory(opportunity__organisation=north)
    services.transition(done, "withdrawn", by=moderator)
    ExpressionOfInterestFactory(opportunity__organisation=south)

    page = page_text(moderator_client.get(reverse("wagtailadmin_home")))

    panel = page[page.index('id="moderation-queues-section"') :]
    assert "<td data-waiting>3</td>" in panel
    assert "1 waiting longer than 5 working days" in panel
    assert "/admin/interests/?waiting=true&amp;waiting_longer_than=5" in panel


def test_dashboard_panel_query_count_does_not_grow_with_interests(moderator_client, north):
    role = OpportunityPageFactory(organisation=north)
    ExpressionOfInterestFactory(opportunity=role)

    def grow(count):
        ExpressionOfInterestFactory.create_batch(count, opportunity=role)

    assert_query_budget(
        lambda: moderator_client.get(reverse("wagtailadmin_home")), budget=60, grow=grow, grow_steps=(3, 15)
    )


def test_the_waiting_link_lists_only_interests_still_waiting(moderator_client, moderator, north):
    waiting = ExpressionOfInterestFactory(opportunity__organisation=north, name="Wendy Waiting")
    placed = ExpressionOfInterestFactory(opportunity__organisation=north, name="Pat Placed")
    for step in ["contacted", "placed"]:
        services.transition(placed, step, by=moderator)
    assert waiting.status == "new"

    page = page_text(moderator_client.get(reverse(INDEX), {"waiting": "true"}))

    assert "Wendy Waiting" in page and "Pat Placed" not in page


def test_the_queue_is_in_the_moderators_digest(moderator, south, north_interest):
    from sidebyside.notifications.digest import waiting_queues

    counts = {queue.name: (count, queue.url()) for queue, count in waiting_queues(moderator)}

    assert counts["interests"][0] == 1
    assert counts["interests"][1].endswith("/admin/interests/?waiting=true")
    assert "interests" not in {queue.name for queue, _count in waiting_queues(staff_of(south))}


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("transition", {"to_status": "nonsense", "expected_status": "new"}),
        ("transition", {"to_status": "contacted", "expected_status": ""}),
        ("transition", {}),
        ("assign", {"assignee": "not-a-number"}),
        ("note", {"text": "x" * 6000}),
    ],
)
def test_bad_input_to_an_action_changes_nothing_and_explains(moderator_client, north_interest, action, data):
    response = moderator_client.post(reverse(f"interests:{action}", args=[north_interest.pk]), data, follow=True)

    assert response.status_code == 200
    assert '<li class="error">' in shown_messages(response)
    north_interest.refresh_from_db()
    assert (north_interest.status, north_interest.assignee) == (InterestStatus.NEW, None)
    assert not ModerationDecision.objects.exists() and not ModerationNote.objects.exists()


def test_bulk_action_with_a_malformed_id_is_not_found(moderator_client, north_interest):
    base = reverse("wagtail_bulk_action", args=["opportunities", "expressionofinterest", "moderation_move"])

    assert_not_found(moderator_client.get(f"{base}?id=abc", follow=True))
    assert_not_found(moderator_client.get(base, follow=True))


# Found in review: filters by role in every language, silly input, formulas in exports, assigning across organisations


def translated(page, language_code):
    copy = page.copy_for_translation(Locale.objects.get(language_code=language_code), copy_parents=True)
    copy.save_revision().publish()
    return copy


def test_the_opportunity_filter_finds_interests_sent_from_every_language_version(admin_client_, home_page, north):
    index = OpportunityIndexPageFactory(parent=home_page)
    role = OpportunityPageFactory(parent=index, organisation=north, title="Leaflet reviewer")
    polish, arabic = translated(role, "pl"), translated(role, "ar")
    draft = OpportunityPageFactory(parent=index, organisation=north, title="Draft role", live=False)
    ExpressionOfInterestFactory(opportunity=role, name="Erin English")
    ExpressionOfInterestFactory(opportunity=polish, name="Pola Polish")
    ExpressionOfInterestFactory(opportunity=arabic, name="Amal Arabic")
    ExpressionOfInterestFactory(opportunity=draft, name="Dan Draft")
    everyone = ("Erin English", "Pola Polish", "Amal Arabic", "Dan Draft")

    def names(**query):
        page = page_text(admin_client_.get(reverse(INDEX), query))
        return {name for name in everyone if name in page}

    choices = InterestFilterSet(queryset=ExpressionOfInterest.objects.all()).form.fields["opportunity"].choices
    titles = [str(label) for _value, label in choices][1:]
    assert titles == ["Draft role", "Leaflet reviewer"]
    assert names(opportunity=role.translation_key) == {"Erin English", "Pola Polish", "Amal Arabic"}
    assert names(opportunity=draft.translation_key) == {"Dan Draft"}
    assert names(opportunity=polish.pk) == set(everyone)  # not a choice: the filter is ignored


@pytest.mark.parametrize("days", ["1000000", "99999999999999999999", "1e400", "Infinity", "-1", "soon"])
def test_a_silly_waiting_longer_than_is_ignored_not_a_500(moderator_client, north_interest, days):
    listing = moderator_client.get(reverse(INDEX), {"waiting_longer_than": days})
    results = moderator_client.get(reverse("interests:index_results"), {"waiting_longer_than": days})

    assert listing.status_code == results.status_code == 200
    assert "Nadia North" in page_text(listing) and "Nadia North" in page_text(results)
    assert [row["Name"] for row in exported_rows(moderator_client, waiting_longer_than=days)] == ["Nadia North"]


def test_the_csv_export_cannot_carry_a_formula_into_a_spreadsheet(moderator_client, north):
    ExpressionOfInterestFactory(opportunity__organisation=north, name='=HYPERLINK("x")', phone="+44 7700 900123")

    (row,) = exported_rows(moderator_client)
    xlsx = moderator_client.get(reverse(INDEX), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    headings, cells = list(sheet.iter_rows(max_row=2))
    xlsx_row = {heading.value: cell for heading, cell in zip(headings, cells, strict=True)}

    assert (row["Name"], row["Phone"]) == ('\'=HYPERLINK("x")', "'+44 7700 900123")
    assert (xlsx_row["Name"].value, xlsx_row["Name"].data_type) == ('=HYPERLINK("x")', "s")
    assert xlsx_row["Phone"].value == "+44 7700 900123"


def assign_section(response):
    page = page_text(response)
    start = page.index('id="moderation-assign-heading"')
    return page[start : page.index("</form>", start)]


def test_an_interest_is_assigned_only_to_staff_who_can_open_it(moderator_client, moderator, south, north_interest):
    south_moderator = staff_of(south)
    trust_admin = MemberFactory(groups=["Trust administrators"])
    url = reverse("interests:assign", args=[north_interest.pk])

    offered = assign_section(moderator_client.get(inspect_url(north_interest)))
    refused = moderator_client.post(url, {"assignee": south_moderator.pk}, follow=True)
    north_interest.refresh_from_db()
    assert north_interest.assignee is None
    moderator_client.post(url, {"assignee": trust_admin.pk})
    north_interest.refresh_from_db()

    assert f'value="{moderator.pk}"' in offered and f'value="{trust_admin.pk}"' in offered
    assert f'value="{south_moderator.pk}"' not in offered
    assert "Select a valid choice" in page_text(refused)
    assert north_interest.assignee == trust_admin


def test_bulk_assign_offers_only_staff_who_can_open_every_chosen_item(
    admin_client_, moderator, south, north_interest, south_interest
):
    south_moderator = staff_of(south)
    trust_admin = MemberFactory(groups=["Trust administrators"])
    url = bulk_url("moderation_assign", north_interest, south_interest)

    confirm = page_text(admin_client_.get(url))
    refused = admin_client_.post(url, {"assignee": moderator.pk})
    assert set(ExpressionOfInterest.objects.values_list("assignee", flat=True)) == {None}
    admin_client_.post(url, {"assignee": trust_admin.pk})

    assert f'value="{trust_admin.pk}"' in confirm
    assert f'value="{moderator.pk}"' not in confirm and f'value="{south_moderator.pk}"' not in confirm
    assert refused.status_code == 200 and "Select a valid choice" in page_text(refused)
    assert set(ExpressionOfInterest.objects.values_list("assignee", flat=True)) == {trust_admin.pk}
