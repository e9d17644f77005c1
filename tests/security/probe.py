"""One request to one route as one role, classified as allowed, refused or something else."""

import datetime
import json
import re

from django.conf import settings
from django.db import transaction
from django.test import Client
from django.urls import reverse

from huishang.api.tokens import issue_token

ALLOWED, JUDGED, REFUSED, NO_SUCH_METHOD, FAILED = "allowed", "judged", "refused", "no such method", "failed"
LOGIN_PAGES = ("/login/", "/admin/login/", "/account/two-factor/")


class Visitor:
    """A role's way in: a signed-in browser session for pages and a bearer token for the API."""

    def __init__(self, role: str, user=None):
        self.role = role
        self.user = user
        self.browser = Client()
        self.api_headers = {}
        if user is not None:
            self.browser.force_login(user)
            key, _token = issue_token(user)
            self.api_headers = {"Authorization": f"Bearer {key}"}

    def request(self, method: str, url: str, *, api: bool, body=None):
        """The answer to ``method url``; whatever it writes is rolled back, so probes do not interfere."""
        with transaction.atomic():
            if api:
                send = getattr(Client(), method.lower())
                if method == "GET":
                    response = send(url, headers=self.api_headers)
                else:
                    response = send(url, json.dumps(body if body is not None else {}), content_type="application/json",
                                    headers=self.api_headers)
            else:
                response = getattr(self.browser, method.lower())(url)
            transaction.set_rollback(True)
        session = self.browser.cookies.get(settings.SESSION_COOKIE_NAME)
        if self.user is not None and (session is None or not session.value):
            self.browser.force_login(self.user)  # the probe of a logout page signed the browser out
        return response


def outcome(response) -> str:
    status = response.status_code
    if status >= 500:
        return FAILED
    if status in (401, 403, 404):
        return REFUSED
    if status == 405:
        return NO_SUCH_METHOD
    if 300 <= status < 400:
        target = response.get("Location", "")
        return REFUSED if any(page in target for page in LOGIN_PAGES) else ALLOWED
    if status >= 400:
        # 400/409/422/429: answered on the content or the state; whether the role would have been let
        # in with other content is not shown, so both an allowed and a refused role may see this.
        return JUDGED
    return ALLOWED


def page_url(route, arguments: dict) -> str:
    if route.key != route.pattern:
        return reverse(route.key, kwargs=arguments or None)
    url = route.pattern
    for name, value in arguments.items():
        url = re.sub(r"<(?:\w+:)?" + name + r">|\(\?P<" + name + r">[^)]*\)", str(value), url)
    # The API's catch-all answers a path nothing else answers.
    url = url[:-1] + "nothing-here" if url.endswith("^") else url
    return "/" + url.replace("^", "").replace("$", "")


def operation_url(route, arguments: dict) -> str:
    url = route.pattern
    for name, value in arguments.items():
        url = url.replace("{" + name + "}", str(value))
    return url


def example_body(operation: dict, schema: dict):
    """A body that passes the operation's declared schema, so the view itself decides who may act.

    Without one, ninja refuses an empty body with 422 before the view's permission check runs,
    and a refused role would look let in.
    """
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return None
    return _example(content["application/json"]["schema"], schema)


def _example(node: dict, schema: dict):
    if "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    for combined in ("anyOf", "oneOf", "allOf"):
        if combined in node:
            choices = [choice for choice in node[combined] if choice.get("type") != "null"]
            return _example(choices[0], schema) if choices else None
    if "enum" in node:
        return node["enum"][0]
    if "default" in node and node["default"] is not None:
        return node["default"]
    kind = node.get("type")
    if kind == "object":
        return {name: _example(field, schema) for name, field in node.get("properties", {}).items()
                if name in node.get("required", [])}
    if kind == "array":
        return []
    if kind == "integer":
        return max(node.get("minimum", 1), 1)
    if kind == "number":
        return max(node.get("minimum", 1), 1)
    if kind == "boolean":
        return True
    if node.get("format") == "date":
        return (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    if node.get("format") == "date-time":
        return datetime.datetime.now(datetime.timezone.utc).isoformat()
    return "访问控制测试"[: node.get("maxLength", 64)] if node.get("minLength", 1) <= 6 else "x" * node["minLength"]
