"""The ceiling: Huishang's operations as bare SQL on the same database, and bare Django views of one query.

    DATABASE_URL=... .venv/bin/python bench/ceiling.py --database sqlite [--json FILE]

bare-sql: the statements an ideal implementation would send (first page and its count, the
matter and its trail, one aggregate for the figures, the inserts and guarded update of a
write), through the database driver itself. bare-django: a view in this project's settings
(same middleware) that runs one indexed query and returns JSON, through the test Client.
"""

import argparse
import datetime
import sys
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from huishang_ops import SEARCH_WORDS, setup_django  # noqa: E402
from timing import RUNS, expect, measure, result, write  # noqa: E402

PAGE = 20
COLUMNS = "id, number, title, state, kind, submitted_at, due, lead_unit_id, region_id, category_id, enterprise_id"


class Sql:
    """Runs statements written with %s placeholders through the raw driver connection."""

    def __init__(self):
        from django.db import connection

        connection.ensure_connection()
        self.vendor = connection.vendor
        self.raw = connection.connection

    def rows(self, statement: str, params=()) -> list:
        if self.vendor == "sqlite":
            return self.raw.execute(statement.replace("%s", "?"), params).fetchall()
        with self.raw.cursor() as cursor:
            cursor.execute(statement, params)
            return cursor.fetchall() if cursor.description else []

    def page_and_count(self, where: str, params=(), order: str = "submitted_at DESC, id DESC") -> None:
        self.rows(f"SELECT {COLUMNS} FROM cases_matter WHERE {where} ORDER BY {order} LIMIT {PAGE}", params)
        self.rows(f"SELECT COUNT(*) FROM cases_matter WHERE {where}", params)

    # Django leaves the driver in autocommit; a write's statements go in one explicit transaction.
    def begin(self) -> None:
        self.rows("BEGIN")

    def commit(self) -> None:
        self.rows("COMMIT")


def bare_sql_operations(sql: Sql, context: dict) -> dict:
    from django.utils import timezone

    from huishang.insight.search import RESULTS_CAP, query_words

    created: list[int] = []
    office = context["office"]

    def moment(value: datetime.datetime):
        return value if sql.vendor == "postgresql" else value.astimezone(datetime.timezone.utc).replace(
            tzinfo=None).isoformat(" ")

    def search(i):
        # What search.matching asks, as bare SQL: the oldest of the RESULTS_CAP newest matches, the page
        # ranked among the kept matches, and their (capped) count.
        words = query_words(SEARCH_WORDS[i % len(SEARCH_WORDS)])
        if sql.vendor == "postgresql":
            vector, query = "d.search_vector", " & ".join(words)
            match = f"{vector} @@ to_tsquery('simple', %s)"
            oldest = sql.rows(f"SELECT d.matter_id FROM insight_matterdocument d WHERE {match} "
                              f"ORDER BY d.matter_id DESC LIMIT 1 OFFSET {RESULTS_CAP - 1}", (query,))
            kept = " AND d.matter_id >= %s" if oldest else ""
            params = (query, *(oldest[0][:1] if oldest else ()))
            sql.rows(f"SELECT m.id, m.number, m.title FROM insight_matterdocument d JOIN cases_matter m "
                     f"ON m.id = d.matter_id WHERE {match}{kept} "
                     f"ORDER BY ts_rank_cd({vector}, to_tsquery('simple', %s)) DESC LIMIT {PAGE}", (*params, query))
            sql.rows(f"SELECT COUNT(*) FROM insight_matterdocument d WHERE {match}{kept}", params)
        else:
            query = " ".join(f'"{word}"' for word in words)
            match = "insight_matter_fts MATCH %s"
            oldest = sql.rows(f"SELECT rowid FROM insight_matter_fts WHERE {match} ORDER BY rowid DESC "
                              f"LIMIT 1 OFFSET {RESULTS_CAP - 1}", (query,))
            kept = " AND insight_matter_fts.rowid >= %s" if oldest else ""
            params = (query, *(oldest[0][:1] if oldest else ()))
            sql.rows(f"SELECT m.id, m.number, m.title FROM insight_matter_fts JOIN cases_matter m "
                     f"ON m.id = insight_matter_fts.rowid WHERE {match}{kept} "
                     f"ORDER BY bm25(insight_matter_fts, 2.0, 1.0) LIMIT {PAGE}", params)
            sql.rows(f"SELECT COUNT(*) FROM insight_matter_fts WHERE {match}{kept}", params)

    def figures(where: str = "", params=()):
        sql.rows("SELECT COUNT(*) FILTER (WHERE state = 'assigned'), COUNT(*) FILTER (WHERE state <> 'assigned'), "
                 "COUNT(*) FILTER (WHERE state IN ('resolved', 'closed')) FROM cases_matter "
                 f"WHERE first_assigned_at IS NOT NULL AND kind <> 'suggestion' {where}", params)

    def create(i):
        now = timezone.now()
        number = f"BS-{now.year}-{i:06d}{now.microsecond:06d}"[:20]
        returning = " RETURNING id"
        sql.begin()
        matter_id = sql.rows(
            "INSERT INTO cases_matter (number, kind, source, title, description, category_id, enterprise_id, "
            "region_id, submitted_by_id, submitted_at, state, version, urgency) VALUES "
            "(%s, 'problem', 'office', %s, %s, %s, %s, %s, %s, %s, 'submitted', 1, 'normal')" + returning,
            (number, f"压测新增诉求{i}", "夜班职工通勤存在安全隐患。", context["category"], context["enterprise"],
             context["region"], office, moment(now)),
        )[0][0]
        sql.rows("INSERT INTO cases_transition (matter_id, action, from_state, to_state, actor_id, at, note) "
                 "VALUES (%s, 'submit', '', 'submitted', %s, %s, '')", (matter_id, office, moment(now)))
        sql.commit()
        created.append(matter_id)

    def transition(i):
        matter_id = created.pop()
        sql.begin()
        sql.rows("UPDATE cases_matter SET state = 'accepted', version = version + 1 "
                 "WHERE id = %s AND version = 1 AND state = 'submitted'", (matter_id,))
        sql.rows("INSERT INTO cases_transition (matter_id, action, from_state, to_state, actor_id, at, note) "
                 "VALUES (%s, 'accept', 'submitted', 'accepted', %s, %s, '')",
                 (matter_id, office, moment(timezone.now())))
        sql.commit()

    year_start, year_end = context["year"]
    return {
        "list_by_state": lambda i: sql.page_and_count("state = %s", (("in_progress", "assigned", "submitted")[i % 3],)),
        "list_open": lambda i: sql.page_and_count("lead_unit_id = %s AND state = 'in_progress'",
                                                  (context["units"][i % len(context["units"])],)),
        "list_by_region": lambda i: sql.page_and_count(
            "region_id IN (SELECT id FROM directory_region WHERE code LIKE %s)",
            (context["districts"][i % len(context["districts"])] + "%",)),
        "list_by_category": lambda i: sql.page_and_count("category_id = %s",
                                                         (context["categories"][i % len(context["categories"])],)),
        "list_by_deadline": lambda i: sql.page_and_count("state = 'in_progress'", (), "due, id"),
        "matter_page": lambda i: (
            sql.rows(f"SELECT {COLUMNS} FROM cases_matter WHERE id = %s", (context["matters"][i % 97],)),
            sql.rows("SELECT id, action, from_state, to_state, actor_id, at, note FROM cases_transition "
                     "WHERE matter_id = %s ORDER BY at, id", (context["matters"][i % 97],)),
        ),
        "search": search,
        "dashboard_year": lambda i: figures("AND first_assigned_at >= %s AND first_assigned_at < %s",
                                            (moment(year_start), moment(year_end))),
        "dashboard_all": lambda i: figures(),
        "create": create,
        "transition": transition,
    }


