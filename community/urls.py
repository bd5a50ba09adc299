"""Public URLs of events that are not pages: cancelling, accepting an offer, check-in, feedback."""

from django.urls import include, path

app_name = "community"

urlpatterns = [
    path("", include("community.views.signup")),
    path("", include("community.views.checkin")),
    path("", include("community.views.feedback")),
    path("", include("community.views.stories")),
    path("", include("community.views.buddies")),
    path("", include("community.views.forum")),
]
