from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    name = "opportunities"
    verbose_name = _("Opportunities")

    def ready(self):
        # Transition hooks, dashboard and privacy sections, publish signals: each module registers its own.
        from . import alerts, pipeline, reference_groups  # noqa: F401
