"""The data step of switching a plain column to an encrypted one: encrypt the rows already stored.

It runs after the field became an EncryptedCharField with its hash column, and before a uniqueness
rule moves onto the hash.
"""

from django.db import migrations

from huishang.vault.crypto import lookup_hash


def encrypt_existing(model_label: str, fields: dict[str, str]) -> migrations.RunPython:
    """Encrypt ``fields`` (plain field -> its hash field) of every row of ``model_label``
    ("app.Model"); backwards, write the plain text back."""

    def forwards(apps, schema_editor):
        rows = apps.get_model(model_label).objects.using(schema_editor.connection.alias)
        for row in rows.only(*fields).iterator():
            # Reading passes plain text through; update() writes it encrypted.
            changes = {}
            for field, hash_field in fields.items():
                changes[field] = getattr(row, field)
                changes[hash_field] = lookup_hash(changes[field])
            rows.filter(pk=row.pk).update(**changes)

    def backwards(apps, schema_editor):
        model = apps.get_model(model_label)
        quote = schema_editor.quote_name
        assignments = ", ".join(f"{quote(model._meta.get_field(field).column)} = %s" for field in fields)
        statement = f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE {quote(model._meta.pk.column)} = %s"
        plain_rows = model.objects.using(schema_editor.connection.alias).values_list("pk", *fields)
        with schema_editor.connection.cursor() as cursor:
            for pk, *plain in plain_rows.iterator():
                cursor.execute(statement, [*plain, pk])

    return migrations.RunPython(forwards, backwards)
