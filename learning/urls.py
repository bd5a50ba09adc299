"""Public URLs of learning that are not pages: marking a module done, the PDSA planner, quiz answers and the
print view of a module."""

from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("modules/<int:page_id>/done/", views.module_done, name="module_done"),
    path("modules/<int:page_id>/print/", views.module_print, name="module_print"),
    path("modules/<int:page_id>/planner/<str:block_id>/", views.planner, name="planner"),
    path("modules/<int:page_id>/quiz/<str:block_id>/", views.quiz, name="quiz"),
]
