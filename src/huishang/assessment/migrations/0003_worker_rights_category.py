"""The matter category of worker-rights cases (职工维权), which the union's figures count by its code."""

from django.db import migrations

CODE, NAME, ORDER = "worker_rights", "职工维权", 20


def add_category(apps, schema_editor):
    Category = apps.get_model("cases", "Category")
    Category.objects.get_or_create(code=CODE, defaults={"name": NAME, "order": ORDER})


class Migration(migrations.Migration):
    dependencies = [
        ("assessment", "0002_screening_campaigns"),
        ("cases", "0001_initial"),
    ]

    operations = [migrations.RunPython(add_category, migrations.RunPython.noop)]
