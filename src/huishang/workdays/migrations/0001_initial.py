# The calendar's corrections moved here from supervision: the table stays as it is (state only).

from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('supervision', '0002_sendbackrequest'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CalendarOverride',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('day', models.DateField(unique=True, verbose_name='day')),
                        ('is_working_day', models.BooleanField(help_text='Ticked: a make-up working day; unticked: a holiday.', verbose_name='working day')),
                        ('note', models.CharField(blank=True, max_length=100, verbose_name='note')),
                    ],
                    options={
                        'verbose_name': 'calendar override',
                        'verbose_name_plural': 'calendar overrides',
                        'ordering': ['day'],
                        'db_table': 'supervision_calendaroverride',
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
