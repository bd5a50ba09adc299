"""The shared snippets in the admin: who may change what, list columns, search and the menu group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.groups import EDITORS, MODERATORS, TRUST_ADMINISTRATORS
from sidebyside.core.models import ContactPerson, Organisation, Topic, Venue
from sidebyside.core.tests.factories import ContactPersonFactory, OrganisationFactory, VenueFactory
from sidebyside.testing.accounts import login_with_mfa

pytestmark = pytest.mark.django_db


def staff_client(client, group_name):
    user = get_user_model().objects.create_user(username=group_name.replace(" ", "-"), email="staff@example.nhs.uk")
    user.groups.add(Group.objects.get(name=group_name))
    login_with_mfa(client, user)
    return client


def url(model, action, *args):
    return reverse(model.snippet_viewset.get_url_name(action), args=args)


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS])
def test_editors_and_moderators_see_organisations_but_cannot_add_or_change_them(client, group_name):
    organisation = OrganisationFactory(name="Valley Trust")
    staff = staff_client(client, group_name)
    listing = staff.get(url(Organisation, "list"))
    assert listing.status_code == 200
    assert "Valley Trust" in listing.content.decode()
    assert staff.get(url(Organisation, "add")).status_code == 302
    assert staff.post(url(Organisation, "edit", organisation.pk), {"name": "Renamed"}).status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Valley Trust"


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS])
def test_editors_and_moderators_add_venues_but_cannot_redirect_a_contacts_email(client, group_name):
    """A contact person's email receives the details of the people interested in their roles, so only
    trust administrators may add or change one; editors and moderators choose them on pages."""
    staff = staff_client(client, group_name)
    response = staff.post(
        url(Venue, "add"), {"name": "Library", "address": "1 High Street", "locale": "1"}, follow=False
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Venue.objects.filter(name="Library").exists()
    contact = ContactPersonFactory(email="lead@trust.example.org")

    staff.post(url(ContactPerson, "add"), {"name": "Alex Lee", "role": "Lead"})
    staff.post(url(ContactPerson, "edit", contact.pk), {"name": contact.name, "email": "me@elsewhere.example"})

    assert not ContactPerson.objects.filter(name="Alex Lee").exists()
    contact.refresh_from_db()
    assert contact.email == "lead@trust.example.org"
    assert staff.get(url(ContactPerson, "list")).status_code == 200


def test_trust_administrators_add_and_change_contact_people(client):
    staff = staff_client(client, TRUST_ADMINISTRATORS)
    assert staff.post(url(ContactPerson, "add"), {"name": "Alex Lee", "role": "Lead"}).status_code == 302
    assert ContactPerson.objects.filter(name="Alex Lee").exists()


def test_trust_administrators_add_and_change_organisations(client):
    staff = staff_client(client, TRUST_ADMINISTRATORS)
    assert staff.post(url(Organisation, "add"), {"name": "Hill Trust", "short_name": "HT"}).status_code == 302
    organisation = Organisation.objects.get(name="Hill Trust")
    response = staff.post(url(Organisation, "edit", organisation.pk), {"name": "Hill NHS Trust", "short_name": "HT"})
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Hill NHS Trust"


def test_lists_have_columns_and_search(client):
    trust = OrganisationFactory(name="Valley Trust", short_name="VT")
    OrganisationFactory(name="Hill Trust", short_name="HT")
    ContactPersonFactory(name="Priya Shah", role="Involvement lead", organisation=trust)
    ContactPersonFactory(name="Sam Jones")
    VenueFactory(name="Riverside Centre", postcode="TF1 2AB")
    staff = staff_client(client, TRUST_ADMINISTRATORS)

    organisations = staff.get(url(Organisation, "list"), {"q": "valley"}).content.decode()
    assert "Valley Trust" in organisations and "Hill Trust" not in organisations
    assert "Short name" in organisations and "Staff" in organisations

    people = staff.get(url(ContactPerson, "list"), {"q": "priya"}).content.decode()
    assert "Priya Shah" in people and "Sam Jones" not in people
    assert "Involvement lead" in people and "Valley Trust" in people

    venues = staff.get(url(Venue, "list"), {"q": "TF1"}).content.decode()
    assert "Riverside Centre" in venues and "Step-free access" in venues


def test_snippets_sit_together_in_one_menu_group_and_topics_are_not_editable(client):
    staff = staff_client(client, TRUST_ADMINISTRATORS)
    dashboard = staff.get(reverse("wagtailadmin_home")).content.decode()
    assert "Organisations and places" in dashboard
    assert not hasattr(Topic, "snippet_viewset")


def test_only_staff_can_be_made_an_organisations_staff(client):
    staff = staff_client(client, TRUST_ADMINISTRATORS)
    moderator = MemberFactory(groups=[MODERATORS], email="mod@trust.example.org")
    member_of_the_public = MemberFactory(email="public@example.org")
    organisation = OrganisationFactory(name="Hill Trust")

    form = staff.get(url(Organisation, "edit", organisation.pk)).content.decode()
    refused = staff.post(
        url(Organisation, "edit", organisation.pk), {"name": "Hill Trust", "staff": [member_of_the_public.pk]}
    )
    accepted = staff.post(url(Organisation, "edit", organisation.pk), {"name": "Hill Trust", "staff": [moderator.pk]})

    assert "mod@trust.example.org" in form or moderator.username in form
    assert "public@example.org" not in form
    assert refused.status_code == 200
    assert accepted.status_code == 302
    assert list(organisation.staff.all()) == [moderator]
