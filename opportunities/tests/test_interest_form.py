"""The expression of interest form on its own: core questions, contact details, extra questions, bad input."""

from types import SimpleNamespace

from hypothesis import given, settings

from opportunities.forms.interest import InterestForm, WithdrawForm
from opportunities.models import OpportunityFormField
from sidebyside.testing.forms import assert_form_handles, form_data

FORM_SETTINGS = settings(max_examples=150, deadline=None, database=None, report_multiple_bugs=False)


def valid_data(**changes):
    data = {
        "name": "Sam Patel",
        "preferred_contact": "email",
        "email": "sam@example.org",
        "why_interested": "I use the clinic every month.",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


class UnsavedPage:
    """Just what the form reads of an opportunity page: its extra questions (no database needed)."""

    def __init__(self, questions):
        self.form_fields = SimpleNamespace(all=lambda: questions)


def page_with_questions():
    """A page whose editors added a question labelled like a core one, a checkbox list and a long answer."""
    return UnsavedPage(
        [
            OpportunityFormField(label="Name", field_type="singleline", required=True),
            OpportunityFormField(
                label="Which days suit you?", field_type="checkboxes", choices="Monday\nFriday", required=False
            ),
            OpportunityFormField(label="Tell us more", field_type="multiline", required=False),
        ]
    )


def test_valid_form_gives_the_columns_of_an_interest():
    form = InterestForm(valid_data(access_needs=["step_free"], how_heard="other", how_heard_details="Library"))
    assert form.is_valid(), form.errors
    fields = form.interest_fields()
    assert fields["name"] == "Sam Patel"
    assert fields["access_needs"] == ["step_free"]
    assert fields["how_heard_details"] == "Library"
    assert form.answers() == {}


def test_where_they_heard_is_dropped_unless_they_chose_somewhere_else():
    form = InterestForm(valid_data(how_heard="website", how_heard_details="ignored"))
    assert form.is_valid()
    assert form.cleaned_data["how_heard_details"] == ""


def test_each_contact_method_needs_its_own_detail():
    cases = {
        "email": ("email", "Enter your email address so that we can email you."),
        "phone": ("phone", "Enter a phone number so that we can call or text you."),
        "text": ("phone", "Enter a phone number so that we can call or text you."),
        "post": ("postal_address", "Enter your postal address so that we can write to you."),
    }
    for method, (field, message) in cases.items():
        form = InterestForm(valid_data(preferred_contact=method, email=None))
        assert not form.is_valid()
        assert form.errors[field] == [message], method


def test_phone_and_post_people_need_no_email():
    assert InterestForm(valid_data(preferred_contact="phone", email=None, phone="07700 900123")).is_valid()
    assert InterestForm(valid_data(preferred_contact="text", email=None, phone="+44 7700 900123")).is_valid()
    assert InterestForm(
        valid_data(preferred_contact="post", email=None, postal_address="1 High St\nTestford")
    ).is_valid()


def test_a_phone_number_must_look_like_one():
    form = InterestForm(valid_data(preferred_contact="phone", phone="call me"))
    assert form.errors["phone"] == ["Enter a phone number using numbers only, like 07700 900123."]


def test_consent_is_required():
    form = InterestForm(valid_data(consent=None))
    assert form.errors["consent"] == ["Tick the box to agree that we can contact you about this opportunity."]


def test_control_characters_are_removed_and_blank_answers_refused():
    form = InterestForm(valid_data(name="Sam\x00 Patel\x07", why_interested="\x00\x1b"))
    assert not form.is_valid()
    assert form.errors == {"why_interested": ["Tell us why you are interested."]}
    form = InterestForm(valid_data(name="Sam\u202e Patel\x07", why_interested="Line one\r\nLine two"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "Sam Patel"
    assert form.cleaned_data["why_interested"] == "Line one\nLine two"


def test_length_limits_match_the_columns():
    form = InterestForm(valid_data(name="x" * 121, why_interested="y" * 3001))
    assert set(form.errors) == {"name", "why_interested"}


def test_markup_is_kept_as_text():
    form = InterestForm(valid_data(why_interested="<script>alert(1)</script>"))
    assert form.is_valid()
    assert form.cleaned_data["why_interested"] == "<script>alert(1)</script>"


def test_extra_questions_never_clash_with_core_ones_and_are_answered_as_text():
    form = InterestForm(
        valid_data(extra_name="Nickname", extra_which_days_suit_you=["Monday", "Friday"]), page=page_with_questions()
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "Sam Patel"
    assert form.answers() == {
        "name": {"label": "Name", "answer": "Nickname"},
        "which_days_suit_you": {"label": "Which days suit you?", "answer": "Monday, Friday"},
        "tell_us_more": {"label": "Tell us more", "answer": ""},
    }


def test_required_extra_questions_are_required_and_long_answers_limited():
    form = InterestForm(valid_data(extra_tell_us_more="z" * 3001), page=page_with_questions())
    assert set(form.errors) == {"extra_name", "extra_tell_us_more"}


def test_honeypot_turns_the_form_down():
    form = InterestForm(valid_data(sbs_trap="http://spam.example"))
    assert not form.is_valid()
    assert "__all__" in form.errors


@FORM_SETTINGS
@given(data=form_data(InterestForm))
def test_interest_form_survives_anything(data):
    assert_form_handles(InterestForm, data)


@FORM_SETTINGS
@given(data=form_data(InterestForm, plausible_only=True))
def test_interest_form_can_be_filled_in(data):
    assert_form_handles(InterestForm, data)


@FORM_SETTINGS
@given(data=form_data(InterestForm, page=page_with_questions()))
def test_interest_form_with_extra_questions_survives_anything(data):
    assert_form_handles(InterestForm, data, page=page_with_questions())


@FORM_SETTINGS
@given(data=form_data(WithdrawForm))
def test_withdraw_form_survives_anything(data):
    assert_form_handles(WithdrawForm, data)
