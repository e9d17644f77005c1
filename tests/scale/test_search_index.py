"""Full-text search is answered from the database's own index (FTS5 on SQLite, GIN on PostgreSQL), so it
stays fast when the matters number in millions; the search behaviour itself is in tests/insight."""

import pytest
from django.db import connection

from huishang.cases.models import Matter
from huishang.insight import search
from tests import factories

pytestmark = pytest.mark.django_db


def query_plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
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
    found = search.matching(Matter.objects.all(), "停车费")
    assert [matter.title for matter in found] == ["停车费收取不合理"]
    plan = query_plan(found)
    if connection.vendor == "postgresql":
        assert "Bitmap Index Scan on insight_matterdocument_search_vector" in plan
    else:
        assert f"SCAN {search.FTS_TABLE} VIRTUAL TABLE INDEX" in plan

