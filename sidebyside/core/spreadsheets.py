"""Make text safe to open in a spreadsheet program."""

# Spreadsheet programs run a cell that starts with one of these as a formula: text people typed must not.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Prefix a quote to text a spreadsheet would read as a formula; leave other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value
