"""The bulk actions every moderation queue shares, and the dashboard panel listing what waits."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .views import BulkAssignAction, BulkMoveAction, dashboard_queues

hooks.register("register_bulk_action", BulkMoveAction)
hooks.register("register_bulk_action", BulkAssignAction)


class ModerationQueuesPanel(Component):
    """Each moderation queue the user can see: how many items wait, and how many have waited too long."""

    name = "moderation_queues"
    order = 40
    template_name = "moderation/admin/queues_panel.html"

    def render_html(self, parent_context=None):
        self.queues = dashboard_queues(parent_context["request"].user)
        return super().render_html(parent_context) if self.queues else ""

    def get_context_data(self, parent_context):
        return {"queues": self.queues}


@hooks.register("construct_homepage_panels")
def add_moderation_queues_panel(request, panels):
    panels.append(ModerationQueuesPanel())
