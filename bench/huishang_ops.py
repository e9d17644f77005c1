"""Time Huishang's operations through the REST API in-process (Django's test Client), on a generated database.

    DATABASE_URL=... .venv/bin/python bench/huishang_ops.py --database sqlite [--runs 30] [--json FILE]
                                                             [--only hot_issues ...]

Reads run as the service office (sees every matter); ``create`` submits a matter for an enterprise,
``transition`` accepts the matters ``create`` submitted, one each run. The ``page_*`` operations are the HTML
pages people open most, rendered whole by the web views for a signed-in session of the office (the leader for
the dashboard): the workbench, the matter list, a matter's page, the new-matter form and the figures dashboard;
``page_create`` sends the new-matter form. ``hot_issues`` reads what the worker's
job grouped ahead (bench/run runs it after generating), in turn with no period, the last 30 days, and one
district. Every response is checked.
"""

import argparse
import datetime
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import RUNS, expect, measure, result, serve, write  # noqa: E402

# Words that come up in the generated titles and descriptions (the demo's problems).
SEARCH_WORDS = ["技工", "融资", "供电", "审批", "用地", "补助资金", "招聘", "贷款"]


def setup_django() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")
    os.environ["HUISHANG_ALLOWED_HOSTS"] = "testserver,127.0.0.1,localhost"
    import logging

    import django

    django.setup()
    # One log line per request would be timed along with the request.
    logging.getLogger("huishang.request").setLevel(logging.WARNING)


def api_client(username: str):
    from django.test import Client

    from huishang.api.tokens import issue_token
    from huishang.directory.models import User

    key, _token = issue_token(User.objects.get(username=username))
    return Client(HTTP_AUTHORIZATION=f"Bearer {key}")


def session_client(username: str):
    """A browser's signed-in session: the pages read the session cookie, as a person's browser sends it."""
    from django.test import Client

    from huishang.directory.models import User

    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def page_operations(category_codes: list[str], enterprises: list[int], matter_ids: list[int]) -> dict:
    """The HTML pages, each checked for what it must show, so that an error page is never timed as a fast one."""
    from huishang.cases.models import Category, Matter

    office, leader = session_client("bench-office"), session_client("bench-leader")
    numbers = [number for _pk, number in sorted(Matter.objects.filter(pk__in=matter_ids).values_list("pk", "number"))]
    category_pks = dict(Category.objects.filter(code__in=category_codes).values_list("code", "pk"))
    categories = [category_pks[code] for code in category_codes]

    def page(client, path, marker, **params):
        response = expect(client.get(path, params), 200)
        if marker.encode() not in response.content:
            raise SystemExit(f"{path}: the page does not show {marker!r}")

    def cycle(values, i):
        return values[i % len(values)]

    def create(i):
        expect(office.post("/matters/new/", {
            "title": f"压测网页新增诉求{i}：厂区周边道路照明不足",
            "description": "夜班职工通勤存在安全隐患，希望协调增设路灯。",
            "category": cycle(categories, i), "kind": "problem", "urgency": "normal",
            "enterprise": cycle(enterprises, i),
        }), 302)

    return {
        "page_workbench": lambda i: page(office, "/", 'data-section="'),
        # Every other run opens the second page, as a person paging on does.
        "page_matter_list": lambda i: page(office, "/matters/", "<table", **({"page": 2} if i % 2 else {})),
        "page_matter": lambda i: page(office, f"/matters/{cycle(numbers, i)}/", cycle(numbers, i)),
        "page_new_matter": lambda i: page(office, "/matters/new/", 'name="title"'),
        "page_dashboard": lambda i: page(leader, "/dashboard/", 'id="chart-by-unit"'),
        "page_create": create,
    }


def operations() -> dict:
    """Operation name -> a function of the run number that performs it once."""
    from django.utils import timezone

    from huishang.cases.models import Category, Matter
    from huishang.directory.models import Organization, Region

    office = api_client("bench-office")
    units = list(Organization.objects.filter(kind=Organization.Kind.UNIT).values_list("pk", flat=True))
    districts = list(Region.objects.filter(parent__isnull=False, code__regex=r"^\d{6}$")
                     .exclude(code__endswith="00").values_list("code", flat=True))
    categories = list(Category.objects.values_list("code", flat=True))
    enterprises = list(Organization.objects.filter(kind=Organization.Kind.ENTERPRISE).order_by("pk")
                       .values_list("pk", flat=True)[:200])
    last = Matter.objects.order_by("-pk").values_list("pk", flat=True).first()
    matter_ids = [1 + (last * k) // 97 % last for k in range(1, 98)]
    year = timezone.localdate().year
    created: list[int] = []

    def get(path, **params):
        return expect(office.get(path, params), 200)

    def cycle(values, i):
        return values[i % len(values)]

    def create(i):
        response = expect(office.post("/api/v1/matters", {
            "title": f"压测新增诉求{i}：厂区周边道路照明不足",
            "description": "夜班职工通勤存在安全隐患，希望协调增设路灯。",
            "category": cycle(categories, i), "enterprise": cycle(enterprises, i),
        }, content_type="application/json"), 201)
        created.append(response.json()["id"])

    def transition(i):
        expect(office.post(f"/api/v1/matters/{created.pop()}/accept", {}, content_type="application/json"), 200)

    today = timezone.localdate()
    hot_queries = [{}, {"from": (today - datetime.timedelta(days=29)).isoformat(), "to": today.isoformat()},
                   *({"region": code} for code in districts[:1])]

    def hot_issues(i):
        answer = get("/api/v1/insight/hot", **cycle(hot_queries, i)).json()
        if answer["status"] == "pending" or not answer["issues"]:
            raise SystemExit("hot issues: nothing grouped; run `huishang insight hot --refresh` first")

    return {
        **page_operations(categories, enterprises, matter_ids),
        "list_by_state": lambda i: get("/api/v1/matters", state=cycle(["in_progress", "assigned", "submitted"], i)),
        "list_open": lambda i: get("/api/v1/matters", unit=cycle(units, i), state="in_progress"),
        "list_by_region": lambda i: get("/api/v1/matters", region=cycle(districts, i)),
        "list_by_category": lambda i: get("/api/v1/matters", category=cycle(categories, i)),
        "list_by_deadline": lambda i: get("/api/v1/matters", state="in_progress", sort="due"),
        "matter_page": lambda i: get(f"/api/v1/matters/{cycle(matter_ids, i)}"),
        "search": lambda i: get("/api/v1/matters", q=cycle(SEARCH_WORDS, i)),
        "dashboard_year": lambda i: get("/api/v1/stats", **{"from": f"{year}-01-01", "to": f"{year}-12-31"}),
        "dashboard_all": lambda i: get("/api/v1/stats"),
        "hot_issues": hot_issues,
        "create": create,
        "transition": transition,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, choices=["sqlite", "postgresql"])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--only", nargs="*", help="operation names to time (default: all)")
    parser.add_argument("--json")
    parser.add_argument("--serve", action="store_true", help="time on request from standard input (bench/run)")
    options = parser.parse_args()
    setup_django()
    if options.serve:
        return serve(operations())
    rows = []
    for name, operation in operations().items():
        if options.only and name not in options.only:
            continue
        rows.append(result(name, "huishang", options.database, measure(operation, runs=options.runs)))
    write(rows, options.json)


if __name__ == "__main__":
    main()
