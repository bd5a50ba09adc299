"""Admin for opportunities. Each module registers its own hooks and viewsets when imported."""

from .viewsets import interests, reference_groups  # noqa: F401
