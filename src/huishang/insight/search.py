"""Full-text search over matters: words cut by jieba, ranked by relevance, with highlighted snippets.

SQLite: an FTS5 table over ``insight_matterdocument`` (kept in step by triggers in the same
transaction as the document's write), ranked by ``bm25()``, snippets by ``snippet()``.
PostgreSQL: a stored generated column ``to_tsvector('simple', body || ' ' || parts)`` with a GIN
index, ranked by ``ts_rank_cd``, snippets by ``ts_headline``. Both match a matter when it holds every query word.

A common word can match a large share of a million matters, and ranking every one of them costs far more
than a list request may. So a search answers at most ``RESULTS_CAP`` matters: the newest that match (the
index yields them in id order without ranking), ranked among themselves by relevance. A count that reaches
the cap means "that many or more" (the API's ``count_capped``).
"""

import functools
import re

from django.db import connection
from django.db.models import QuerySet

from huishang.cases.models import Matter
from huishang.insight import text as chinese
from huishang.insight.models import MatterDocument
from huishang.insight.vocabulary import refresh_names

FTS_TABLE = "insight_matter_fts"
# PostgreSQL: the stored tsvector of body and parts, GIN-indexed (migration 0003).
POSTGRESQL_VECTOR = "search_vector"
# Snippet markers: control characters that never occur in a matter's text; the ``highlighted``
# template filter escapes the snippet and turns them into <mark>.
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_WORDS = 24
RESULTS_CAP = 1000
_NUMBER = re.compile(r"^HS-\d{4}-\d{6}$", re.IGNORECASE)
_QUERY_WORD = re.compile(r"[\w]+")


def document_for(matter: Matter) -> tuple[str, str]:
    """The (body, parts) the index holds for ``matter``."""
    refresh_names()
    return _document_with_loaded_names(matter)


def index_matter(matter: Matter) -> None:
    """Write (or rewrite) the matter's words; called inside the transaction that writes the matter."""
    body, parts = document_for(matter)
    MatterDocument.objects.update_or_create(matter=matter, defaults={"body": body, "parts": parts})


def query_words(q: str) -> list[str]:
    """The words a query must all match: jieba's words, stripped of anything an index query would parse."""
    refresh_names()
    words = []
    for word in chinese.words(q):
        cleaned = "".join(_QUERY_WORD.findall(word)).lower()
        if cleaned and cleaned not in words:
            words.append(cleaned)
    return words


def _fts5_query(words: list[str]) -> str:
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _tsquery(words: list[str]) -> str:
    return " & ".join("'" + word.replace("'", "''") + "'" for word in words)


def matching(matters: QuerySet[Matter], q: str) -> QuerySet[Matter]:
    """The matters among ``matters`` that contain every word of ``q``, best first, each with ``snippet``.

    A query that is a matter number (HS-2024-000001) finds that matter.
    """
    q = (q or "").strip()
    if _NUMBER.match(q):
        return matters.filter(number__iexact=q)
    words = query_words(q)
    if not words:
        return matters.none()
    matter_table = Matter._meta.db_table
    if connection.vendor == "postgresql":
        return _matching_postgresql(matters, words)
    query = _fts5_query(words)
    where = [f"{FTS_TABLE}.rowid = {matter_table}.id", f"{FTS_TABLE} MATCH %s"]
    oldest = _oldest_kept(matters.extra(tables=[FTS_TABLE], where=where, params=[query]), f"{FTS_TABLE}.rowid")
    if oldest is not None:
        # A rowid range FTS5 applies itself, so only the kept matches are read, ranked and cut into snippets.
        where.append(f"{FTS_TABLE}.rowid >= %s")
    return matters.extra(
        select={
            "search_rank": f"bm25({FTS_TABLE}, 2.0, 1.0)",
            "snippet": f"snippet({FTS_TABLE}, 0, char(2), char(3), '…', {SNIPPET_WORDS})",
        },
        tables=[FTS_TABLE],
        where=where,
        params=[query] + ([oldest] if oldest is not None else []),
        # bm25() is lower for better matches.
        order_by=["search_rank", "-submitted_at"],
    )


