from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.views import search
from sidebyside.accounts import views as account_views
from sidebyside.core.serve import serve
from sidebyside.core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Staff sign in through the same (MFA-protected) allauth sign-in as everyone else.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("account/", include("sidebyside.accounts.urls")),
    path("account/login/code/confirm/", account_views.confirm_login_code),
    path("account/", include("allauth.urls")),
    path("involvement/", include("opportunities.urls")),
    path("events/", include("community.urls")),
    path("learning/", include("learning.urls")),
    # Wagtail's page URLs, served with a fallback to the default language (sidebyside/core/serve.py).
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "sidebyside.core.views.page_not_found"
handler500 = "sidebyside.core.views.server_error"
