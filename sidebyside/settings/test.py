from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
# Queued jobs run inline in tests; tests of the real worker switch this off.
Q_CLUSTER = {**Q_CLUSTER, "sync": True}  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# Serve static files straight from the app folders, as they change.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
