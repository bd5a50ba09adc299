"""Safeguarding: a concern goes to the named lead (or the site's contact email, and the admin says so), is
kept out of the moderation queues, dashboard panel and digest, and only staff with
view_safeguardingconcern can see the list."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Site

import pytest

from community.models import SafeguardingConcern, SafeguardingSettings
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.models import SiteSettings
from sidebyside.moderation.views import dashboard_queues, registered_queues
from sidebyside.notifications.digest import registered_queues as digest_queues
from sidebyside.notifications.models import OutboxMessage
from sidebyside.testing.accounts import login_with_mfa

from .buddy_factories import BuddySchemeIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return BuddySchemeIndexPageFactory(parent=home_page)


@pytest.fixture
def site_contact():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "hello@example.org"
    settings.save()
    return settings


@pytest.fixture
def lead():
    lead = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True))
    lead.lead_name, lead.lead_role, lead.lead_email = "Helen Osei", "Named Nurse", "helen@example.org"
    lead.what_happens_next = "Helen reads every concern on the same working day."
    lead.save()
    return lead


def raise_concern(client, index, text="My buddy asked to borrow money."):
    return client.post(index.url + "concern/", {"concern": text, "name": "Jo", "phone": "07700 900123"})


def test_a_concern_goes_to_the_named_lead(client, index, lead, site_contact):
    form = client.get(index.url + "concern/").content.decode()
    assert "Helen Osei" in form and "same working day" in form and "999" in form
    response = raise_concern(client, index)
    assert response.status_code == 302
    concern = SafeguardingConcern.objects.get()
    assert concern.sent_to == "helen@example.org" and concern.sent_to_lead
    sent = OutboxMessage.objects.get(template="safeguarding_concern")
    assert sent.recipient == "helen@example.org" and sent.context["to_lead"] is True
    assert "borrow money" in sent.context["concern"]
    assert "same working day" in client.get(response["Location"]).content.decode()


def test_without_a_lead_it_goes_to_the_site_contact_and_the_admin_says_so(client, index, site_contact):
    raise_concern(client, index)
    sent = OutboxMessage.objects.get(template="safeguarding_concern")
    assert sent.recipient == "hello@example.org" and sent.context["to_lead"] is False
    admin = MemberFactory(is_superuser=True)
    login_with_mfa(client, admin)
    html = client.get(reverse("safeguarding_concerns:index"), follow=True).content.decode()
    assert "No safeguarding lead is set" in html and "hello@example.org" in html


def test_concerns_are_not_in_any_moderation_queue_or_the_digest(client, index, lead):
    raise_concern(client, index)
    models = {viewset.model for viewset in registered_queues()}
    assert SafeguardingConcern not in models
    assert "safeguarding_concerns" not in {queue.name for queue in digest_queues()}
    moderator = MemberFactory(groups=["Moderators", "Trust administrators"])
    assert all("afeguarding" not in str(row["label"]) for row in dashboard_queues(moderator))


def test_only_the_dedicated_permission_sees_concerns(client, index, lead):
    raise_concern(client, index)
    concern = SafeguardingConcern.objects.get()
    urls = [reverse("safeguarding_concerns:index"), reverse("safeguarding_concerns:inspect", args=[concern.pk])]
    moderator = MemberFactory(groups=["Moderators", "Trust administrators"])
    login_with_mfa(client, moderator)
    for url in urls:
        assert client.get(url).status_code in (302, 403)
    assert not moderator.has_perm("community.view_safeguardingconcern")
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("buddy_requests:index") in menu and urls[0] not in menu

    safeguarding = MemberFactory(groups=["Safeguarding"])
    assert Group.objects.get(name="Safeguarding").permissions.filter(codename="view_safeguardingconcern").exists()
    client.logout()
    login_with_mfa(client, safeguarding)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200
    assert urls[0] in client.get(reverse("wagtailadmin_home")).content.decode()
    assert "borrow money" in client.get(urls[1]).content.decode()
    assert client.get(reverse("safeguarding_concerns:index").replace("concerns/", "concerns/new/")).status_code == 404
