"""The pipeline's messages, guest records joining an account, "My involvement", the data download and erasure."""

import pytest

from opportunities.models import ExpressionOfInterest, InterestStatus
from opportunities.pipeline import _tell_the_contact_person, dashboard_items, data_rows, tell_the_person
from sidebyside.accounts.prefill import link_guest_records
from sidebyside.accounts.privacy import collect_data, delete_account
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.moderation import services
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.rendering import render_message, site_context

from .factories import ExpressionOfInterestFactory, OpportunityIndexPageFactory, OpportunityPageFactory


@pytest.fixture
def page(home_page):
    return OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=home_page), title="Youth forum member")


@pytest.fixture
def moderator(db):
    return MemberFactory(username="moderator", groups=["Moderators"])


def messages_to(address, template):
    return OutboxMessage.objects.filter(recipient=address, template=template)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        (["contacted"], "getting in touch"),
        (["contacted", "briefing_arranged"], "briefing meeting"),
        (["contacted", "placed"], "Welcome to the team"),
        (["not_proceeding"], "not able to offer you a place"),
    ],
)
def test_the_person_hears_when_their_interest_moves_on(page, moderator, path, words):
    interest = ExpressionOfInterestFactory(opportunity=page, email="kay@example.org", name="Kay")
    for status in path:
        services.transition(interest, status, by=moderator, reason="Internal: not enough experience")
    message = messages_to("kay@example.org", "interest_status").order_by("pk").last()
    assert message.context["status"] == path[-1]
    subject, text, html = render_message(message, site_context())
    assert subject == "An update on Youth forum member"
    assert words in text
    assert "Internal" not in text and "Internal" not in html
    assert messages_to("kay@example.org", "interest_status").count() == len(path)


def test_staff_book_keeping_stages_send_the_person_nothing(page, moderator):
    interest = ExpressionOfInterestFactory(opportunity=page)
    services.transition(interest, "contacted", by=moderator)
    services.transition(interest, "taster_attended", by=moderator)
    assert OutboxMessage.objects.filter(template="interest_status").count() == 1


def test_messages_are_in_the_persons_language(page, moderator):
    interest = ExpressionOfInterestFactory(opportunity=page, language="ar", email="amal@example.org")
    services.transition(interest, "contacted", by=moderator)
    assert messages_to("amal@example.org", "interest_status").get().language == "ar"


def test_a_phone_person_is_not_emailed_but_the_decision_is_on_record(page, moderator):
    interest = ExpressionOfInterestFactory(opportunity=page, preferred_contact="phone", phone="07700 900123")
    services.transition(interest, "contacted", by=moderator)
    message = OutboxMessage.objects.get(template="interest_status")
    assert message.status == OutboxMessage.Status.NOT_EMAILED


def test_one_message_per_decision(page, moderator):
    interest = ExpressionOfInterestFactory(opportunity=page)
    decision = services.transition(interest, "contacted", by=moderator)
    tell_the_person(interest, decision)  # a hook run twice for the same decision
    assert OutboxMessage.objects.filter(idempotency_key=f"interest-status:{decision.pk}").count() == 1


def test_staff_hear_when_the_person_withdraws(page):
    member = MemberFactory()
    interest = ExpressionOfInterestFactory(opportunity=page, user=member, name="Jo")
    services.transition(interest, "withdrawn", by=member)
    message = messages_to(page.contact.email, "interest_withdrawn").get()
    subject, text, _html = render_message(message, site_context())
    assert subject == "Jo has withdrawn from Youth forum member"


def test_staff_who_withdraw_someone_are_not_told_about_it(page, moderator):
    interest = ExpressionOfInterestFactory(opportunity=page, user=MemberFactory())
    services.transition(interest, "withdrawn", by=moderator)
    assert not OutboxMessage.objects.filter(template="interest_withdrawn").exists()


def test_a_transition_that_rolls_back_takes_its_message_with_it(page, moderator):
    interest = ExpressionOfInterestFactory(opportunity=page)

    def fail(obj, decision):
        raise RuntimeError("later hook failed")

    services.register_transition_hook(ExpressionOfInterest, "contacted", fail)
    try:
        with pytest.raises(RuntimeError):
            services.transition(interest, "contacted", by=moderator)
    finally:
        hooks = dict(ExpressionOfInterest.ON_TRANSITION)
        hooks["contacted"] = [hook for hook in hooks["contacted"] if hook is not fail]
        ExpressionOfInterest.ON_TRANSITION = hooks
    assert not OutboxMessage.objects.filter(template="interest_status").exists()


