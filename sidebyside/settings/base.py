"""Settings shared by every environment. Environment-specific files import from here."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "sidebyside.core",
    "sidebyside.notifications",
    "sidebyside.moderation",
    "sidebyside.accounts",
    "home",
    "opportunities",
    "learning",
    "community",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailnhsukfrontend",
    "modelcluster",
    "taggit",
    "django_q",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sidebyside.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "sidebyside.accounts.middleware.StaffMFAMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "sidebyside.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "sidebyside.wsgi.application"

# Database: DATABASE_URL when set (PostgreSQL in CI and production), a SQLite file otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker's processes write to the same file: take the write lock when a
    # transaction starts and wait for it, instead of failing at once with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Public form rate limits per scope (sidebyside/core/antispam.py; others use its defaults). Learning forms
# store little or nothing, and a person may check many quiz answers in one sitting.
PUBLIC_FORM_RATE_LIMITS = {"learning-quiz": {"ip": (300, 3600)}, "learning-planner": {"ip": (60, 3600)}}
# The forum counts every POST against the IP address and each valid post or report against the member
# ("email" here is the member's id; see community/views/forum.py).
PUBLIC_FORM_RATE_LIMITS["forum-post"] = {"ip": (120, 3600), "email": (30, 3600)}
PUBLIC_FORM_RATE_LIMITS["forum-report"] = {"ip": (60, 3600), "email": (20, 3600)}

# Cache and queue broker: Redis when REDIS_URL is set, otherwise local memory and the ORM broker.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "sidebyside",
            # An unreachable Redis must fail fast (and /healthz answer 503), not hang a request.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

Q_CLUSTER = {
    "name": "sidebyside",
    # One worker process on SQLite, which takes one writer at a time; more on PostgreSQL.
    "workers": int(os.environ.get("Q_WORKERS", "1" if DATABASES["default"]["ENGINE"].endswith("sqlite3") else "2")),
    # A task may run for `timeout` seconds; it is offered again after `retry` seconds, which must be
    # longer, and given up after `max_attempts`.
    "timeout": 60,
    "retry": 120,
    "max_attempts": 3,
    "ack_failures": True,
    # A worker that was down does not replay every missed run of a schedule, only the next one.
    "catch_up": False,
    "save_limit": 500,
    "label": _("Background jobs"),
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"

# The email outbox (sidebyside/notifications/conf.py lists every key and its default).
NOTIFICATIONS = {
    "BATCH_SIZE": int(os.environ.get("NOTIFICATIONS_BATCH_SIZE", "50")),
    "MAX_ATTEMPTS": 8,
    "BACKOFF_BASE_SECONDS": 60,
}

# Wagtail's own background jobs (search index, reference index, image renditions) use django-tasks;
# this backend hands them to the same django-q2 worker as ours, so there is one worker to run.
TASKS = {"default": {"BACKEND": "sidebyside.core.task_backends.DjangoQ2Backend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: URLs carry the language (/en/, /pl/, /ar/); content is translated with
# wagtail-localize and the interface with gettext catalogues in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("pl", "Polski"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "sidebyside.core.staticfiles.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Side by Side"
# Staff passwords and email addresses are managed by the allauth account pages (sidebyside/accounts), whose
# emails go through the outbox and whose addresses are verified; Wagtail's own forms would bypass both.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Everyone signs in through django-allauth (sidebyside/accounts); the public site sets no cookies for
# anonymous visitors.
LOGIN_URL = "account_login"
WAGTAILADMIN_LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "sidebyside.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
# No password needed: people sign up with their email and sign in with an emailed code; a password is
# optional (leave it empty on the sign-in form and a code is emailed instead).
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1"]
ACCOUNT_FORMS = {"login": "sidebyside.accounts.forms.LoginForm", "signup": "sidebyside.accounts.forms.SignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 15 * 60
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    "confirm_email": "1/10s/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Side by Side"
# Accept the code of the 30-second step before or after too (RFC 6238's advice), so a phone whose clock
# is a little off, or a code typed as it changes, still works.
MFA_TOTP_TOLERANCE = 1
USERSESSIONS_TRACK_ACTIVITY = False
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Side by Side <no-reply@sidebyside.example>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # StreamHandler writes to stderr unless told otherwise; container platforms collect stdout.
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Which organisations a staff member works for: moderation queues show them only those organisations' items.
MODERATION_USER_ORGANISATIONS = "sidebyside.core.models.organisations_for"
