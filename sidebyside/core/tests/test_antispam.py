"""The honeypot and the per-IP / per-email rate limits that protect public forms."""

from django import forms
from django.test import RequestFactory

import pytest

from sidebyside.core.antispam import HoneypotMixin, client_ip, over_limit, rate_limited


class NameForm(HoneypotMixin, forms.Form):
    name = forms.CharField()


def request_from(address="203.0.113.5", **meta):
    return RequestFactory().post("/", REMOTE_ADDR=address, **meta)


def test_a_person_leaves_the_honeypot_empty_and_the_form_is_valid():
    assert NameForm({"name": "Ada"}).is_valid()


def test_a_filled_honeypot_makes_the_form_invalid_without_saying_why():
    form = NameForm({"name": "Ada", "sbs_trap": "http://spam.example"})
    assert not form.is_valid()
    assert "__all__" in form.errors
    assert "spam" not in str(form.errors).lower()
    assert "honeypot" not in str(form.errors).lower()


def test_the_honeypot_is_rendered_hidden_from_people_and_out_of_the_tab_order():
    html = forms.Form.__str__(NameForm())
    assert 'tabindex="-1"' in html
    assert 'autocomplete="off"' in html


@pytest.mark.parametrize("scope_limits", [{"ip": (3, 60), "email": (100, 60)}])
def test_attempts_from_one_address_are_limited(settings, scope_limits):
    settings.PUBLIC_FORM_RATE_LIMITS = {"test": scope_limits}
    request = request_from()
    assert [over_limit(request, "test") for _ in range(4)] == [False, False, False, True]
    assert not over_limit(request_from("198.51.100.7"), "test"), "another address has its own count"


def test_attempts_for_one_email_are_limited_whatever_the_address(settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"test": {"ip": (100, 60), "email": (2, 60)}}
    results = [over_limit(request_from(f"192.0.2.{n}"), "test", email=" Ada@Example.org ") for n in range(3)]
    assert results == [False, False, True]
    assert not over_limit(request_from(), "test", email="someone.else@example.org")


def test_the_email_alone_can_be_counted_without_the_address(settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"test": {"ip": (1, 60), "email": (2, 60)}}
    request = request_from()
    results = [over_limit(request, "test", email="ada@example.org", count_ip=False) for _ in range(3)]
    assert results == [False, False, True]
    assert not over_limit(request, "test"), "the address was not counted by the email-only checks"


def test_scopes_are_counted_separately(settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"one": {"ip": (1, 60)}, "two": {"ip": (1, 60)}}
    request = request_from()
    assert not over_limit(request, "one")
    assert not over_limit(request, "two")
    assert over_limit(request, "one")


@pytest.mark.django_db
def test_over_the_limit_gets_a_429_page_that_says_to_wait(settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"test": {"ip": (1, 60)}}
    request = request_from()
    assert rate_limited(request, "test") is None
    response = rate_limited(request, "test")
    assert response.status_code == 429
    assert "Please wait a moment" in response.content.decode()


def test_the_proxy_header_is_used_only_when_configured(settings):
    request = request_from("10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.1")
    assert client_ip(request) == "10.0.0.1"
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    assert client_ip(request) == "203.0.113.9"
