"""Who may do what with the outbox: look and resend, never add, edit or delete (not even superusers),
because the rows are the record of what was sent."""

from django.contrib.auth import get_user_model

from wagtail.permission_policies import ModelPermissionPolicy

from .models import OutboxMessage


class OutboxPermissionPolicy(ModelPermissionPolicy):
    actions = {"view", "resend"}

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action in self.actions]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)


outbox_permission_policy = OutboxPermissionPolicy(OutboxMessage)
