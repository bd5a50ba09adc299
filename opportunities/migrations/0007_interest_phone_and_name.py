"""A phone number is one person only with one name: people in one household often share a phone. Each
interest keeps its name normalised (spaces and capitals aside); 0008 makes the unique constraint on the
phone number one on the phone number and the name. (Two migrations: PostgreSQL may refuse to alter a table
in the transaction that has just updated its rows.)"""

from django.db import migrations, models


def normalise_names(apps, schema_editor):
    ExpressionOfInterest = apps.get_model("opportunities", "ExpressionOfInterest")
    for interest in ExpressionOfInterest.objects.exclude(name="").only("pk", "name").iterator():
        normalised = " ".join(interest.name.split()).casefold()
        ExpressionOfInterest.objects.filter(pk=interest.pk).update(name_normalised=normalised)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0006_form_fields_translatable"),
    ]

    operations = [
        migrations.AddField(
            model_name="expressionofinterest",
            name="name_normalised",
            field=models.CharField(blank=True, editable=False, max_length=120),
        ),
        migrations.RunPython(normalise_names, migrations.RunPython.noop),
    ]
