"""The full-text index over MatterDocument, per database, and the documents of the matters that exist.

SQLite: an external-content FTS5 table whose triggers keep it in step with insight_matterdocument in
the same transaction. PostgreSQL: a GIN index over the tsvector of the segmented words.
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE insight_matter_fts USING fts5("
    "body, parts, content='insight_matterdocument', content_rowid='matter_id', tokenize='unicode61')",
    "CREATE TRIGGER insight_matter_fts_insert AFTER INSERT ON insight_matterdocument BEGIN "
    "INSERT INTO insight_matter_fts(rowid, body, parts) VALUES (new.matter_id, new.body, new.parts); END",
    "CREATE TRIGGER insight_matter_fts_delete AFTER DELETE ON insight_matterdocument BEGIN "
    "INSERT INTO insight_matter_fts(insight_matter_fts, rowid, body, parts) "
    "VALUES ('delete', old.matter_id, old.body, old.parts); END",
    "CREATE TRIGGER insight_matter_fts_update AFTER UPDATE ON insight_matterdocument BEGIN "
    "INSERT INTO insight_matter_fts(insight_matter_fts, rowid, body, parts) "
    "VALUES ('delete', old.matter_id, old.body, old.parts); "
    "INSERT INTO insight_matter_fts(rowid, body, parts) VALUES (new.matter_id, new.body, new.parts); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS insight_matter_fts_update",
    "DROP TRIGGER IF EXISTS insight_matter_fts_delete",
    "DROP TRIGGER IF EXISTS insight_matter_fts_insert",
    "DROP TABLE IF EXISTS insight_matter_fts",
]
POSTGRESQL_CREATE = [
    "CREATE INDEX insight_matterdocument_tsv ON insight_matterdocument "
    "USING GIN (to_tsvector('simple', body || ' ' || parts))",
]
POSTGRESQL_DROP = ["DROP INDEX IF EXISTS insight_matterdocument_tsv"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)
    return run


def index_existing_matters(apps, schema_editor):
    from huishang.insight.search import document_for

    Matter = apps.get_model("cases", "Matter")
    MatterDocument = apps.get_model("insight", "MatterDocument")
    for matter in Matter.objects.only("id", "title", "description").iterator(chunk_size=500):
        body, parts = document_for(matter)
        MatterDocument.objects.update_or_create(matter_id=matter.pk, defaults={"body": body, "parts": parts})


class Migration(migrations.Migration):
    dependencies = [("insight", "0001_initial"), ("cases", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP}),
        ),
        migrations.RunPython(index_existing_matters, migrations.RunPython.noop),
    ]