def _matching_postgresql(matters: QuerySet[Matter], words: list[str]) -> QuerySet[Matter]:
    """``matching`` on PostgreSQL. The GIN index yields matches in no useful order, so finding the newest
    ``RESULTS_CAP`` reads many documents: that is done once, here, and the kept matches are then named by id.
    Counting and ranking them reads those rows only (matching the words again over the kept id range would
    read every document of the range: 74,000 for a word in 1.3 % of a million matters)."""
    document = MatterDocument._meta.db_table
    vector = f"{document}.{POSTGRESQL_VECTOR}"
    joined = f"{document}.matter_id = {Matter._meta.db_table}.id"
    query = _tsquery(words)
    matches = matters.extra(tables=[document], where=[joined, f"{vector} @@ to_tsquery('simple', %s)"],
                            params=[query])
    kept = list(matches.extra(order_by=[f"-{document}.matter_id"]).values_list("pk", flat=True)[:RESULTS_CAP])
    return matters.extra(
        select={
            "search_rank": f"ts_rank_cd({vector}, to_tsquery('simple', %s))",
            "snippet": f"ts_headline('simple', {document}.body, to_tsquery('simple', %s), "
                       f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_WORDS}, MinWords=8')",
        },
        select_params=(query, query),
        tables=[document],
        where=[joined, f"{document}.matter_id = ANY(%s::bigint[])"],
        params=[kept],
        # Among equally relevant matches the newest by id, an order the documents alone decide.
        order_by=["-search_rank", f"-{document}.matter_id"],
    )


def _oldest_kept(matches: QuerySet[Matter], index_id: str) -> int | None:
    """The id of the oldest matter a search keeps (the ``RESULTS_CAP``-th newest match), or None when
    every match is kept. Ordered by the index's own id column so the index yields the newest first."""
    newest_first = matches.extra(order_by=[f"-{index_id}"]).values_list("pk", flat=True)
    return next(iter(newest_first[RESULTS_CAP - 1:RESULTS_CAP]), None)


def candidates(words: list[str], *, limit: int) -> list[tuple[int, float]]:
    """Up to ``limit`` (matter id, relevance) holding ANY of ``words``, most relevant first (for duplicates)."""
    words = [w for w in dict.fromkeys(words) if _QUERY_WORD.fullmatch(w)]
    if not words:
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            document = MatterDocument._meta.db_table
            vector = f"{document}.{POSTGRESQL_VECTOR}"
            query = " | ".join("'" + word.replace("'", "''") + "'" for word in words)
            cursor.execute(
                f"SELECT matter_id, ts_rank_cd({vector}, to_tsquery('simple', %s)) AS rank FROM {document} "
                f"WHERE {vector} @@ to_tsquery('simple', %s) ORDER BY rank DESC LIMIT %s",
                [query, query, limit],
            )
            return [(row[0], float(row[1])) for row in cursor.fetchall()]
        cursor.execute(
            f"SELECT rowid, -bm25({FTS_TABLE}) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
            f"ORDER BY bm25({FTS_TABLE}) LIMIT %s",
            [" OR ".join('"' + word.replace('"', '""') + '"' for word in words), limit],
        )
        return [(row[0], float(row[1])) for row in cursor.fetchall()]


def rebuild() -> int:
    """Rebuild every matter's document (and so the index); returns how many matters were indexed."""
    count = 0
    for matter in Matter.objects.only("id", "title", "description").iterator(chunk_size=500):
        index_matter(matter)
        count += 1
    return count


def _document_with_loaded_names(matter: Matter) -> tuple[str, str]:
    """``document_for`` without its check of the vocabulary, which costs two queries a matter."""
    body = chinese.words(matter.title) + chinese.words(matter.description)
    seen = set(body)
    parts = [word for word in chinese.search_words(f"{matter.title} {matter.description}") if word not in seen]
    return " ".join(body), " ".join(dict.fromkeys(parts))


def documents_for(matters) -> list[tuple[str, str]]:
    """``document_for`` of many matters, the vocabulary checked once."""
    refresh_names()
    return [_document_with_loaded_names(matter) for matter in matters]


def index_matters(matters) -> None:
    """Write (or rewrite) the words of many matters with one INSERT per call (of up to ``UPSERT_ROWS``), for
    bulk intake and each submission: the vocabulary is checked once and jieba cuts each matter once. Called
    inside the transaction that writes the matters."""
    matters = list(matters)
    rows = [(matter.pk, body, parts) for matter, (body, parts) in zip(matters, documents_for(matters))]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), UPSERT_ROWS):
            chunk = rows[start:start + UPSERT_ROWS]
            cursor.execute(_upsert_sql(len(chunk)), [value for row in chunk for value in row])


# Rows per upsert: three parameters each, well inside both databases' limits.
UPSERT_ROWS = 500


@functools.cache
def _upsert_sql(rows: int) -> str:
    """Written by hand: the statement bulk_create(update_conflicts=True) would build, without building it
    on every submission. The FTS5 triggers (SQLite) and the generated tsvector (PostgreSQL) follow it."""
    quote = connection.ops.quote_name
    table = quote(MatterDocument._meta.db_table)
    key, body, parts = (quote(MatterDocument._meta.get_field(name).column) for name in ("matter", "body", "parts"))
    return (f"INSERT INTO {table} ({key}, {body}, {parts}) VALUES {', '.join(['(%s, %s, %s)'] * rows)} "
            f"ON CONFLICT ({key}) DO UPDATE SET {body} = excluded.{body}, {parts} = excluded.{parts}")
