"""Public URLs of the opportunities app that are not pages: withdrawing, alerts and review answers."""

from django.urls import include, path

app_name = "opportunities"

urlpatterns = [
    path("", include("opportunities.views.interest")),
    path("", include("opportunities.views.alerts")),
    path("", include("opportunities.views.reviews")),
]
