"""The property-based form helper must accept sound forms and views, and catch broken ones."""

from django import forms
from django.http import HttpResponse, HttpResponseRedirect
from django.template import Context, Template
from django.test import override_settings
from django.urls import path

import pytest
from hypothesis import find, given, settings
from hypothesis.errors import NoSuchExample

from sidebyside.testing.forms import (
    VIEW_FUZZ_SETTINGS,
    as_querydict,
    assert_form_handles,
    assert_view_handles_post,
    form_data,
)


class SampleForm(forms.Form):
    name = forms.CharField(max_length=50)
    email = forms.EmailField()
    age = forms.IntegerField(min_value=16, max_value=120)
    contact_by = forms.ChoiceField(choices=[("email", "Email"), ("phone", "Phone")])
    available_from = forms.DateField()
    happy_to_be_contacted = forms.BooleanField(required=False)


class CrashesOnOddInput(SampleForm):
    """A typical mistake: clean() reads a field that failed its own validation and is not in cleaned_data."""

    def clean(self):
        cleaned = super().clean()
        if cleaned["age"] < 18 and cleaned["contact_by"] == "phone":
            raise forms.ValidationError("Under 18s are contacted by email.")
        return cleaned


class SilentRejection(SampleForm):
    """Turns every named submission down with a blank message, which tells the person nothing."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("name"):
            self.add_error(None, " ")
        return cleaned


# One bug reported as itself (not grouped with others), so pytest.raises can name it.
QUICK = settings(max_examples=150, deadline=None, database=None, report_multiple_bugs=False)


@QUICK
@given(data=form_data(SampleForm))
def test_a_sound_form_survives_any_data(data):
    assert_form_handles(SampleForm, data)


def test_data_includes_valid_and_invalid_submissions():
    valid = find(form_data(SampleForm, plausible_only=True), lambda data: SampleForm(as_querydict(data)).is_valid())
    assert SampleForm(as_querydict(valid)).is_valid()
    invalid = find(
        form_data(SampleForm), lambda data: "email" in data and not SampleForm(as_querydict(data)).is_valid()
    )
    assert not SampleForm(as_querydict(invalid)).is_valid()
    missing = find(form_data(SampleForm), lambda data: "age" not in data)
    assert "age" not in missing


def test_data_includes_hostile_values():
    def has_nul_or_huge(data):
        return any("\x00" in str(value) or len(str(value)) > 10_000 for value in data.values())

    assert has_nul_or_huge(find(form_data(SampleForm), has_nul_or_huge))


def test_catches_a_form_that_crashes_on_odd_input():
    @QUICK
    @given(data=form_data(CrashesOnOddInput))
    def check(data):
        assert_form_handles(CrashesOnOddInput, data)

    with pytest.raises(KeyError):
        check()


def test_catches_a_form_that_rejects_without_a_message():
    @QUICK
    @given(data=form_data(SilentRejection, plausible_only=True))
    def check(data):
        assert_form_handles(SilentRejection, data)

    with pytest.raises(AssertionError, match="empty error message"):
        check()


def test_prefixed_forms_get_prefixed_keys():
    data = find(form_data(SampleForm, prefix="interest"), lambda data: len(data) == 6)
    assert set(data) == {f"interest-{name}" for name in SampleForm.base_fields}


# A small view for the view helper: it saves valid submissions to SAVED.
SAVED = []
FORM_PAGE = Template("<form>{{ form }}</form>")


def sound_view(request):
    form = SampleForm(request.POST)
    if form.is_valid():
        SAVED.append(form.cleaned_data)
        return HttpResponseRedirect("/done/")
    return HttpResponse(FORM_PAGE.render(Context({"form": form})))


def saves_before_validating_view(request):
    SAVED.append(dict(request.POST))
    return sound_view(request)


def crashing_view(request):
    age = int(request.POST.get("age", "0"))
    return HttpResponse(f"You are {age}")


urlpatterns = [
    path("sound/", sound_view),
    path("saves-first/", saves_before_validating_view),
    path("crashes/", crashing_view),
]


@override_settings(ROOT_URLCONF=__name__)
@VIEW_FUZZ_SETTINGS
@given(data=form_data(SampleForm))
def test_a_sound_view_passes(client, data):
    assert_view_handles_post(client, "/sound/", data, lambda: len(SAVED))


@override_settings(ROOT_URLCONF=__name__)
def test_catches_a_view_that_saves_rejected_data(client):
    @VIEW_FUZZ_SETTINGS
    @given(data=form_data(SampleForm))
    def check(data):
        assert_view_handles_post(client, "/saves-first/", data, lambda: len(SAVED))

    with pytest.raises(AssertionError, match="rejected but something was saved"):
        check()


@override_settings(ROOT_URLCONF=__name__)
def test_catches_a_view_that_fails_with_a_server_error(client):
    client.raise_request_exception = False

    @VIEW_FUZZ_SETTINGS
    @given(data=form_data(SampleForm))
    def check(data):
        assert_view_handles_post(client, "/crashes/", data, lambda: len(SAVED))

    with pytest.raises(AssertionError, match="500 for"):
        check()


def test_find_gives_up_when_nothing_matches():
    # Guards the tests above: `find` really searches, so an impossible condition is reported.
    with pytest.raises(NoSuchExample):
        find(form_data(SampleForm), lambda data: data.get("name") == object(), settings=settings(max_examples=20))
