"""A 404 in the admin stays a 404 instead of being redirected into a language prefix."""

import pytest

from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.accounts import login_with_mfa


@pytest.mark.django_db
def test_an_unknown_admin_url_is_a_plain_404(client):
    login_with_mfa(client, MemberFactory(is_superuser=True, is_staff=True))
    response = client.get("/admin/no-such-thing/")
    assert response.status_code == 404


@pytest.mark.django_db
def test_an_unprefixed_page_url_still_redirects_into_a_language(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/")
