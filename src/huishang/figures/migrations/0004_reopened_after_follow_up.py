"""重办率 counts every reopening now, 不满意 at follow-up as well as 持续推进 at review: recount the cells."""

from django.db import migrations


def recount(apps, schema_editor):
    # The live code, as in 0002: the rollups are whatever rollups.contribution computes.
    from huishang.cases.models import Matter
    from huishang.figures.rollups import rebuild

    if Matter.objects.exists():
        rebuild()


class Migration(migrations.Migration):
    dependencies = [
        ("figures", "0003_consultation_and_raised_cells"),
        ("cases", "0005_step_limits_and_contacts"),
    ]

    operations = [migrations.RunPython(recount, migrations.RunPython.noop)]
