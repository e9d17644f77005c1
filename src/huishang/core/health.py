"""Probes for an orchestrator or load balancer: /healthz says the process answers, /readyz that
it can do work (database and task queue reachable). Both are public and answer JSON."""

import logging

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def liveness(request):
    return JsonResponse({"status": "ok"})


def _database_answers() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _queue_answers() -> None:
    from huishang.core.queue import queue

    queue.pending_count()


CHECKS = {"database": _database_answers, "queue": _queue_answers}


@never_cache
@require_safe
def readiness(request):
    checks, failed = {}, []
    for name, check in CHECKS.items():
        try:
            check()
            checks[name] = "ok"
        except Exception as exc:  # any failure means not ready; the operator reads which and why in the log
            logger.warning("readiness check %s failed: %s", name, exc)
            checks[name] = "failed"
            failed.append(name)
    return JsonResponse({"status": "failed" if failed else "ok", "checks": checks, "failed": failed},
                        status=503 if failed else 200)
