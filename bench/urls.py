"""The site's URLs plus one trivial view, to show what Django alone costs in the same process."""

from django.http import HttpResponse
from django.urls import path

from sidebyside.urls import handler404, handler500  # noqa: F401
from sidebyside.urls import urlpatterns as site_urlpatterns


def trivial(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/trivial", trivial), *site_urlpatterns]
