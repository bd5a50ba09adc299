"""Django's LocaleMiddleware, minus its redirect of unlocalised 404s for the admin and other non-page URLs."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# URLs outside i18n_patterns (see sidebyside/urls.py). Django would answer a 404 there with a redirect to
# /en/<path>, because Wagtail's catch-all page URL matches any path under a language prefix.
UNLOCALISED_PREFIXES = ("/admin/", "/documents/", "/healthz", "/sitemap.xml")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNLOCALISED_PREFIXES):
            return response
        return super().process_response(request, response)
