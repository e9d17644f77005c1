"""A busy evening of suggestions: many concurrent Open311 submissions to a live server on 127.0.0.1
(gunicorn, several workers, SQLite in WAL mode), some sent twice. Every suggestion must be stored
exactly once and every sender get its number. Prints the figures as JSON.

    .venv/bin/python bench/suggestions_load.py [--requests 300] [--concurrency 24] [--workers 3] [--repeat 0.1]

Bounded: at most --requests submissions (plus the repeats) and --timeout seconds overall.
"""

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUISHANG = ROOT / ".venv" / "bin" / "huishang"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare(env: dict) -> str:
    """Migrate a fresh database, add Yangpu, a category and an Open311 client; return the client's key."""
    subprocess.run([str(HUISHANG), "migrate", "-v", "0"], env=env, check=True)
    script = (
        "from huishang.cases.models import Category\n"
        "from huishang.directory.models import Region, Role, User\n"
        "from huishang.suggestions.points import issue_client_key\n"
        "region = Region.objects.create(code='310110', name='杨浦区')\n"
        "Category.objects.create(code='riverside', name='滨江管理')\n"
        "admin = User.objects.create(username='bench-admin', role=Role.ADMIN)\n"
        "print(issue_client_key(by=admin, name='bench', region=region)[1])\n"
    )
    done = subprocess.run([str(HUISHANG), "shell", "-c", script], env=env, check=True, capture_output=True, text=True)
    return done.stdout.strip().splitlines()[-1]


def submit(base: str, key: str, n: int) -> tuple[int, float, str]:
    body = urllib.parse.urlencode({
        "api_key": key, "service_code": "riverside", "description": f"第{n}条建议：滨江步道第{n}段增设座椅。",
        "phone": f"139{n:08d}", "lat": "31.2560", "long": "121.5210",
    }).encode()
    started = time.perf_counter()
    for attempt in range(5):
        try:
            with urllib.request.urlopen(base + "/open311/v2/requests.json", data=body, timeout=30) as response:
                number = json.loads(response.read())[0]["service_request_id"]
                return n, time.perf_counter() - started, number
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2 * (attempt + 1))
    return n, time.perf_counter() - started, ""


def count_stored(env: dict) -> dict:
    script = (
        "import json\nfrom huishang.suggestions.models import Suggestion\nfrom huishang.cases.models import Matter\n"
        "print(json.dumps({'suggestions': Suggestion.objects.count(), 'matters': Matter.objects.count(),"
        " 'distinct_phones': Suggestion.objects.values('contact_phone').distinct().count()}))\n"
    )
    done = subprocess.run([str(HUISHANG), "shell", "-c", script], env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=24)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--repeat", type=float, default=0.1, help="share of submissions sent a second time")
    parser.add_argument("--timeout", type=int, default=300)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3", HUISHANG_DATA_DIR=folder,
                   HUISHANG_ALLOWED_HOSTS="127.0.0.1")
        key = prepare(env)
        port = free_port()
        server = subprocess.Popen(
            [str(HUISHANG), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(options.workers)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/open311/v2/services.json", timeout=2)
                    break
                except (urllib.error.URLError, ConnectionError):
                    time.sleep(0.2)
            plan = list(range(options.requests))
            plan += random.Random(1).sample(plan, int(options.requests * options.repeat))
            random.Random(2).shuffle(plan)
            started = time.perf_counter()
            with ThreadPoolExecutor(options.concurrency) as pool:
                results = list(pool.map(lambda n: submit(base, key, n), plan, timeout=options.timeout))
            elapsed = time.perf_counter() - started
        finally:
            os.killpg(server.pid, signal.SIGINT)  # gunicorn's quick shutdown
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        stored = count_stored(env)
    numbers = {}
    for n, _seconds, number in results:
        numbers.setdefault(n, set()).add(number)
    latencies = sorted(seconds for _n, seconds, _number in results)
    figures = {
        "sent": len(plan), "distinct_suggestions": options.requests, "repeats": len(plan) - options.requests,
        "concurrency": options.concurrency, "workers": options.workers, "seconds": round(elapsed, 2),
        "per_second": round(len(plan) / elapsed, 1), "median_ms": round(statistics.median(latencies) * 1000),
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000),
        "unanswered": sum(1 for _n, _s, number in results if not number),
        "repeats_given_the_same_number": sum(1 for found in numbers.values() if len(found) == 1),
        **stored,
    }
    figures["every_one_stored_once"] = (
        stored["suggestions"] == stored["matters"] == stored["distinct_phones"] == options.requests
        and figures["unanswered"] == 0 and figures["repeats_given_the_same_number"] == options.requests
    )
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0 if figures["every_one_stored_once"] else 1


if __name__ == "__main__":
    sys.exit(main())
