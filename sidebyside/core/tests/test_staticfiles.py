from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "sidebyside.core.staticfiles.StaticFilesStorage"},
}


def test_collectstatic_succeeds_with_the_production_storage(settings, tmp_path):
    """The NHS.UK frontend CSS names a source map its package lacks; collecting must still work."""
    settings.STORAGES = PRODUCTION_STORAGES
    settings.STATIC_ROOT = tmp_path / "static"
    settings.WHITENOISE_USE_FINDERS = False

    call_command("collectstatic", interactive=False, verbosity=0)

    hashed = staticfiles_storage.stored_name("wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css")
    assert hashed != "wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css"
    assert (tmp_path / "static" / hashed).exists()
    assert (tmp_path / "static" / (hashed + ".gz")).exists()
