# The working calendar and notifications now belong to the workdays and notifications apps; their tables
# stay (state only).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('supervision', '0002_sendbackrequest'),
        ('workdays', '0001_initial'),
        ('notifications', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='CalendarOverride'),
                migrations.DeleteModel(name='Notification'),
            ],
            database_operations=[],
        ),
    ]
