# The table moved in 0001 takes this app's name.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('translations', '0001_initial'),
        ('home', '0003_translation_wish_moves_out'),
    ]

    operations = [
        migrations.AlterModelTable(name='translationwish', table=None),
    ]
