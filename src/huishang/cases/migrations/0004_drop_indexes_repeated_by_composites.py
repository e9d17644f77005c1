"""Drop the matters' single-column indexes on state, region, category and lead unit: each is the first column
of a composite index (0003) that serves the same lookups, and each cost a write on every save.

Only the indexes are dropped, by name. Told that four columns lost ``db_index``, Django would rebuild the whole
table once per column on SQLite (its way of altering a column): minutes for a million matters.
"""

import django.db.models.deletion
from django.db import migrations, models

# The names Django gave them (schema_editor._create_index_name), on both databases.
INDEXES = {
    "cases_matter_state_58eb5a0f": "state",
    "cases_matter_region_id_569b828f": "region_id",
    "cases_matter_category_id_585ca591": "category_id",
    "cases_matter_lead_unit_id_f8048577": "lead_unit_id",
}
# PostgreSQL also indexed the text column for LIKE 'prefix%' lookups.
STATE_PATTERN_INDEX = "cases_matter_state_58eb5a0f_like"


def drop_indexes(apps, schema_editor):
    for name in [*INDEXES, STATE_PATTERN_INDEX]:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


def restore_indexes(apps, schema_editor):
    for name, column in INDEXES.items():
        schema_editor.execute(f'CREATE INDEX "{name}" ON "cases_matter" ("{column}")')
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'CREATE INDEX "{STATE_PATTERN_INDEX}" ON "cases_matter" ("state" varchar_pattern_ops)')


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0003_list_indexes'),
        ('directory', '0004_alter_user_role'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(drop_indexes, restore_indexes)],
            state_operations=[
                migrations.AlterField(
                    model_name='matter',
                    name='category',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='matters', to='cases.category', verbose_name='category'),
                ),
                migrations.AlterField(
                    model_name='matter',
                    name='lead_unit',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='led_matters', to='directory.organization', verbose_name='lead unit'),
                ),
                migrations.AlterField(
                    model_name='matter',
                    name='region',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='matters', to='directory.region', verbose_name='region'),
                ),
                migrations.AlterField(
                    model_name='matter',
                    name='state',
                    field=models.CharField(choices=[('submitted', 'submitted'), ('accepted', 'accepted'), ('rejected', 'rejected'), ('merged', 'merged'), ('on_agenda', 'on agenda'), ('assigned', 'assigned'), ('in_progress', 'in progress'), ('responded', 'responded'), ('resolved', 'resolved'), ('closed', 'closed')], default='submitted', max_length=16, verbose_name='state'),
                ),
            ],
        ),
    ]
