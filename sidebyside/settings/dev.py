import contextlib

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-2f9c1a7e"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

# Personal overrides, never committed.
with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403

# Serve static files straight from the app folders, as they change.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
