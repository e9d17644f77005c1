"""Every answer under /open311/v2/ is Open311's, errors included: an unknown path or format, a method the
endpoint does not take, a body too large, a refused value and a server error all come back as the GeoReport v2
error list ``[{code, description}]`` in the format the client asked for (json or xml), never as an HTML page.
"""

import logging
from functools import wraps

from django.core import signals
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation, TooManyFieldsSent, TooManyFilesSent
from django.http import Http404
from django.views.decorators.csrf import csrf_exempt

from huishang.cases.models import Category
from huishang.core.errors import DomainError
from huishang.suggestions.open311 import error

FORMATS = ("json", "xml")
TOO_LARGE = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)
# Django's own handler logs a server error here (and mails the admins, where configured); so do we.
request_logger = logging.getLogger("django.request")


def requested_format(request, fmt: str | None = None) -> str:
    """The format the path names (``….json`` / ``….xml``), else what the Accept header prefers, else JSON."""
    if fmt in FORMATS:
        return fmt
    extension = request.path.rpartition(".")[2].lower()
    if extension in FORMATS:
        return extension
    accept = request.headers.get("Accept", "")
    return "xml" if "xml" in accept and "json" not in accept else "json"


def open311_endpoint(*methods: str):
    """Wrap an Open311 view: other methods get 405 with Allow, and whatever goes wrong inside is answered
    as an Open311 error list. No cookies sign anyone in here, so CSRF does not apply."""
    allowed = set(methods) | ({"HEAD"} if "GET" in methods else set())

    def decorate(view):
        @wraps(view)
        def answer(request, *args, **kwargs):
            fmt = requested_format(request, kwargs.get("fmt"))
            if request.method not in allowed:
                response = error(fmt, 405, f"method {request.method} not allowed; use {', '.join(methods)}")
                response["Allow"] = ", ".join(sorted(allowed))
                return response
            try:
                return view(request, *args, **kwargs)
            except TOO_LARGE:
                return error(fmt, 413, "request body too large")
            except Http404:
                return error(fmt, 404, "not found")
            except SuspiciousOperation:
                return error(fmt, 400, "bad request")
            except DomainError as refused:
                return refusal(fmt, refused)
            except Exception:
                signals.got_request_exception.send(sender=None, request=request)
                request_logger.error("Internal Server Error: %s", request.path, exc_info=True,
                                     extra={"status_code": 500, "request": request})
                return error(fmt, 500, "internal server error")

        return csrf_exempt(answer)

    return decorate


def refusal(fmt: str, refused: DomainError):
    """A service's refusal as an Open311 error: 400 for a bad value (naming it), 429 with Retry-After."""
    status = refused.http_status if refused.http_status in (403, 404, 409, 429) else 400
    description = f"{refused.field}: {refused.message}" if refused.field else str(refused.message)
    return error(fmt, status, description, retry_after=getattr(refused, "retry_after", None))


@open311_endpoint("GET")
def service_definition(request, code, fmt):
    """Every service says ``metadata: false``, so none has a definition to fetch (GeoReport v2)."""
    if Category.objects.filter(code=code).exists():
        return error(fmt, 404, f"service_code {code} has no service definition (metadata is false)")
    return error(fmt, 404, "service_code not found")


@open311_endpoint("GET", "POST", "PUT", "PATCH", "DELETE")
def unknown(request):
    """Any other path under /open311/v2/, also a known one in a format other than json or xml."""
    return error(requested_format(request), 404, f"no such resource: {request.path} (formats: json, xml)")
