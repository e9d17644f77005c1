"""Fill the new rollups from the matters already stored; from here on the services keep them."""

from django.db import migrations


def fill(apps, schema_editor):
    # The live code, not the historical models: the rollups are whatever rollups.contribution computes.
    # It reads only long-standing columns of matters and trail, and a new database has nothing to fill.
    from huishang.cases.models import Matter
    from huishang.figures.rollups import rebuild

    if Matter.objects.exists():
        rebuild()


class Migration(migrations.Migration):
    dependencies = [
        ("figures", "0001_initial"),
        ("cases", "0003_list_indexes"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
