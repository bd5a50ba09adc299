"""Serving pages in the reader's language, and in the site's default language when a page has not been
translated yet: a Polish reader who follows /pl/…/ to a page that exists only in English gets the English
page, with the site around it in Polish and a short notice, rather than "page not found"."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils.translation import get_language

from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Locale, Site


def serve(request, path):
    """Wagtail's own serve view, with the fallback above."""
    try:
        return wagtail_views.serve(request, path)
    except Http404:
        route = _route_in_default_language(request, path)
        if route is None:
            raise
    page, args, kwargs = route
    request.untranslated_page_language = page.locale.language_code
    return _serve(page, request, args, kwargs)


def _route_in_default_language(request, path):
    if get_language() == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if site is None or default_locale is None:
        return None
    root = site.root_page.get_translation_or_none(default_locale)
    if root is None:
        return None
    try:
        return root.specific.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None


def _serve(page, request, args, kwargs):
    """The rest of wagtail.views.serve: the on_serve_page and before_serve_page hooks, then the page."""
    chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
