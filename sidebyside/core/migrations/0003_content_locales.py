"""Create a Wagtail locale for every content language in settings, so translation works from the start."""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_groups_and_review_workflow")]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
