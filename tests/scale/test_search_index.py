"""Full-text search is answered from the database's own index (FTS5 on SQLite, GIN on PostgreSQL), so it
stays fast when the matters number in millions; the search behaviour itself is in tests/insight."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from huishang.cases.models import Matter
from huishang.insight import search
from tests import factories

pytestmark = pytest.mark.django_db


def query_plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    return sql_plan(sql, params)


def sql_plan(sql: str, params=()) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # With a handful of rows a sequential scan (or a walk along the primary key, filtering each row)
            # is cheaper; what matters is that the full-text index can serve.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
            return "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def test_a_word_search_is_answered_from_the_full_text_index():
    factories.matter(title="停车费收取不合理", description="小区物业违规收取停车费。")
    with CaptureQueriesContext(connection) as queries:
        found = search.matching(Matter.objects.all(), "停车费")
    assert [matter.title for matter in found] == ["停车费收取不合理"]
    if connection.vendor == "postgresql":
        # matching() finds the newest matches itself (the GIN index's work); the page reads those by id.
        plan = sql_plan(next(query["sql"] for query in queries.captured_queries if "@@" in query["sql"]))
        assert "Bitmap Index Scan on insight_matterdocument_search_vector" in plan
        assert "@@" not in found.query.sql_with_params()[0]
    else:
        plan = query_plan(found)
        assert f"SCAN {search.FTS_TABLE} VIRTUAL TABLE INDEX" in plan

