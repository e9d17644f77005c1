"""Every route the application answers: the URL patterns of the resolver and the API's operations."""

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

from huishang.api.urls import api
from tests.security.probe import example_body

API_PREFIX = "api/v1/"


@dataclass(frozen=True)
class Route:
    key: str  # the URL name ("web:matter-list") or, for an API operation, "POST /api/v1/matters/{key}"
    pattern: str  # the path pattern with Django's or OpenAPI's placeholders
    parameters: tuple[str, ...]
    methods: tuple[str, ...]  # for API operations the one method; for a page, what it is probed with
    body: object = None  # for API operations, a body valid by the OpenAPI document


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace) if part)
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            pattern = prefix + str(entry.pattern)
            # An unnamed pattern (admin's redirects and catch-alls, the API's fallback) is known by its pattern.
            name = (f"{namespace}:{entry.name}" if namespace else entry.name) if entry.name else pattern
            yield pattern, name, entry


def _parameters(pattern: str) -> tuple[str, ...]:
    return tuple(a or b for a, b in re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", pattern))


def _is_operation(entry: URLPattern) -> bool:
    # Ninja answers each path of operations with one generated view; everything else is a plain view.
    return getattr(entry.callback, "__name__", "") == "sync_view_wrapper"


def api_operations() -> list[Route]:
    schema = api.get_openapi_schema()
    return [
        Route(f"{method.upper()} {path}", path, tuple(re.findall(r"{(\w+)}", path)), (method.upper(),),
              example_body(operation, schema))
        for path, operations in schema["paths"].items() for method, operation in operations.items()
    ]


def operation_paths_in_resolver() -> set[str]:
    """The API paths the resolver answers with operations, written as the OpenAPI document writes them."""
    return {
        "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", pattern)
        for pattern, _name, entry in _walk(get_resolver().url_patterns) if _is_operation(entry)
    }


def pages() -> list[Route]:
    """Every URL pattern that is not an API operation (those are in api_operations)."""
    return [
        Route(name, pattern, _parameters(pattern), ("GET", "POST"))
        for pattern, name, entry in _walk(get_resolver().url_patterns) if not _is_operation(entry)
    ]
