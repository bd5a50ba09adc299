"""Admin for events: the sign-ups queue, attendee lists, and telling sign-ups when an event changes."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from community.models import EventPage

from .viewsets import feedback  # noqa: F401  (their hooks register on import)
from .viewsets.buddies import buddy_menu
from .viewsets.forum import forum_menu
from .viewsets.signups import SignUpBulkMoveAction, signup_viewset
from .viewsets.stories import story_viewset


@hooks.register("register_admin_viewset")
def register_signup_viewset():
    return signup_viewset


@hooks.register("register_admin_viewset")
def register_story_viewset():
    return story_viewset


@hooks.register("register_admin_viewset")
def register_buddy_menu():
    return buddy_menu


@hooks.register("register_admin_viewset")
def register_forum_viewsets():
    return forum_menu


# Registered after the moderation app's own "Move to a status" (community comes later in INSTALLED_APPS),
# so for sign-ups this one, which keeps the places right, replaces it.
hooks.register("register_bulk_action", SignUpBulkMoveAction)


def attendees_button(page, user, priority):
    if page.specific_class is not EventPage or not user.has_perm("community.view_signup"):
        return None
    url = reverse("event_signups:attendees", args=[page.pk])
    return PageMenuItem(_("Attendees"), url=url, icon_name="group", priority=priority, page=page)


@hooks.register("register_page_listing_more_buttons")
def page_listing_attendees_button(page, user, next_url=None):
    button = attendees_button(page, user, priority=5)
    if button:
        yield button


@hooks.register("register_page_header_buttons")
def page_header_attendees_button(page, user, view_name, next_url=None):
    button = attendees_button(page, user, priority=25)
    if button:
        yield button
