from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Community")

    def ready(self):
        # Transition hooks, dashboard and privacy sections, publish signals.
        import community.buddies  # noqa: F401

        from . import changes, pipeline, stories  # noqa: F401
        from .forum import involvement, lifecycle  # noqa: F401
