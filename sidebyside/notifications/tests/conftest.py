from pathlib import Path

import pytest

from .smtp_sink import HOST, SmtpSink

TEST_TEMPLATES = Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def notification_test_templates(settings):
    """Templates used only by these tests (test_message, test_staff_alert), beside the real ones."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEST_TEMPLATES]},
        *settings.TEMPLATES[1:],
    ]


@pytest.fixture
def smtp_server():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def smtp_settings(settings, smtp_server):
    """Send through Django's real SMTP backend to the aiosmtpd server."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = HOST
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.NOTIFICATIONS = {**settings.NOTIFICATIONS, "SMTP_TIMEOUT_SECONDS": 5}
    return settings
