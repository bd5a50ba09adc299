"""Links we email carry a token; one that could not be ours is a friendly 404, never a database error."""

from urllib.parse import quote, unquote

from django.urls import Resolver404, resolve, reverse
from django.utils import translation

import pytest

from sidebyside.core.tokens import is_secret_token, new_token

TOKEN_URL_NAMES = [
    "community:cancel_signup",
    "community:accept_offer",
    "community:event_feedback",
    "opportunities:alerts_confirm",
    "opportunities:alerts_unsubscribe",
    "opportunities:review_answer",
    "accounts:delete_confirm",
]

NOT_OUR_TOKENS = ["\x00", "abc\x00def", "' OR 1=1 --", "a b", "é" * 10, "x" * 256]


def url_with(name, token):
    with translation.override("en"):
        sample = reverse(name, kwargs={"token": "SAMPLE"})
    return sample.replace("SAMPLE", quote(token, safe=""))


def resolved_view_name(path):
    """The named view a path reaches (other paths fall through to Wagtail's page serving, or nowhere)."""
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


@pytest.mark.django_db
@pytest.mark.parametrize("name", TOKEN_URL_NAMES)
@pytest.mark.parametrize("token", NOT_OUR_TOKENS)
def test_a_token_we_never_issue_is_a_404_not_an_error(client, home_page, name, token):
    for response in (client.get(url_with(name, token)), client.post(url_with(name, token))):
        assert response.status_code == 404


@pytest.mark.parametrize("token", NOT_OUR_TOKENS)
def test_only_url_safe_tokens_of_our_length_are_looked_up(token):
    assert not is_secret_token(token)
    assert is_secret_token(new_token())


@pytest.mark.django_db
@pytest.mark.parametrize("name", TOKEN_URL_NAMES)
def test_a_well_formed_unknown_token_reaches_the_view(client, home_page, name):
    url = url_with(name, "InZlTEVn:1vN3Yk:forged-signature_0")
    assert resolved_view_name(unquote(url)) == name
    assert client.get(url).status_code == 404
