# 改派: the office hands a matter to another unit; the old assignment ends with a reason.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0005_step_limits_and_contacts'),
    ]

    operations = [
        migrations.AddField(
            model_name='assignment',
            name='ended_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='reassigned at'),
        ),
        migrations.AddField(
            model_name='assignment',
            name='end_reason',
            field=models.TextField(blank=True, verbose_name='reason for reassigning'),
        ),
        # Every action as of this change, so that the choices are right whichever of 0005 and 0006 adds
        # an action last (0005 adds ``contact``).
        migrations.AlterField(
            model_name='transition',
            name='action',
            field=models.CharField(choices=[('submit', 'submit'), ('accept', 'accept'), ('reject', 'reject'), ('merge', 'merge'), ('put_on_agenda', 'put on agenda'), ('take_off_agenda', 'take off agenda'), ('assign', 'assign'), ('acknowledge', 'acknowledge'), ('send_back', 'send back'), ('respond', 'respond'), ('review', 'review'), ('continue', 'continue'), ('resolve', 'resolve'), ('close', 'close'), ('reopen', 'reopen'), ('extend', 'extend the deadline'), ('reassign', 'reassign'), ('contact', 'record a contact')], max_length=20, verbose_name='action'),
        ),
    ]
