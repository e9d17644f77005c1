"""The API's URL patterns, made to answer unknown paths and wrong methods in the JSON error format.

Ninja handles errors raised inside an operation; a path that names no operation, the bare
/api/v1/ root and a method an operation does not take are answered before that, as HTML or plain
text. Wrapping the patterns keeps every answer under /api/v1/ in the one JSON format. The same
wrapping refuses a body in another format than JSON (415) and lets the intake operations honour
Idempotency-Key (api/idempotency.py). Every operation refuses a query parameter it does not declare.
"""

import functools

from django.http import Http404
from django.urls import URLPattern, re_path
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI
from ninja.errors import ValidationError as RequestValidationError

from huishang.api.errors import error_answer, error_body
from huishang.api.idempotency import HEADER as IDEMPOTENCY_HEADER
from huishang.api.idempotency import idempotent
from huishang.api.tokens import token_for_key


# Operations read JSON bodies, and the one upload (an employment ledger) a multipart form.
READABLE_BODIES = ("application/json", "multipart/form-data")


def _carries_unreadable_body(request) -> bool:
    sent = int(request.META.get("CONTENT_LENGTH") or 0) > 0
    return sent and request.method in ("POST", "PUT", "PATCH") and request.content_type not in READABLE_BODIES


def _bearer_of(request) -> str | None:
    """Whose idempotency keys these are: the user of the bearer token (ninja checks it again)."""
    scheme, _space, key = request.headers.get("Authorization", "").partition(" ")
    token = token_for_key(key.strip()) if scheme.lower() == "bearer" else None
    return f"user:{token.user_id}" if token else None


def _refuse_key(api, request, message):
    return api.create_response(request, error_body("validation_error", message, IDEMPOTENCY_HEADER), status=422)


def refusing_unknown_query_parameters(view_func):
    """The operation refuses (422, naming it) a query parameter it does not declare, as its body refuses an
    unknown field (StrictSchema): a misspelt filter (?stat=open) must not look accepted and answer everything.

    Applied to every operation by HuishangAPI, after the token and the declared parameters are checked.
    """
    operation = view_func._ninja_operation
    declared = frozenset(name for model in operation.models if model.__ninja_param_source__ == "query"
                         for name in model.__ninja_flatten_map__)

    @functools.wraps(view_func)
    def refusing_unknown(request, *args, **kwargs):
        unknown = [name for name in request.GET if name not in declared]
        if unknown:
            # The form of pydantic's own "extra_forbidden", so it reads as an unknown body field does (api/errors.py).
            raise RequestValidationError([
                {"type": "extra_forbidden", "loc": ("query", name), "msg": "Extra inputs are not permitted"}
                for name in unknown])
        return view_func(request, *args, **kwargs)

    return refusing_unknown


class HuishangAPI(NinjaAPI):
    """``idempotent_operations``: names of the create operations that honour Idempotency-Key."""

    def __init__(self, *args, idempotent_operations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.idempotent_operations = set(idempotent_operations)
        self.add_decorator(refusing_unknown_query_parameters, mode="operation")

    def get_openapi_schema(self, **kwargs):
        """The document ninja writes, plus the refusals every operation can answer in the error format.

        Ninja documents what each operation declares; the answers given before an operation runs
        (no token, a body that is not JSON, too large or of another type, a value of the wrong
        type, a query parameter the operation does not declare) come from the API as a whole and are
        added here so clients and fuzzers can rely on them.
        """
        schema = super().get_openapi_schema(**kwargs)
        error = {"description": "Error", "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/ErrorOut"}}}}
        for operations in schema["paths"].values():
            for operation in operations.values():
                answers = operation.setdefault("responses", {})
                refusals = [401, 422] if operation.get("security") else [422]
                if operation.get("requestBody"):
                    refusals += [400, 413, 415]
                for status in refusals:
                    if status not in answers and str(status) not in answers:
                        answers[status] = error
        return schema

    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        patterns = [self._answering_json(pattern) for pattern in self._keeping_answers(patterns)]
        return [*patterns, re_path(r"^", csrf_exempt(self._unknown_path))], app_name, namespace

    def _keeping_answers(self, patterns: list[URLPattern]) -> list[URLPattern]:
        """Wrap every pattern of a path that carries an idempotent operation.

        Ninja makes one pattern per operation, but the first pattern of a path answers every method
        of it, so the wrapping goes on all of them and acts on POST only.
        """
        kept_routes = {str(p.pattern) for p in patterns if p.name in self.idempotent_operations}
        keeping = idempotent(caller_of=_bearer_of, refuse=functools.partial(_refuse_key, self))
        return [
            URLPattern(p.pattern, keeping(p.callback), p.default_args, p.name) if str(p.pattern) in kept_routes else p
            for p in patterns
        ]

    def _unknown_path(self, request, *args, **kwargs):
        return error_answer(self, request, 404)

    def _answering_json(self, pattern: URLPattern) -> URLPattern:
        view = pattern.callback

        @functools.wraps(view)
        def answering_json(request, *args, **kwargs):
            if _carries_unreadable_body(request):
                return self.create_response(request, error_body(
                    "unsupported_media_type", _("Send the body as application/json."), "Content-Type"), status=415)
            try:
                response = view(request, *args, **kwargs)
            except Http404:
                return error_answer(self, request, 404)
            if response.status_code == 405 and not response.get("Content-Type", "").startswith("application/json"):
                refusal = error_answer(self, request, 405)
                refusal["Allow"] = response["Allow"]
                return refusal
            return response

        return URLPattern(pattern.pattern, answering_json, pattern.default_args, pattern.name)
