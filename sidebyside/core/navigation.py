"""Turn chosen pages into links in the reader's language, in a fixed number of queries."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from sidebyside.core.models import FooterLink, MenuItem

ORDER_PREFIX = "sbs_order_"


@dataclass
class Link:
    label: str
    url: str
    current: bool = False
    active: bool = False


def active_language_code():
    """The active content language, as Locale.get_active() would find it but without a query."""
    try:
        return get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def localized_choices(**sources):
    """Resolve lists of chosen pages to live pages in the reader's language, in one query.

    Each source is a list of page ids in the chosen order, or a queryset of Orderable rows with a
    `page` foreign key and a `sort_order` (menu items, featured pages). Returns each source's name
    mapped to its pages, in order: a chosen page that is not live is left out; a live translation
    in the active language takes the place of the chosen page when there is one.
    """
    chosen = Q(pk__in=[])
    annotations = {}
    for name, source in sources.items():
        if isinstance(source, QuerySet):
            chosen |= Q(pk__in=source.values("page_id"))
            order = source.filter(page_id=OuterRef("pk")).order_by("sort_order").values("sort_order")[:1]
            annotations[ORDER_PREFIX + name] = Subquery(order)
        else:
            chosen |= Q(pk__in=[page_id for page_id in source if page_id])
    language = active_language_code()
    translations = Q(
        translation_key__in=Page.objects.filter(chosen).values("translation_key"), locale__language_code=language
    )
    candidates = list(
        Page.objects.live()
        .filter(chosen | translations)
        .annotate(sbs_language=F("locale__language_code"), **annotations)
    )
    in_language = {page.translation_key: page for page in candidates if page.sbs_language == language}
    return {
        name: [in_language.get(page.translation_key, page) for page in _chosen_in_order(name, source, candidates)]
        for name, source in sources.items()
    }


def _chosen_in_order(name, source, candidates):
    if isinstance(source, QuerySet):
        key = ORDER_PREFIX + name
        return sorted((page for page in candidates if getattr(page, key) is not None), key=lambda p: getattr(p, key))
    by_id = {page.pk: page for page in candidates}
    return [by_id[page_id] for page_id in source if page_id in by_id]


def localize_pages(pages):
    """Return each live page in the active locale where a translation exists, otherwise the page itself.

    One query, however many pages are given; pages that are not live are left out.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    return localized_choices(pages=[page.pk for page in pages])["pages"]


def site_navigation(request):
    """The main menu and footer pages of the request's site, localized; one query, kept on the request."""
    if not hasattr(request, "_sbs_navigation"):
        site = Site.find_for_request(request)
        request._sbs_navigation = localized_choices(
            menu=MenuItem.objects.filter(settings__site=site), footer=FooterLink.objects.filter(settings__site=site)
        )
    return request._sbs_navigation


def page_links(pages, request, current_page=None):
    """Links to already localized pages, marking the current page and the section it is in."""
    links = []
    for page in pages:
        url = page.get_url(request)
        if url is None:
            continue
        current = current_page is not None and current_page.pk == page.pk
        active = current_page is not None and not current and current_page.url_path.startswith(page.url_path)
        links.append(Link(label=page.title, url=url, current=current, active=active))
    return links
