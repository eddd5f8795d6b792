# Regions now live in taxonomy (see its 0001), beside the sectors partners already
# used: partner pages point at them there. Nothing changes in the database here.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0005_partnersector_sector_required'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='partnerpage',
                    name='region',
                    field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='partner_pages', to='taxonomy.region', verbose_name='region'),
                ),
                migrations.AlterField(
                    model_name='partnersector',
                    name='sector',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='partner_sectors', to='taxonomy.sector', verbose_name='sector'),
                ),
            ],
        ),
    ]
