"""Turn chosen pages into links in the reader's language, in a fixed number of queries."""

from dataclasses import dataclass

from wagtail.models import Locale, Page


@dataclass
class Link:
    label: str
    url: str
    current: bool = False
    active: bool = False


def localize_pages(pages):
    """Return each live page in the active locale where a translation exists, otherwise the page itself.

    One query, however many pages are given; pages that are not live are left out.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = Locale.get_active()
    translations = {
        page.translation_key: page
        for page in Page.objects.live().filter(
            locale=locale, translation_key__in=[page.translation_key for page in pages]
        )
    }
    localized = [translations.get(page.translation_key, page) for page in pages]
    return [page for page in localized if page.live]


def page_links(pages, request, current_page=None):
    links = []
    for page in localize_pages(pages):
        url = page.get_url(request)
        if url is None:
            continue
        current = current_page is not None and current_page.pk == page.pk
        active = current_page is not None and not current and current_page.url_path.startswith(page.url_path)
        links.append(Link(label=page.title, url=url, current=current, active=active))
    return links
