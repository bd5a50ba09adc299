"""Editors write opportunity pages in the Wagtail admin: the form saves a draft, and the checks the model
cannot make (a rate for paid roles, a venue for in-person ones) come back as clear errors."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from opportunities.models import OpportunityPage
from opportunities.tests.factories import OpportunityIndexPageFactory
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import ContactPersonFactory, OrganisationFactory, VenueFactory, topic
from sidebyside.testing.accounts import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return OpportunityIndexPageFactory(parent=home_page)


@pytest.fixture
def editor_client(client):
    login_with_mfa(client, MemberFactory(groups=["Editors"]))
    return client


def page_data(**overrides):
    organisation = OrganisationFactory()
    data = {
        "title": "Maternity voices partner",
        "slug": "maternity-voices-partner",
        "summary": "Help the maternity team hear from families.",
        "body": streamfield([("rich_text", rich_text("<p>Meet every month with staff.</p>"))]),
        "kind": "lay_partner",
        "organisation": organisation.pk,
        "topics": [topic("maternity").pk],
        "for_adults": "on",
        "for_parents_carers": "on",
        "frequency": "monthly",
        "in_person": "on",
        "venue": VenueFactory().pk,
        "payment": "paid",
        "payment_rate": "£25 for each meeting",
        "places_sought": "2",
        "contact": ContactPersonFactory(organisation=organisation).pk,
        "training_links": inline_formset([]),
        "form_fields": inline_formset(
            [
                {
                    "label": "Which days suit you?",
                    "field_type": "singleline",
                    "required": "",
                    "choices": "",
                    "default_value": "",
                    "help_text": "",
                }
            ]
        ),
        "related_opportunities": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["opportunities", "opportunitypage", index.pk])


def test_an_editor_saves_a_draft_opportunity_with_an_extra_question(editor_client, index):
    assert editor_client.get(add_url(index)).status_code == 200

    response = editor_client.post(add_url(index), page_data())

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = OpportunityPage.objects.get(slug="maternity-voices-partner")
    assert not page.live
    assert page.get_latest_revision_as_object().form_fields.get().label == "Which days suit you?"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"payment_rate": ""}, "payment_rate", "Say how much people are paid"),
        ({"venue": ""}, "venue", "Choose where people meet"),
        ({"in_person": ""}, "in_person", "Tick at least one way people take part"),
        ({"for_adults": "", "for_parents_carers": ""}, "for_adults", "Tick at least one group of people"),
        ({"contact": "another organisation's"}, "contact", "Choose a contact person from the organisation"),
    ],
)
def test_editors_are_told_what_is_missing(editor_client, index, overrides, field, message):
    if "contact" in overrides:
        overrides = {"contact": ContactPersonFactory().pk}  # made with an organisation of its own
    data = page_data(**overrides)
    for name, value in overrides.items():
        if value == "":
            data.pop(name, None)

    response = editor_client.post(add_url(index), data)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not OpportunityPage.objects.exists()
