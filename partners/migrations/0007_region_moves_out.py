# Regions now live in taxonomy; the old state goes once nothing points at it (the
# training requests left curriculum in curriculum 0004). No database change.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0006_regions_move_to_taxonomy'),
        ('curriculum', '0004_vocabularies_and_requests_move_out'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='Region',
                ),
            ],
        ),
    ]
