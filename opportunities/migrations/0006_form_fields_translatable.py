"""Opportunity form questions become translatable with their page (see TranslatableFormField): the two
fields are added empty, the existing questions get a translation key and their page's locale, and then the
fields become required and unique together (Wagtail's bootstrap steps, with the page's locale rather than
the default one, and one key per question shared by the page's translations)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

from sidebyside.core.migration_helpers import bootstrap_form_field_translations


def give_existing_questions_their_pages_locale(apps, schema_editor):
    bootstrap_form_field_translations(apps, "opportunities", "OpportunityFormField")


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0005_topic_alert_sweep"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="opportunityformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name="opportunityformfield",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_existing_questions_their_pages_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="opportunityformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="opportunityformfield",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name="opportunityformfield", unique_together={("translation_key", "locale")}),
    ]
