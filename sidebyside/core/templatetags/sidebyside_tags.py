from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language

from wagtail.models import Page

from sidebyside.core.blocks import link_href
from sidebyside.core.models import SiteSettings
from sidebyside.core.navigation import page_links, site_navigation
from sidebyside.core.translated_text import text_in

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.inclusion_tag("components/header_navigation.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    return {"links": page_links(site_navigation(request)["menu"], request, context.get("page"))}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    footer_text, footer_language = site_settings.footer_text_in(get_language())
    return {
        "links": page_links(site_navigation(request)["footer"], request),
        "settings": context.get("settings"),
        "footer_text": footer_text,
        "footer_language": footer_language,
    }


def page_relatives(page):
    """The page's live ancestors below the root (for breadcrumbs), its live translations (for the language
    switcher), itself as live (for hreflang) and its Easy Read version, fetched together in one query and
    remembered on the page for the rest of the request."""
    relatives = getattr(page, "_sbs_relatives", None)
    if relatives is None:
        steplen = page.steplen
        ancestor_paths = [page.path[:end] for end in range(2 * steplen, len(page.path), steplen)]
        easy_read = Q(
            path__startswith=page.path,
            depth=page.depth + 1,
            content_type__app_label="home",
            content_type__model="easyreadpage",
        )
        rows = (
            Page.objects.live()
            .filter(Q(path__in=ancestor_paths) | Q(translation_key=page.translation_key) | easy_read)
            .select_related("locale")
            .order_by("path")
        )
        relatives = {"ancestors": [], "translations": [], "self": None, "easy_read": None}
        for row in rows:
            if row.pk == page.pk:
                relatives["self"] = row
            elif row.path in ancestor_paths:
                relatives["ancestors"].append(row)
            elif row.depth == page.depth + 1:
                relatives["easy_read"] = row
            else:
                relatives["translations"].append(row)
        page._sbs_relatives = relatives
    return relatives


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages it exists in."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    if page is not None and getattr(page, "pk", None):
        relatives = page_relatives(page)
        translations = relatives["translations"]
        if getattr(request, "untranslated_page_language", None) and relatives["self"] is not None:
            # Shown under another language's address: offer its own address too.
            translations = [relatives["self"], *translations]
        options = [
            {
                "code": t.locale.language_code,
                "name": LANGUAGE_NAMES.get(t.locale.language_code),
                "url": t.get_url(request),
            }
            for t in translations
        ]
    else:
        options = [
            {"code": code, "name": name, "url": translate_url(request.get_full_path(), code)}
            for code, name in settings.LANGUAGES
            if code != current
        ]
    return {"options": [o for o in options if o["url"] and o["name"]]}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for each language the page exists in, for search engines; and, for a
    page shown untranslated under another language's address, the address of the original as canonical."""
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None or not getattr(page, "pk", None):
        return {}
    relatives = page_relatives(page)
    if relatives["self"] is None:  # a preview or a page not live: nothing for search engines
        return {}
    versions = [relatives["self"], *relatives["translations"]]
    alternates = [
        {"code": version.locale.language_code, "url": version.get_full_url(request)}
        for version in versions
        if version.locale.language_code in LANGUAGE_NAMES
    ]
    default = next((a["url"] for a in alternates if a["code"] == settings.LANGUAGE_CODE), None)
    canonical = page.get_full_url(request) if getattr(request, "untranslated_page_language", None) else None
    return {"alternates": alternates if len(alternates) > 1 else [], "default": default, "canonical": canonical}


@register.inclusion_tag("components/easy_read_link.html", takes_context=True)
def easy_read_link(context):
    """On a page with an Easy Read version: a prominent link to it. On an Easy Read page: the way back."""
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return {}
    request = context["request"]
    if page.specific_class is not None and page.specific_class._meta.label_lower == "home.easyreadpage":
        ancestors = page_relatives(page)["ancestors"]
        return {"original_url": ancestors[-1].get_url(request) if ancestors else None}
    easy_read = page_relatives(page)["easy_read"]
    if easy_read is None or getattr(page, "easy_read_page_id", None) == easy_read.pk:
        return {}  # a module that chose this page as its Easy Read version links to it itself
    return {"easy_read_url": easy_read.get_url(request)}


@register.simple_tag
def local_text(obj, field_name):
    """`obj.<field_name>` in the reader's language where it has been translated in the admin (organisations,
    contact people's roles, event series, site settings: see core/translated_text.py): {"text", "language"}."""
    text, language = text_in(obj, field_name, get_language())
    return {"text": text, "language": language}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": page_relatives(page)["ancestors"], "request": context["request"]}


@register.simple_tag
def href(link_value):
    return link_href(link_value)


@register.simple_tag(takes_context=True)
def page_query(context, page_number):
    """The current query string with another page number, for pagination links."""
    params = context["request"].GET.copy()
    params["page"] = page_number
    return "?" + urlencode(sorted(params.lists()), doseq=True)
