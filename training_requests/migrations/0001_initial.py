# Training requests, their history and the request page move here from curriculum.
# The tables keep their rows (renamed in 0002); only the state and the content types
# move.

import django.db.models.deletion
import django.utils.timezone
import wagtail.contrib.routable_page.models
from django.conf import settings
from django.db import migrations, models

from home.model_moves import content_type_mover

MOVES = [
    ("curriculum", "training_requests", "trainingrequest"),
    ("curriculum", "training_requests", "trainingrequeststatuschange"),
    ("curriculum", "training_requests", "trainingrequestpage"),
]


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('curriculum', '0003_training_requests'),
        ('partners', '0005_partnersector_sector_required'),
        ('taxonomy', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TrainingRequestPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('listing_summary', models.CharField(blank=True, help_text="One or two sentences shown on cards and in search results. Leave blank to use the page's introduction.", max_length=300, verbose_name='summary for listings')),
                        ('introduction', models.TextField(blank=True, help_text='A few sentences above the form: who can ask, and what happens.', verbose_name='introduction')),
                        ('consent_text', models.TextField(default='We use these details only to arrange this training with you. Only the coalition staff who organize trainings can see them; they are never published or shared. We delete your name, email, phone and notes one year after the request is closed, and keep only anonymous numbers for our reports.', help_text='Shown beside the agreement box: what the details are used for, who sees them and how long they are kept. Keep it in step with the purge period.', verbose_name='how we use the details')),
                    ],
                    options={
                        'db_table': 'curriculum_trainingrequestpage',
                        'verbose_name': 'training request form',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='TrainingRequest',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('reference', models.CharField(editable=False, max_length=12, unique=True, verbose_name='reference')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='received')),
                        ('source', models.CharField(choices=[('web', 'Web form'), ('phone', 'Phone'), ('email', 'Email'), ('in_person', 'In person')], default='web', max_length=12, verbose_name='received by')),
                        ('status', models.CharField(choices=[('new', 'New'), ('reviewing', 'Reviewing'), ('scheduled', 'Scheduled'), ('delivered', 'Delivered'), ('closed', 'Closed'), ('declined', 'Declined'), ('spam', 'Spam')], db_index=True, default='new', max_length=12, verbose_name='status')),
                        ('organization_name', models.CharField(blank=True, help_text='For an organization that is not a partner yet.', max_length=200, verbose_name='organization name')),
                        ('contact_name', models.CharField(blank=True, max_length=120, verbose_name='contact name')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                        ('phone', models.CharField(blank=True, max_length=40, verbose_name='phone')),
                        ('not_sure_description', models.TextField(blank=True, verbose_name='what they need, in their words')),
                        ('languages', models.JSONField(blank=True, default=list, verbose_name='training languages')),
                        ('interpretation_needed', models.BooleanField(default=False, verbose_name='interpretation needed')),
                        ('participants', models.PositiveIntegerField(blank=True, null=True, verbose_name='expected participants')),
                        ('delivery', models.CharField(blank=True, choices=[('in_person', 'In person'), ('online', 'Online'), ('either', 'Either is fine')], max_length=12, verbose_name='in person or online')),
                        ('city', models.CharField(blank=True, max_length=100, verbose_name='city or town')),
                        ('preferred_dates', models.CharField(blank=True, max_length=200, verbose_name='preferred dates')),
                        ('support_needs', models.JSONField(blank=True, default=list, verbose_name='support needed')),
                        ('accessibility_needs', models.TextField(blank=True, verbose_name='other access needs')),
                        ('notes', models.TextField(blank=True, verbose_name="requester's notes")),
                        ('scheduled_for', models.DateField(blank=True, null=True, verbose_name='scheduled for')),
                        ('scheduled_place', models.CharField(blank=True, max_length=200, verbose_name='place')),
                        ('delivered_on', models.DateField(blank=True, null=True, verbose_name='delivered on')),
                        ('participants_reached', models.PositiveIntegerField(blank=True, null=True, verbose_name='participants reached')),
                        ('trainer', models.CharField(blank=True, max_length=120, verbose_name='trainer')),
                        ('internal_notes', models.TextField(blank=True, help_text='Staff only. Never shown to the requester.', verbose_name='internal notes')),
                        ('contacts_purged_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='contact details purged')),
                        ('assigned_to', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='assigned to')),
                        ('curricula', models.ManyToManyField(blank=True, related_name='+', to='curriculum.curriculumpage', verbose_name='curricula')),
                        ('locale', models.ForeignKey(blank=True, help_text='The language we write to the requester in.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.locale', verbose_name="requester's language")),
                        ('modules', models.ManyToManyField(blank=True, related_name='+', to='curriculum.trainingmodulepage', verbose_name='trainings')),
                        ('organization', models.ForeignKey(blank=True, help_text="The partner's English page.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='partners.partnerpage', verbose_name='partner organization')),
                        ('region', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.region', verbose_name='region')),
                        ('sector', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='taxonomy.sector', verbose_name='sector')),
                    ],
                    options={
                        'db_table': 'curriculum_trainingrequest',
                        'verbose_name': 'training request',
                        'verbose_name_plural': 'training requests',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='TrainingRequestStatusChange',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('changed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='changed at')),
                        ('from_status', models.CharField(blank=True, choices=[('new', 'New'), ('reviewing', 'Reviewing'), ('scheduled', 'Scheduled'), ('delivered', 'Delivered'), ('closed', 'Closed'), ('declined', 'Declined'), ('spam', 'Spam')], max_length=12, verbose_name='from')),
                        ('to_status', models.CharField(choices=[('new', 'New'), ('reviewing', 'Reviewing'), ('scheduled', 'Scheduled'), ('delivered', 'Delivered'), ('closed', 'Closed'), ('declined', 'Declined'), ('spam', 'Spam')], max_length=12, verbose_name='to')),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('changed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='changed by')),
                        ('request', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='status_changes', to='training_requests.trainingrequest', verbose_name='training request')),
                    ],
                    options={
                        'db_table': 'curriculum_trainingrequeststatuschange',
                        'verbose_name': 'status change',
                        'verbose_name_plural': 'status changes',
                        'ordering': ['changed_at', 'pk'],
                    },
                ),
                migrations.AddIndex(
                    model_name='trainingrequest',
                    index=models.Index(fields=['created_at'], name='training_request_created'),
                ),
            ],
        ),
        migrations.RunPython(*content_type_mover(MOVES)),
    ]
