"""What a member has done: modules marked done, where they left off, and PDSA plans they saved.

Rows point at a page's translation key, so progress made in one language shows in every language."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ModuleProgress(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress")
    module_key = models.UUIDField(_("module"), db_index=True)
    programme_key = models.UUIDField(_("programme"), db_index=True)
    last_visited_at = models.DateTimeField(_("last visited"))
    completed_at = models.DateTimeField(_("marked done"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [models.UniqueConstraint("user", "module_key", name="one_progress_row_per_member_module")]

    def __str__(self):
        return f"{self.user_id}: {self.module_key}"


class SavedPlanner(models.Model):
    """A PDSA (plan, do, study, act) planner a member filled in on a module and saved."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_planners")
    module_key = models.UUIDField(_("module"), db_index=True)
    block_id = models.CharField(_("planner"), max_length=64)
    plan = models.TextField(_("plan"), blank=True, max_length=4000)
    do = models.TextField(_("do"), blank=True, max_length=4000)
    study = models.TextField(_("study"), blank=True, max_length=4000)
    act = models.TextField(_("act"), blank=True, max_length=4000)
    updated_at = models.DateTimeField(_("saved"), auto_now=True)

    class Meta:
        verbose_name = _("saved PDSA planner")
        verbose_name_plural = _("saved PDSA planners")
        constraints = [
            models.UniqueConstraint("user", "module_key", "block_id", name="one_saved_planner_per_member_block")
        ]

    def __str__(self):
        return f"{self.user_id}: {self.module_key} {self.block_id}"
