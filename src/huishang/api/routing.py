"""The API's URL patterns, made to answer unknown paths and wrong methods in the JSON error format.

Ninja handles errors raised inside an operation; a path that names no operation, the bare
/api/v1/ root and a method an operation does not take are answered before that, as HTML or plain
text. Wrapping the patterns keeps every answer under /api/v1/ in the one JSON format.
"""

import functools

from django.http import Http404
from django.urls import URLPattern, re_path
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI

from huishang.api.errors import error_answer


class HuishangAPI(NinjaAPI):
    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        patterns = [self._answering_json(pattern) for pattern in patterns]
        return [*patterns, re_path(r"^", csrf_exempt(self._unknown_path))], app_name, namespace

    def _unknown_path(self, request, *args, **kwargs):
        return error_answer(self, request, 404)

    def _answering_json(self, pattern: URLPattern) -> URLPattern:
        view = pattern.callback

        @functools.wraps(view)
        def answering_json(request, *args, **kwargs):
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
