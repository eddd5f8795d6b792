# Credit the partner organization that developed a module.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0001_initial"),
        ("partners", "0002_convening_outcomes"),
    ]

    operations = [
        migrations.AddField(
            model_name="trainingmodulepage",
            name="developed_by",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "The partner organization that wrote this module, credited on "
                    "the page and on its profile. Leave empty for the coalition's "
                    "own material."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="developed_modules",
                to="partners.partnerpage",
                verbose_name="developed by",
            ),
        ),
    ]
