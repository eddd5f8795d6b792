# Readers' translation wishes move here from home. The table keeps its rows (renamed
# in 0002); only the state and the content type move.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from home.model_moves import content_type_mover

MOVES = [("home", "translations", "translationwish")]


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0002_translation_wish'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TranslationWish',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('count', models.PositiveIntegerField(default=0, verbose_name='readers who asked')),
                        ('last_asked_at', models.DateTimeField(auto_now=True, verbose_name='last asked')),
                        ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale', verbose_name='language')),
                        ('page', models.ForeignKey(help_text='The page in the source language.', on_delete=django.db.models.deletion.CASCADE, related_name='translation_wishes', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                    ],
                    options={
                        'db_table': 'home_translationwish',
                        'verbose_name': 'translation request from readers',
                        'verbose_name_plural': 'translation requests from readers',
                        'constraints': [models.UniqueConstraint(fields=('page', 'locale'), name='one_translation_wish_per_language')],
                    },
                ),
            ],
        ),
        migrations.RunPython(*content_type_mover(MOVES)),
    ]