def test_guest_interests_join_the_account_that_verifies_their_email(page, home_page):
    other_page = OpportunityPageFactory(parent=page.get_parent())
    guest = ExpressionOfInterestFactory(opportunity=page, email="Lee@Example.org")
    someone_else = ExpressionOfInterestFactory(opportunity=page, email="other@example.org")
    member = MemberFactory(email="lee@example.org")
    own = ExpressionOfInterestFactory(opportunity=other_page, user=member, email="old@example.org")
    clash = ExpressionOfInterestFactory(opportunity=other_page, email="lee@example.org")

    link_guest_records(member, "lee@example.org")

    for interest in (guest, someone_else, own, clash):
        interest.refresh_from_db()
    assert guest.user == member
    assert someone_else.user is None
    assert own.user == member
    assert clash.user is None  # the member already has one for that role; the database allows one each


def test_my_involvement_lists_interests_with_status_and_a_withdraw_link(page, django_assert_max_num_queries):
    member = MemberFactory()
    open_one = ExpressionOfInterestFactory(opportunity=page, user=member)
    ended = ExpressionOfInterestFactory(
        opportunity=OpportunityPageFactory(parent=page.get_parent()), user=member, status=InterestStatus.WITHDRAWN
    )
    ExpressionOfInterestFactory(opportunity=page)  # someone else's
    page.url  # noqa: B018 - warm the site root cache, as any request would

    with django_assert_max_num_queries(2):
        items = {item.title: item for item in dashboard_items(member)}
    assert set(items) == {open_one.opportunity_title, ended.opportunity_title}
    assert items[open_one.opportunity_title].status == "New"
    assert items[open_one.opportunity_title].url == page.url
    assert items[open_one.opportunity_title].action_url == f"/en/involvement/interests/{open_one.pk}/withdraw/"
    assert items[open_one.opportunity_title].action_label == "Withdraw"
    assert items[ended.opportunity_title].action_url == ""


def test_the_dashboard_shows_the_section(client, page):
    member = MemberFactory()
    interest = ExpressionOfInterestFactory(opportunity=page, user=member)
    client.force_login(member)
    html = client.get("/en/account/involvement/").content.decode()
    assert "Opportunities I am interested in" in html
    assert f'href="/en/involvement/interests/{interest.pk}/withdraw/"' in html


def test_the_data_download_includes_interests(page):
    member = MemberFactory()
    ExpressionOfInterestFactory(
        opportunity=page, user=member, phone="07700 900123", answers={"q": {"label": "Postcode", "answer": "TF1"}}
    )
    rows = data_rows(member)
    assert len(rows) == 1
    section = next(section for section in collect_data(member) if section["key"] == "interests")
    row = section["rows"][0]
    assert row["Opportunity"] == "Youth forum member"
    assert row["Phone number"] == "07700 900123"
    assert row["Other answers"] == ["Postcode: TF1"]


def test_erasure_anonymises_but_keeps_the_row_for_places_counts(page, moderator):
    member = MemberFactory(email="gone@example.org")
    placed = ExpressionOfInterestFactory(
        opportunity=page,
        user=member,
        email="gone@example.org",
        phone="07700 900123",
        postal_address="1 High St",
        access_needs=["bsl"],
        access_needs_details="Needs breaks",
        why_interested="Because",
        answers={"q": {"label": "Q", "answer": "A"}},
    )
    services.transition(placed, "contacted", by=moderator)
    services.transition(placed, "placed", by=moderator)
    unlinked = ExpressionOfInterestFactory(
        opportunity=OpportunityPageFactory(parent=page.get_parent()), email="GONE@example.org"
    )
    _tell_the_contact_person(placed, page)

    delete_account(member)

    for interest in (placed, unlinked):
        interest.refresh_from_db()
        assert (interest.user, interest.name, interest.email, interest.phone) == (None, "", "", "")
        assert (interest.postal_address, interest.access_needs, interest.access_needs_details) == ("", [], "")
        assert (interest.why_interested, interest.answers) == ("", {})
    assert placed.status == InterestStatus.PLACED
    assert page.specific_class.objects.get(pk=page.pk).places_filled == 1
    assert OutboxMessage.objects.get(idempotency_key=f"interest-staff:{placed.pk}").context == {}
