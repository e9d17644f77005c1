"""The hot-issue list at the demo: p50 and p95 of `GET /api/v1/insight/hot` as the demo's office, read from the
worker's run (the 1M figure is `bench/run`'s hot_issues row).

    .venv/bin/python bench/hot_demo.py [--runs 30]

Builds the demo in a temporary data folder (`huishang demo --no-serve`, SQLite), runs the worker's hot-issue
job once (`huishang insight hot --refresh`), then times the request in turn with no period, the last 30 days
and one region. Prints the figures and whether p95 < 200 ms; removes the folder at the end.
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
HUISHANG = ROOT / ".venv" / "bin" / "huishang"
TARGET_P95_MS = 200
sys.path.insert(0, str(BENCH))
from timing import RUNS, expect, measure  # noqa: E402


def build_demo(env: dict) -> None:
    for command in (["demo", "--no-serve"], ["insight", "hot", "--refresh", "--top", "1"]):
        done = subprocess.run([str(HUISHANG), *command], env=env, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"huishang {' '.join(command)} failed: {done.stderr[-2000:]}")


def time_hot_issues(runs: int) -> dict:
    import logging

    import django

    django.setup()
    # One log line per request would be timed along with the request.
    logging.getLogger("huishang.request").setLevel(logging.WARNING)
    from django.test import Client

    from huishang.api.tokens import issue_token
    from huishang.core import clock
    from huishang.directory.models import Region, User

    office = User.objects.select_related("organization__region").get(username="office")
    key, _token = issue_token(office)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {key}")
    today = clock.today()
    # A district of the office's own place: the list narrowed to one region it governs.
    region = Region.objects.filter(parent=office.organization.region).order_by("code").first()
    queries = [{}, {"from": (today - datetime.timedelta(days=29)).isoformat(), "to": today.isoformat()},
               {"region": region.code}]

    def read(i):
        response = expect(client.get("/api/v1/insight/hot", queries[i % len(queries)]), 200)
        if response.json()["status"] == "pending":
            sys.exit("hot issues: the worker's run is missing")

    return measure(read, runs=runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="huishang-hot-demo-") as folder:
        env = dict(os.environ, HUISHANG_DATA_DIR=folder, HUISHANG_DEMO_PASSWORD="bench-demo-password",
                   DJANGO_SETTINGS_MODULE="huishang.settings", HUISHANG_ALLOWED_HOSTS="testserver")
        env.pop("DATABASE_URL", None)
        print("building the demo and grouping its hot issues …", file=sys.stderr, flush=True)
        build_demo(env)
        os.environ.update({k: env[k] for k in ("HUISHANG_DATA_DIR", "DJANGO_SETTINGS_MODULE", "HUISHANG_ALLOWED_HOSTS")})
        os.environ.pop("DATABASE_URL", None)
        sys.path.insert(0, str(ROOT / "src"))
        timings = time_hot_issues(options.runs)
    verdict = "pass" if timings["p95_ms"] < TARGET_P95_MS else "MISS"
    print(f"hot_issues at the demo (SQLite, {timings['runs']} runs): p50 {timings['p50_ms']:.1f} ms, "
          f"p95 {timings['p95_ms']:.1f} ms; p95<{TARGET_P95_MS} {verdict}")
    sys.exit(0 if verdict == "pass" else 1)


if __name__ == "__main__":
    main()
