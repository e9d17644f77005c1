"""The one error format of the API: ``{"code", "message", "field", "errors"?}``.

Services raise domain errors (core.errors); ninja raises its own for bad input and missing
authentication; everything leaves here as JSON whose message went through Django translation.
"""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as RequestValidationError

from huishang.core.errors import DomainError

logger = logging.getLogger(__name__)


class InvalidCredentials(DomainError):
    """The username and password do not name an active account."""

    code = "invalid_credentials"
    http_status = 401


class FieldError(Schema):
    field: str | None
    message: str


class CurrentState(Schema):
    state: str
    version: int


class ErrorOut(Schema):
    code: str
    message: str
    field: str | None = None
    errors: list[FieldError] | None = None
    current: CurrentState | None = Field(
        None, description="on 409 for a matter: its state and version now, to reload and retry from")


def error_body(code: str, message, field: str | None = None, errors: list[dict] | None = None) -> dict:
    body = {"code": code, "message": str(message), "field": field}
    if errors:
        body["errors"] = errors
    return body


def _http_error_code_and_message(status: int) -> tuple[str, str]:
    known = {
        400: ("bad_request", _("The request body is not valid JSON.")),
        401: ("unauthenticated", _("Log in first: send the header Authorization: Bearer <token>.")),
        403: ("not_allowed", _("You are not allowed to do this.")),
        404: ("not_found", _("There is nothing at this address.")),
        405: ("method_not_allowed", _("This method is not allowed here.")),
        429: ("throttled", _("Too many requests; try again later.")),
    }
    return known.get(status, ("error", _("The request could not be handled.")))


def _request_error_message(error: dict) -> str:
    """A translated message for one pydantic error (pydantic's own text is English only).

    Where Django's forms and validators say the same thing, their msgids are reused, so those
    messages read in Chinese before Huishang's own catalogue has them.
    """
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind == "missing" or kind == "string_too_short":
        return _("This field is required.")
    if kind == "string_too_long":
        return _("Ensure this value has at most %(limit_value)s characters.") % {
            "limit_value": context.get("max_length")}
    if kind.startswith("date"):
        return _("Enter a valid date.")
    if kind in ("less_than_equal", "less_than"):
        return _("Ensure this value is less than or equal to %(limit_value)s.") % {
            "limit_value": context.get("le", context.get("lt"))}
    if kind in ("greater_than_equal", "greater_than"):
        return _("Ensure this value is greater than or equal to %(limit_value)s.") % {
            "limit_value": context.get("ge", context.get("gt"))}
    if kind.startswith("int"):
        return _("Enter a whole number.")
    if kind.startswith("bool"):
        return _("Give true or false.")
    if kind in ("enum", "literal_error"):
        return _("Select a valid choice. That choice is not one of the available choices.")
    if kind == "extra_forbidden":
        return _("This operation does not take this field.")
    return _("Enter a valid value.")


def _field_of(error: dict) -> str | None:
    """The field a client sent, from pydantic's location such as ("body", "payload", "title").

    The location starts with where the value came from and, for a body or a query schema, the
    view's parameter name; neither is something the client wrote, so both are dropped. A body
    that is missing altogether names no field.
    """
    location = [str(part) for part in error.get("loc", ())]
    source, location = (location[0], location[1:]) if location else ("", [])
    if source == "body" or (source == "query" and len(location) > 1):
        location = location[1:]
    return ".".join(location) or None


def _on_request_validation(request, exc: RequestValidationError, api):
    errors = [{"field": _field_of(error), "message": _request_error_message(error)} for error in exc.errors]
    first = errors[0] if errors else {"field": None, "message": _("Enter a valid value.")}
    body = error_body("validation_error", first["message"], first["field"], errors if len(errors) > 1 else None)
    return api.create_response(request, body, status=422)


def _on_domain_error(request, exc: DomainError, api):
    body = error_body(exc.code, exc.message, exc.field)
    if exc.http_status == 409:
        current = _current_state_of(getattr(request, "matter_in_question", None))
        if current:
            body["current"] = current
    return api.create_response(request, body, status=exc.http_status)


def _current_state_of(matter) -> dict | None:
    """The matter as stored now (not as the refused request saw it), so the client can retry from it."""
    if matter is None:
        return None
    return type(matter).objects.filter(pk=matter.pk).values("state", "version").first()


def error_answer(api, request, status: int):
    """The JSON answer for a refusal that carries nothing but its HTTP status."""
    code, message = _http_error_code_and_message(status)
    return api.create_response(request, error_body(code, message), status=status)


def _on_http_error(request, exc: HttpError, api):
    if exc.status_code == 400:
        # Ninja raises a bare 400 only when it cannot parse the body.
        code, message = _http_error_code_and_message(400)
        return api.create_response(request, error_body(code, message, "body"), status=400)
    response = error_answer(api, request, exc.status_code)
    if isinstance(exc, AuthenticationError):
        response["WWW-Authenticate"] = "Bearer"
    return response


def _on_too_large(request, exc, api):
    message = _("The request body is larger than %(limit)s bytes.") % {"limit": settings.DATA_UPLOAD_MAX_MEMORY_SIZE}
    return api.create_response(request, error_body("too_large", message, "body"), status=413)


def _on_not_found(request, exc, api):
    return error_answer(api, request, 404)


def _on_permission_denied(request, exc, api):
    return error_answer(api, request, 403)


def _on_unexpected(request, exc, api):
    # The client gets JSON without internals; the traceback goes to the log for the operator.
    logger.exception("API request failed: %s %s", request.method, request.path)
    return api.create_response(
        request, error_body("server_error", _("Something went wrong on the server; the error was logged.")), status=500
    )


def install_error_handlers(api) -> None:
    """Route every error the API can meet through the one JSON format."""
    handlers = [
        (Exception, _on_unexpected),
        (Http404, _on_not_found),
        (PermissionDenied, _on_permission_denied),
        (RequestDataTooBig, _on_too_large),
        (HttpError, _on_http_error),
        (RequestValidationError, _on_request_validation),
        (DomainError, _on_domain_error),
    ]
    for exception_class, handler in handlers:
        api.add_exception_handler(exception_class, lambda request, exc, handler=handler: handler(request, exc, api))
