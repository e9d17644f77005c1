"""PostgreSQL keeps each document's tsvector in a stored generated column with the GIN index on it.

Ranking and rechecking a match then read the stored vector instead of cutting the text again for every
matching row, which is what made searches for common words slow on a large database. SQLite keeps its
FTS5 table (0002) and has nothing to do here.
"""

from django.db import migrations

VECTOR = "to_tsvector('simple', body || ' ' || parts)"
POSTGRESQL_FORWARD = [
    "DROP INDEX IF EXISTS insight_matterdocument_tsv",
    f"ALTER TABLE insight_matterdocument ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({VECTOR}) STORED",
    "CREATE INDEX insight_matterdocument_search_vector ON insight_matterdocument USING GIN (search_vector)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS insight_matterdocument_search_vector",
    "ALTER TABLE insight_matterdocument DROP COLUMN IF EXISTS search_vector",
    f"CREATE INDEX insight_matterdocument_tsv ON insight_matterdocument USING GIN ({VECTOR})",
]


def _on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)
    return run


class Migration(migrations.Migration):
    dependencies = [("insight", "0002_search_index")]

    operations = [migrations.RunPython(_on_postgresql(POSTGRESQL_FORWARD), _on_postgresql(POSTGRESQL_BACKWARD))]
