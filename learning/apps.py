from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = _("Learning")

    def ready(self):
        # "My involvement" sections, the member's data download and erasing it with the account; and
        # emptying the cached glossary when a term or the A to Z page changes.
        from . import involvement, signals  # noqa: F401
