"""Appends from many threads and processes at once still make one unbroken chain (file-based SQLite)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

HUISHANG = shutil.which("huishang", path=str(Path(sys.executable).parent)) or "huishang"
THREADS, EVENTS_PER_THREAD, PROCESSES = 4, 15, 2

APPEND_FROM_THREADS = f"""
import os, sys, threading
from django.db import connection
from huishang.audit.log import record_event
from huishang.cases.models import Category

failures = []

def work(t):
    try:
        for i in range({EVENTS_PER_THREAD}):
            if i % 3:
                record_event("login", subject=f"t{{t}}-{{i}}")
            else:
                Category.objects.create(code=f"c{{os.getpid()}}-{{t}}-{{i}}", name="x")
    except Exception as error:
        failures.append(repr(error))
    finally:
        connection.close()

threads = [threading.Thread(target=work, args=(t,)) for t in range({THREADS})]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
if failures:
    sys.exit("; ".join(failures))
"""


def huishang(*args, env):
    return subprocess.run([HUISHANG, *args], env=env, capture_output=True, text=True, timeout=300)


def test_concurrent_appends_from_threads_and_processes_keep_the_chain_intact(tmp_path):
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", HUISHANG_DATA_DIR=str(tmp_path))
    env.pop("DJANGO_SETTINGS_MODULE", None)
    assert huishang("migrate", "--noinput", env=env).returncode == 0
    before = int(huishang("audit", "verify", env=env).stdout.split(":")[1].split()[0])

    workers = [subprocess.Popen([HUISHANG, "shell", "-c", APPEND_FROM_THREADS], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(PROCESSES)]
    for worker in workers:
        _, errors = worker.communicate(timeout=300)
        assert worker.returncode == 0, errors

    verified = huishang("audit", "verify", env=env)
    assert verified.returncode == 0, verified.stderr
    assert f"{before + PROCESSES * THREADS * EVENTS_PER_THREAD} entries" in verified.stdout
