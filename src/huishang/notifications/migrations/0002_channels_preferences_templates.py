# Notifications record their event and the channels they owe; users mute kinds per channel; administrators
# edit the texts.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def owed_as_before(apps, schema_editor):
    """What was made before: e-mail was owed to everyone with an address, SMS as far as it went out."""
    Notification = apps.get_model("notifications", "Notification")
    Notification.objects.exclude(recipient__email="").update(by_email=True)
    Notification.objects.exclude(texted_at=None).update(by_sms=True)


class Migration(migrations.Migration):

    dependencies = [
        ('notifications', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='MessageTemplate',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('event', models.CharField(max_length=60, unique=True, verbose_name='kind')),
                ('subject', models.CharField(max_length=200, verbose_name='subject')),
                ('body', models.TextField(verbose_name='message')),
            ],
            options={
                'verbose_name': 'message template',
                'verbose_name_plural': 'message templates',
                'ordering': ['event'],
            },
        ),
        migrations.AddField(
            model_name='notification',
            name='by_email',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='notification',
            name='by_sms',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='notification',
            name='event',
            field=models.CharField(blank=True, max_length=60, verbose_name='kind'),
        ),
        migrations.AddField(
            model_name='notification',
            name='sms_params',
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.CreateModel(
            name='MutedEvent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('channel', models.CharField(choices=[('email', 'e-mail'), ('sms', 'SMS')], max_length=8, verbose_name='channel')),
                ('event', models.CharField(max_length=60, verbose_name='kind')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='muted_events', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'muted notification',
                'verbose_name_plural': 'muted notifications',
                'constraints': [models.UniqueConstraint(fields=('user', 'channel', 'event'), name='one_mute_per_channel_event')],
            },
        ),
        migrations.RunPython(owed_as_before, migrations.RunPython.noop),
    ]
