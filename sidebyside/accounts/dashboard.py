"""The "My involvement" dashboard: each app adds a section listing what the person did there.

    from sidebyside.accounts.dashboard import DashboardItem, register_section

    def interests(user):
        return [
            DashboardItem(title=i.opportunity.title, url=i.opportunity.url, status=i.get_status_display(),
                          date=i.created_at)
            for i in ExpressionOfInterest.objects.filter(user=user).select_related("opportunity")
        ]

    register_section("interests", _("Opportunities I am interested in"), interests, order=10)

A section's function must use a fixed number of queries however many items it returns (the dashboard has
a query budget), and should return the newest items first.
"""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class DashboardItem:
    title: str
    url: str = ""
    status: str = ""
    date: date | datetime | None = None
    detail: str = ""
    # A link to do something with the item, e.g. withdraw; the title is read after it by screen readers.
    action_url: str = ""
    action_label: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    items: object
    order: int = 100
    empty_text: str = ""


_sections = {}


def register_section(key, title, items, order=100, empty_text=""):
    """Add (or replace) the section `key`; `items(user)` returns a list of DashboardItem."""
    _sections[key] = Section(key, title, items, order, empty_text)


def unregister_section(key):
    _sections.pop(key, None)


def sections_for(user):
    """[(section, items)] in order, each section's items computed once."""
    return [(section, list(section.items(user))) for section in sorted(_sections.values(), key=lambda s: s.order)]