def bare_django_operations(context: dict) -> dict:
    """One view per read, each one indexed query, mounted on a urlconf of its own with the project's middleware."""
    from django.http import JsonResponse
    from django.test import Client, override_settings
    from django.urls import path

    from huishang.cases.models import Matter, Transition

    fields = ["id", "number", "title", "state", "submitted_at", "due"]

    def first_page(request):
        matters = Matter.objects.filter(state=request.GET["state"]).order_by("-submitted_at", "-id")
        return JsonResponse({"items": list(matters.values(*fields)[:PAGE])})

    def open_in_unit(request):
        matters = Matter.objects.filter(lead_unit=request.GET["unit"], state="in_progress").order_by("-submitted_at")
        return JsonResponse({"items": list(matters.values(*fields)[:PAGE])})

    def trail(request, pk):
        return JsonResponse({"trail": list(Transition.objects.filter(matter=pk).values("action", "to_state", "at"))})

    urls = types.ModuleType("bench_bare_urls")
    urls.urlpatterns = [path("first-page", first_page), path("open", open_in_unit), path("trail/<int:pk>", trail)]
    sys.modules[urls.__name__] = urls
    override_settings(ROOT_URLCONF=urls.__name__).enable()
    client = Client()
    units = context["units"]
    return {
        "list_by_state": lambda i: expect(client.get("/first-page", {"state": ("in_progress", "assigned")[i % 2]}),
                                          200),
        "list_open": lambda i: expect(client.get("/open", {"unit": units[i % len(units)]}), 200),
        "matter_page": lambda i: expect(client.get(f"/trail/{context['matters'][i % 97]}"), 200),
    }


def context_for_runs() -> dict:
    from django.utils import timezone

    from huishang.cases.models import Category, Matter
    from huishang.directory.models import Organization, Region, User

    last = Matter.objects.order_by("-pk").values_list("pk", flat=True).first()
    year = timezone.localdate().year
    enterprise = Organization.objects.filter(kind=Organization.Kind.ENTERPRISE).order_by("pk").first()
    return {
        "office": User.objects.get(username="bench-office").pk,
        "units": list(Organization.objects.filter(kind=Organization.Kind.UNIT).values_list("pk", flat=True)),
        "districts": list(Region.objects.filter(parent__parent__isnull=False).values_list("code", flat=True)),
        "categories": list(Category.objects.values_list("pk", flat=True)),
        "matters": [1 + (last * k) // 97 % last for k in range(1, 98)],
        "enterprise": enterprise.pk, "region": enterprise.region_id, "category": Category.objects.first().pk,
        "year": (timezone.make_aware(datetime.datetime(year, 1, 1)),
                 timezone.make_aware(datetime.datetime(year + 1, 1, 1))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, choices=["sqlite", "postgresql"])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--json")
    options = parser.parse_args()
    setup_django()
    context = context_for_runs()
    rows = [result(name, "bare-sql", options.database, measure(operation, runs=options.runs))
            for name, operation in bare_sql_operations(Sql(), context).items()]
    rows += [result(name, "bare-django", options.database, measure(operation, runs=options.runs))
             for name, operation in bare_django_operations(context).items()]
    write(rows, options.json)


if __name__ == "__main__":
    main()
