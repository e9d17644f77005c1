# 改派: the office hands a matter to another unit; the old assignment ends with a reason.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0005_step_limits_and_contacts'),
    ]

    operations = [
    ]
