# Topics and sectors (from curriculum) and regions (from partners) move here. The
# tables keep their rows (renamed in 0002); only the state and the content types move.

import django.db.models.deletion
import modelsearch.index
import uuid
from django.db import migrations, models

from home.model_moves import content_type_mover

MOVES = [
    ("curriculum", "taxonomy", "topic"),
    ("curriculum", "taxonomy", "sector"),
    ("partners", "taxonomy", "region"),
]


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        ('curriculum', '0003_training_requests'),
        ('partners', '0005_partnersector_sector_required'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Region',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=80, verbose_name='name')),
                        ('slug', models.SlugField(blank=True, help_text="The region's name in web addresses, e.g. finger-lakes. The same in every language; made from the name when left blank.", max_length=80, verbose_name='slug')),
                        ('coordinator_email', models.EmailField(blank=True, help_text='Staff only, never shown on the public site: the regional coordinator who receives training requests from this region.', max_length=254, verbose_name='coordinator email')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'db_table': 'partners_region',
                        'verbose_name': 'region',
                        'verbose_name_plural': 'regions',
                        'ordering': ['name'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(fields=('slug', 'locale'), name='partners_region_slug_locale_unique')],
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Sector',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=80, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in catalog links such as ?topic=wage-theft. Keep it the same in every language.', max_length=80, verbose_name='slug')),
                        ('description', models.CharField(blank=True, help_text='One sentence shown to readers choosing a filter.', max_length=250, verbose_name='short description')),
                        ('sort_order', models.PositiveIntegerField(default=0, help_text="Lower numbers come first in the catalog's filters.", verbose_name='order')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'db_table': 'curriculum_sector',
                        'verbose_name': 'sector',
                        'verbose_name_plural': 'sectors',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(fields=('slug', 'locale'), name='unique_sector_slug_locale')],
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Topic',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('name', models.CharField(max_length=80, verbose_name='name')),
                        ('slug', models.SlugField(help_text='Used in catalog links such as ?topic=wage-theft. Keep it the same in every language.', max_length=80, verbose_name='slug')),
                        ('description', models.CharField(blank=True, help_text='One sentence shown to readers choosing a filter.', max_length=250, verbose_name='short description')),
                        ('sort_order', models.PositiveIntegerField(default=0, help_text="Lower numbers come first in the catalog's filters.", verbose_name='order')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                    ],
                    options={
                        'db_table': 'curriculum_topic',
                        'verbose_name': 'topic',
                        'verbose_name_plural': 'topics',
                        'ordering': ['sort_order', 'name'],
                        'abstract': False,
                        'constraints': [models.UniqueConstraint(fields=('slug', 'locale'), name='unique_topic_slug_locale')],
                        'unique_together': {('translation_key', 'locale')},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(*content_type_mover(MOVES)),
    ]
