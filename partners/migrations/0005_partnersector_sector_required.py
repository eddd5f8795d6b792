# Step 3 of 3: the link to the Sector snippet takes the old code's place and name,
# every row must have one, and a partner names each sector once.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_training_requests"),
        ("partners", "0004_partnersector_sectors_from_codes"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="partnersector",
            name="sector",
        ),
        migrations.RenameField(
            model_name="partnersector",
            old_name="sector_link",
            new_name="sector",
        ),
        migrations.AlterField(
            model_name="partnersector",
            name="sector",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="partner_sectors",
                to="curriculum.sector",
                verbose_name="sector",
            ),
        ),
        migrations.AddConstraint(
            model_name="partnersector",
            constraint=models.UniqueConstraint(
                fields=("page", "sector"), name="partners_partnersector_unique"
            ),
        ),
    ]
