# A partner's sectors become the curriculum's Sector snippets (one list of sectors for
# modules, partners and training requests). Step 1 of 3: a nullable link beside the
# old code, which 0004 fills in and 0005 puts in the code's place. The code gets a
# default so that 0005 can be undone on a table with rows.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_training_requests"),
        ("partners", "0002_convening_outcomes"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="partnersector",
            name="partners_partnersector_unique",
        ),
        migrations.AlterField(
            model_name="partnersector",
            name="sector",
            field=models.CharField(default="", max_length=40, verbose_name="sector"),
        ),
        migrations.AddField(
            model_name="partnersector",
            name="sector_link",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="curriculum.sector",
            ),
        ),
    ]
