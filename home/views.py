import unicodedata

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def clean_query(text):
    """The words typed, without control characters (a NUL byte makes PostgreSQL refuse the query), with
    runs of spaces collapsed, and no longer than MAX_QUERY_LENGTH."""
    text = "".join(" " if unicodedata.category(character) == "Cc" else character for character in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search_pages(query):
    """Live, public pages in the reader's language that match `query`."""
    # A double quote means nothing in a plain-text search, and the SQLite full-text backend does not
    # escape it: one on its own is a syntax error.
    terms = " ".join(query.replace('"', " ").split())
    if not terms:
        return Page.objects.none()
    return Page.objects.live().public().filter(locale=Locale.get_active()).search(terms)


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        paginator = Paginator(search_pages(query), RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "page_title": _("Search")},
    )
