from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("involvement/", views.dashboard, name="dashboard"),
    path("profile/", views.edit_profile, name="profile"),
    path("consents/", views.consents, name="consents"),
    path("consents/withdraw/", views.withdraw_consent, name="withdraw_consent"),
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/my-data.json", views.download_data_json, name="my_data_json"),
    path("my-data/my-data.html", views.download_data_html, name="my_data_html"),
    path("delete/", views.delete_request, name="delete"),
    path("delete/confirm/<str:token>/", views.delete_confirm, name="delete_confirm"),
]
