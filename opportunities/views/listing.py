"""The opportunity index: filters, search, pagination and the RSS/Atom feeds."""

from django.core.paginator import Paginator
from django.db.models import Count, F, Window

from opportunities.filters import OpportunityFilterForm
from sidebyside.core.models import organisation_choices

PER_PAGE = 10
# Beyond this page number the database is not asked for the page directly (an offset that large could
# overflow it); Django's own paginator then counts first and shows the last page.
MAX_DIRECT_PAGE = 10_000


class OneQueryPaginator(Paginator):
    """Reads the total from a window count on the requested page's rows: one query instead of a COUNT and a
    SELECT. When the requested page is empty or not a number, Django's paginator takes over as usual."""

    def get_page(self, number):
        direct = self._direct_number(number)
        if direct is None:
            return super().get_page(number)
        bottom = (direct - 1) * self.per_page
        rows = list(self.object_list.annotate(sbs_total=Window(Count("pk")))[bottom : bottom + self.per_page])
        if not rows:
            return super().get_page(number)
        self.count = rows[0].sbs_total  # fills the cached property, so no COUNT query follows
        return self._get_page(rows, direct, self)

    @staticmethod
    def _direct_number(number):
        try:
            number = int(number or 1)
        except (TypeError, ValueError):
            return None
        return number if 1 <= number <= MAX_DIRECT_PAGE else None


def filter_form(index_page, request):
    return OpportunityFilterForm(request.GET, organisations=organisation_choices("opportunities", index_page))


def listing_order(queryset, closed_included):
    """Open ones first, the soonest closing first (no closing date after those), then the newest.

    Without closed ones there is nothing to put last, and leaving `is_closed` out of the ORDER BY spares
    the database counting the places of every opportunity a second time."""
    order = [F("closing_date").asc(nulls_last=True), F("first_published_at").desc(nulls_last=True), "-pk"]
    return queryset.order_by("is_closed", *order) if closed_included else queryset.order_by(*order)


def index_context(index_page, request):
    form = filter_form(index_page, request)
    opportunities = listing_order(form.filter(index_page.opportunities()), form.includes_closed)
    page_obj = OneQueryPaginator(opportunities, PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "selected_filters": form.selected(),
        "opportunities": page_obj,
        "feed_query": form.query_string(),
    }


def rss_feed(page, request):
    from opportunities.feeds import OpportunityRssFeed

    return OpportunityRssFeed()(request, index_page=page)


def atom_feed(page, request):
    from opportunities.feeds import OpportunityAtomFeed

    return OpportunityAtomFeed()(request, index_page=page)
