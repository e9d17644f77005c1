"""Log lines an operator can search: one JSON object per line, each carrying the request it belongs to.

HUISHANG_LOG_FORMAT   "json" (one object per line) or "plain"; ``huishang serve`` defaults to json.
HUISHANG_LOG_LEVEL    the root level (default WARNING); request lines are logged at INFO regardless.

The request middleware (core/middleware.py) puts the request id, user and path into a context
variable; every record logged while that request runs picks them up, whichever logger wrote it.
"""

import contextvars
import datetime
import json
import logging
import os

current_request: contextvars.ContextVar[dict | None] = contextvars.ContextVar("current_request", default=None)

REQUEST_FIELDS = ("request_id", "user", "path", "status", "duration_ms")


class RequestContextFilter(logging.Filter):
    """Copies the running request's id, user and path onto each record (without overwriting)."""

    def filter(self, record):
        context = current_request.get() or {}
        # Django logs a refused request (django.request) after the middleware has returned; that
        # record carries the request itself.
        request = getattr(record, "request", None)
        if not context and getattr(request, "request_id", None):
            context = {"request_id": request.request_id, "path": request.path}
        for name in REQUEST_FIELDS:
            if not hasattr(record, name):
                setattr(record, name, context.get(name))
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.timezone.utc).isoformat(
                timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in REQUEST_FIELDS:
            entry[name] = getattr(record, name, None)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class PlainFormatter(logging.Formatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = None
        return super().format(record)


class ConfiguredFormatter(logging.Formatter):
    """JSON or plain as HUISHANG_LOG_FORMAT says when logging is configured.

    Read at configuration time rather than when settings are imported, so that ``huishang serve``
    can choose json for its gunicorn workers, which configure logging again when they load the app.
    """

    def __init__(self, *args, **kwargs):
        super().__init__()
        chosen = os.environ.get("HUISHANG_LOG_FORMAT", "plain").strip().lower()
        self._formatter = JsonFormatter() if chosen == "json" else PlainFormatter()

    def format(self, record):
        return self._formatter.format(record)


def logging_config(level: str) -> dict:
    """The LOGGING setting: everything to stderr through the configured formatter."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_context": {"()": RequestContextFilter}},
        "formatters": {"configured": {"()": ConfiguredFormatter}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "configured", "filters": ["request_context"]},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {"huishang.request": {"level": "INFO"}},
    }
