"""The event index: upcoming events (past ones on their own page), filters and pagination."""

from django.template.response import TemplateResponse

from community.filters import EventFilterForm
from opportunities.views.listing import OneQueryPaginator
from sidebyside.core.models import Organisation

PER_PAGE = 10


def organisation_choices(index_page):
    """The organisations with a live event under this index, as (id, name) choices: one query."""
    return list(
        Organisation.objects.filter(
            events__live=True,
            events__locale_id=index_page.locale_id,
            events__path__startswith=index_page.path,
            events__depth=index_page.depth + 1,
        )
        .distinct()
        .order_by("name")
        .values_list("pk", "name")
    )


def listing_context(index_page, request, events, listing_url):
    form = EventFilterForm(request.GET, organisations=organisation_choices(index_page))
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
