# The tables moved in 0001 (and the requests' module and curriculum links) take
# this app's names.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('training_requests', '0001_initial'),
        ('curriculum', '0004_vocabularies_and_requests_move_out'),
    ]

    operations = [
        migrations.AlterModelTable(name='trainingrequestpage', table=None),
        migrations.AlterModelTable(name='trainingrequest', table=None),
        migrations.AlterModelTable(name='trainingrequeststatuschange', table=None),
    ]
