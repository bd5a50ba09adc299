"""The event index: upcoming events (past ones on their own page), filters and pagination."""

from django.template.response import TemplateResponse

from community.filters import EventFilterForm
from opportunities.views.listing import OneQueryPaginator
from sidebyside.core.models import organisation_choices

PER_PAGE = 10


def listing_context(index_page, request, events, listing_url):
    form = EventFilterForm(request.GET, organisations=organisation_choices("events", index_page))
    page_obj = OneQueryPaginator(form.filter(events), PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "selected_filters": form.selected(),
        "events": page_obj,
        "listing_url": listing_url,
    }


def index_context(index_page, request):
    return listing_context(index_page, request, index_page.upcoming_events(), index_page.get_url(request))


def past_events(index_page, request):
    context = {
        "page": index_page,
        "self": index_page,
        "request": request,
        "showing_past": True,
        **listing_context(index_page, request, index_page.past_events_queryset(), past_url(index_page, request)),
    }
    return TemplateResponse(request, "community/past_events.html", context)


def past_url(index_page, request):
    return index_page.get_url(request) + index_page.reverse_subpage("past_events")
