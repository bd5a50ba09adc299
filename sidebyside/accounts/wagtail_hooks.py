"""Account security events in the Wagtail admin, for trust administrators to look at (never to edit)."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import SecurityEvent


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only "view": the events are a record of what happened."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])


register_permission_policy(SecurityEvent, ViewOnlyPermissionPolicy(SecurityEvent))


class SecurityEventViewSet(ModelViewSet):
    model = SecurityEvent
    name = "security_events"
    icon = "lock"
    menu_label = _("Sign-in security")
    add_to_settings_menu = True
    inspect_view_enabled = False
    copy_view_enabled = False
    form_fields = []
    list_display = [
        Column("kind", label=_("What happened"), accessor="get_kind_display"),
        Column("user", label=_("Account"), accessor="user"),
        DateColumn("created_at", label=_("When")),
    ]
    list_filter = ["kind"]


@hooks.register("register_admin_viewset")
def register_security_events():
    return SecurityEventViewSet()
