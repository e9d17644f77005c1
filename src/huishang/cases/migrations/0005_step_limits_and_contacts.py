# Time limits per step (签收, first response) on each assignment, the unit's first contact with the submitter,
# the urgency of a matter, and whether a review judged the problem solved.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def solved_as_satisfied(apps, schema_editor):
    """Reviews made before the question was asked: the problem counts as solved when the reviewer was satisfied."""
    apps.get_model("cases", "Review").objects.update(solved=models.F("satisfied"))


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0004_drop_indexes_repeated_by_composites'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='assignment',
            name='acknowledge_due',
            field=models.DateTimeField(blank=True, null=True, verbose_name='sign for by'),
        ),
        migrations.AddField(
            model_name='assignment',
            name='response_due',
            field=models.DateTimeField(blank=True, null=True, verbose_name='first response by'),
        ),
        migrations.AddField(
            model_name='matter',
            name='urgency',
            field=models.CharField(choices=[('urgent', 'urgent'), ('normal', 'normal')], default='normal', max_length=8, verbose_name='urgency'),
        ),
        migrations.AddField(
            model_name='review',
            name='solved',
            field=models.BooleanField(default=False, verbose_name='problem solved'),
            preserve_default=False,
        ),
        migrations.RunPython(solved_as_satisfied, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='transition',
            name='action',
            field=models.CharField(choices=[('submit', 'submit'), ('accept', 'accept'), ('reject', 'reject'), ('merge', 'merge'), ('put_on_agenda', 'put on agenda'), ('take_off_agenda', 'take off agenda'), ('assign', 'assign'), ('acknowledge', 'acknowledge'), ('send_back', 'send back'), ('respond', 'respond'), ('review', 'review'), ('continue', 'continue'), ('resolve', 'resolve'), ('close', 'close'), ('reopen', 'reopen'), ('extend', 'extend the deadline'), ('contact', 'record a contact')], max_length=20, verbose_name='action'),
        ),
        migrations.CreateModel(
            name='Contact',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('method', models.CharField(choices=[('phone', 'phone call'), ('visit', 'visit'), ('online', 'online message')], max_length=8, verbose_name='method')),
                ('contacted_at', models.DateTimeField(verbose_name='contacted at')),
                ('note', models.TextField(blank=True, verbose_name='note')),
                ('recorded_at', models.DateTimeField(verbose_name='recorded at')),
                ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='contacts', to='cases.assignment')),
                ('by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'contact with the submitter',
                'verbose_name_plural': 'contacts with the submitter',
                'ordering': ['contacted_at', 'id'],
            },
        ),
    ]
