# The tables moved in 0001 take this app's names.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('taxonomy', '0001_initial'),
        ('curriculum', '0004_vocabularies_and_requests_move_out'),
        ('partners', '0007_region_moves_out'),
    ]

    operations = [
        migrations.AlterModelTable(name='region', table=None),
        migrations.AlterModelTable(name='sector', table=None),
        migrations.AlterModelTable(name='topic', table=None),
    ]
