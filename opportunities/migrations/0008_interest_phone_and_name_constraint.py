"""One interest per opportunity for each phone number and name (see 0007)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0007_interest_phone_and_name"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="expressionofinterest",
            name="one_interest_per_phone",
        ),
        migrations.AddConstraint(
            model_name="expressionofinterest",
            constraint=models.UniqueConstraint(
                condition=models.Q(("phone_normalised", ""), _negated=True),
                fields=("opportunity_key", "phone_normalised", "name_normalised"),
                name="one_interest_per_phone_and_name",
            ),
        ),
    ]
