# Topics and sectors now live in taxonomy, training requests in training_requests
# (see their 0001). Nothing changes in the database here: the tables stay until
# those apps rename them.

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('curriculum', '0003_training_requests'),
        ('taxonomy', '0001_initial'),
        ('training_requests', '0001_initial'),
        ('partners', '0006_regions_move_to_taxonomy'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='trainingmodulepage',
                    name='sectors',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='modules', to='taxonomy.sector', verbose_name='sectors'),
                ),
                migrations.AlterField(
                    model_name='trainingmodulepage',
                    name='topics',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='modules', to='taxonomy.topic', verbose_name='topics'),
                ),
                migrations.DeleteModel(
                    name='TrainingRequestStatusChange',
                ),
                migrations.DeleteModel(
                    name='TrainingRequest',
                ),
                migrations.DeleteModel(
                    name='TrainingRequestPage',
                ),
                migrations.DeleteModel(
                    name='Sector',
                ),
                migrations.DeleteModel(
                    name='Topic',
                ),
            ],
        ),
    ]
