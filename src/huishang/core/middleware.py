"""Every request gets an id (the caller's X-Request-ID or a new one), sent back in the response
header and carried by every log line written while the request runs; one line records its outcome."""

import logging
import re
import time
import uuid

from huishang.core.logging import current_request

logger = logging.getLogger("huishang.request")

# A caller's id is echoed into headers and logs, so only a short, plain token is taken as it is.
ACCEPTABLE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
HEADER = "X-Request-ID"


def request_id_of(request) -> str:
    offered = request.headers.get(HEADER, "")
    return offered if ACCEPTABLE_ID.match(offered) else uuid.uuid4().hex


def _username(request) -> str | None:
    user = getattr(request, "user", None)
    return user.get_username() if user is not None and user.is_authenticated else None


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_of(request)
        context = {"request_id": request.request_id, "path": request.path, "user": None}
        token = current_request.set(context)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            context["user"] = _username(request)
            response[HEADER] = request.request_id
            logger.info(
                "%s %s %s", request.method, request.path, response.status_code,
                extra={"status": response.status_code, "duration_ms": round((time.monotonic() - started) * 1000, 1)},
            )
            return response
        finally:
            current_request.reset(token)
