# Readers' translation wishes now live in translations (see its 0001). Nothing
# changes in the database here.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0002_translation_wish'),
        ('translations', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='TranslationWish',
                ),
            ],
        ),
    ]
