"""The secret tokens in links we email (cancel a place, answer a review, stop alerts)."""

import re
import secrets

_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def new_token():
    return secrets.token_urlsafe(24)


def is_secret_token(value):
    """Whether `value` could be one of our tokens: anything else (a NUL byte, a mangled link) is not looked up,
    and PostgreSQL would refuse a NUL inside a string."""
    return isinstance(value, str) and _SECRET_TOKEN.fullmatch(value) is not None
