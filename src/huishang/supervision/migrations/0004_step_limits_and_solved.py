# 时限: the table of time limits per step (category × urgency); whether a follow-up found the problem solved.

import django.db.models.deletion
from django.db import migrations, models


def solved_by_satisfaction(apps, schema_editor):
    """Follow-ups done before the question was asked: solved unless the enterprise was dissatisfied."""
    FollowUp = apps.get_model("supervision", "FollowUp")
    done = FollowUp.objects.exclude(satisfaction="")
    done.filter(satisfaction="dissatisfied").update(solved=False)
    done.exclude(satisfaction="dissatisfied").update(solved=True)


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0005_step_limits_and_contacts'),
        ('supervision', '0003_calendar_and_notifications_moved'),
    ]

    operations = [
        migrations.AddField(
            model_name='followup',
            name='solved',
            field=models.BooleanField(blank=True, null=True, verbose_name='problem solved'),
        ),
        migrations.RunPython(solved_by_satisfaction, migrations.RunPython.noop),
        migrations.CreateModel(
            name='StepLimit',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('urgency', models.CharField(choices=[('urgent', 'urgent'), ('normal', 'normal')], max_length=8, verbose_name='urgency')),
                ('acknowledge_hours', models.PositiveSmallIntegerField(help_text='Office hours of working days, from the assignment.', verbose_name='sign for within (working hours)')),
                ('respond_hours', models.PositiveSmallIntegerField(help_text='A recorded contact with the submitter, or the answer if earlier.', verbose_name='first response within (working hours)')),
                ('resolve_days', models.PositiveSmallIntegerField(help_text='The deadline an assignment gets when none is given.', verbose_name='resolve within (working days)')),
                ('category', models.ForeignKey(blank=True, help_text='Empty: every category without a row of its own.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='step_limits', to='cases.category', verbose_name='category')),
            ],
            options={
                'verbose_name': 'step time limit',
                'verbose_name_plural': 'step time limits',
                'ordering': ['category__order', 'category__code', 'urgency'],
                'constraints': [models.UniqueConstraint(fields=('category', 'urgency'), name='one_step_limit_per_category'), models.UniqueConstraint(condition=models.Q(('category', None)), fields=('urgency',), name='one_default_step_limit')],
            },
        ),
    ]
