"""Benchmark settings: the development settings with DEBUG off, on a database of their own."""

import os

import dj_database_url

from sidebyside.settings.dev import *  # noqa: F403

# DEBUG keeps every SQL query in memory and renders technical error pages: not what production pays.
DEBUG = False
ROOT_URLCONF = "bench.urls"
DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{VAR_DIR / 'bench.sqlite3'}"),  # noqa: F405
}
MEDIA_ROOT = VAR_DIR / "bench-media"  # noqa: F405
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "WARNING")  # noqa: F405
