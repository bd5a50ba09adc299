from django.contrib import admin

from .models import ModerationDecision, ModerationNote


class ReadOnlyAdmin(admin.ModelAdmin):
    """The audit trail can be read here, never written, changed or deleted."""

    list_select_related = ["content_type"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "content_type", "object_id", "from_status", "to_status", "by"]
    list_filter = ["content_type", "to_status"]


@admin.register(ModerationNote)
class ModerationNoteAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "content_type", "object_id", "author"]
