import pytest

from sidebyside.core.spreadsheets import spreadsheet_safe


@pytest.mark.parametrize("text", ['=HYPERLINK("x")', "+44 7700 900123", "-1+2", "@SUM(A1)", "\tA", "\rA"])
def test_text_a_spreadsheet_would_run_as_a_formula_is_quoted(text):
    assert spreadsheet_safe(text) == f"'{text}"


@pytest.mark.parametrize("value", ["Nadia North", "", "a=b", None, 42, -3])
def test_other_values_are_left_as_they_are(value):
    assert spreadsheet_safe(value) == value
