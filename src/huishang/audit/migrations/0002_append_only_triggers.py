from django.db import migrations

from huishang.audit import triggers


def install(apps, schema_editor):
    triggers.install(schema_editor.connection)
    apps.get_model("audit", "ChainHead").objects.using(schema_editor.connection.alias).get_or_create(pk=1)


def remove(apps, schema_editor):
    triggers.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(install, remove)]
