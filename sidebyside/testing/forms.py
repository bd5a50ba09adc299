"""Property-based testing of public forms: plausible and hostile POST data for any Django form.

    from hypothesis import given
    from sidebyside.testing.forms import assert_form_handles, form_data

    @given(form_data(InterestForm))
    def test_interest_form_survives_anything(data):
        assert_form_handles(InterestForm, data)

`form_data` draws a dict of POST data: for each field either a value a person would plausibly send or
something hostile (empty, blank, huge, right-to-left, control characters, NUL, markup, the wrong type),
and any key may be missing. `assert_view_handles_post` POSTs such data to a URL and checks the view
never fails with a 5xx and saves nothing when it rejects the data.
"""

import string
from datetime import date, datetime

from django import forms
from django.http import QueryDict

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Hypothesis settings for tests that post generated data through a view with the Django test client:
# each example is a real request, and the function-scoped `client` fixture is deliberately shared.
VIEW_FUZZ_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

HOSTILE_SAMPLES = [
    "",
    " ",
    "\t\n",
    "\x00",
    "a\x00b",
    "\x1b[31m\x07\x08",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR '1'='1' --",
    "Robert'); DROP TABLE auth_user;--",
    "{{ settings.SECRET_KEY }}",
    "%s%n%x",
    "\u202eredro\u202c",
    "مرحبا، أود المشاركة",
    "Zażółć gęślą jaźń",
    "🧑🏽‍🦽👩‍👩‍👧",
    "\ufeff\u200b\u200d",
    "NaN",
    "Infinity",
    "1e309",
    "-1",
    "0",
    "99999999999999999999999999999999",
    "12.5",
    "2024-02-30",
    "31/12/2024",
    "yesterday",
    "not-an-email",
    "a@",
    "@b.c",
    "on",
    "false",
]

HUGE_LENGTHS = [256, 1_001, 10_000, 100_000]


def hostile_value():
    """Input a person might send by accident or on purpose: a string, or several values for one key."""
    text = st.one_of(
        st.sampled_from(HOSTILE_SAMPLES),
        st.text(max_size=40),
        st.sampled_from(HUGE_LENGTHS).flatmap(lambda n: st.sampled_from(["x" * n, "é" * n, "<b>" * (n // 3)])),
    )
    return st.one_of(text, st.lists(text, min_size=2, max_size=3))


def plausible_value(field):
    """A value a well-meaning person could send for `field` (not necessarily valid for every form)."""
    if isinstance(field, forms.BooleanField):
        return st.sampled_from(["on", ""])
    if isinstance(field, forms.MultipleChoiceField):
        return st.lists(st.sampled_from(choice_keys(field) or [""]), unique=True, max_size=3)
    if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
        return st.sampled_from(choice_keys(field) or [""])
    if isinstance(field, forms.EmailField):
        return st.builds("{}@{}.example".format, words(1, 20), words(1, 20))
    if isinstance(field, forms.URLField):
        return words(1, 20).map(lambda path: f"https://www.example.org/{path}")
    if isinstance(field, forms.IntegerField):
        low = field.min_value if field.min_value is not None else -1000
        high = field.max_value if field.max_value is not None else 1000
        return st.integers(min_value=int(low), max_value=int(high)).map(str)
    if isinstance(field, forms.DateTimeField):
        return st.datetimes(min_value=datetime(1900, 1, 1)).map(lambda value: value.strftime("%Y-%m-%d %H:%M"))
    if isinstance(field, forms.DateField):
        return st.dates(min_value=date(1900, 1, 1)).map(date.isoformat)
    if isinstance(field, forms.CharField):
        low = max(field.min_length or 0, 1 if field.required else 0)
        return words(low, min(field.max_length or 200, 200))
    return st.text(max_size=50)


def words(min_size, max_size):
    alphabet = string.ascii_letters + string.digits
    return st.text(alphabet=alphabet, min_size=max(min_size, 1), max_size=max(max_size, min_size, 1))


def choice_keys(field):
    keys = []
    for key, label in field.choices:
        if isinstance(label, list | tuple):  # an optgroup
            keys.extend(str(inner_key) for inner_key, _ in label)
        else:
            keys.append(str(getattr(key, "value", key)))
    return [key for key in keys if key != ""]


def field_value(field):
    return st.one_of(plausible_value(field), hostile_value())


def form_data(form_class, plausible_only=False, **form_kwargs):
    """A strategy of POST-data dicts for `form_class` (a value is a string, or a list for repeated keys).

    Each field gets a plausible or hostile value and may be left out; with `plausible_only`, every field
    gets a plausible value, which helps check that a form can be filled in at all.
    """
    form = form_class(**form_kwargs)
    fields = {form.add_prefix(name): field for name, field in form.fields.items()}
    if plausible_only:
        return st.fixed_dictionaries({name: plausible_value(field) for name, field in fields.items()})
    return st.fixed_dictionaries({}, optional={name: field_value(field) for name, field in fields.items()})


def as_querydict(data):
    """POST data as a view receives it."""
    querydict = QueryDict(mutable=True)
    for key, value in data.items():
        querydict.setlist(key, value if isinstance(value, list) else [value])
    return querydict


def error_messages(form):
    return [str(message) for messages in form.errors.values() for message in messages]


def assert_form_handles(form_class, data, **form_kwargs):
    """Validating `data` never raises; a rejected form says why in at least one non-empty message."""
    form = form_class(data=as_querydict(data), **form_kwargs)
    if form.is_valid():
        assert isinstance(form.cleaned_data, dict)
    else:
        messages = error_messages(form)
        assert messages, f"{form_class.__name__} rejected {data!r} without an error message"
        assert all(message.strip() for message in messages), f"empty error message for {data!r}: {messages!r}"
    return form


def is_validation_failure(response):
    """True when the view turned the data down: 400/422, or a page showing a form with errors."""
    if response.status_code in (400, 422):
        return True
    if response.status_code != 200 or not response.context:
        return False
    contexts = response.context if isinstance(response.context, list) else [response.context]
    return any(
        isinstance(value, forms.BaseForm) and value.errors
        for context in contexts
        for value in context.flatten().values()
    )


def assert_view_handles_post(client, url, data, saved_count, is_failure=is_validation_failure):
    """POSTing `data` to `url` never gives a 5xx, and a rejected submission saves nothing.

    `saved_count` is a callable returning how many records the view may create (e.g. a model's count).
    """
    before = saved_count()
    response = client.post(url, data)
    assert response.status_code < 500, f"{response.status_code} for {data!r}"
    if is_failure(response):
        assert saved_count() == before, f"the submission was rejected but something was saved: {data!r}"
    return response
