"""Calling the API the way a client does: JSON in, JSON out, a bearer token in the header."""

import json

from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import PASSWORD, one_time_code

BASE = "/api/v1"


class ApiClient:
    """A Django test client that speaks JSON to /api/v1 and carries one user's token."""

    def __init__(self, token: str | None = None, language: str | None = None):
        self.client = Client()
        self.token = token
        self.language = language

    def call(self, method: str, path: str, body=None, **query):
        headers = {}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if self.language:
            headers["Accept-Language"] = self.language
        send = getattr(self.client, method.lower())
        if method.upper() == "GET":
            return send(BASE + path, query, headers=headers)
        data = body if isinstance(body, (str, bytes)) else json.dumps(body if body is not None else {})
        return send(BASE + path, data, content_type="application/json", headers=headers)

    def get(self, path, **query):
        return self.call("GET", path, **query)

    def post(self, path, body=None):
        return self.call("POST", path, body)

    def delete(self, path):
        return self.call("DELETE", path)


def token_of(user, password: str = PASSWORD) -> str:
    credentials = {"username": user.username, "password": password}
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        credentials["otp"] = one_time_code(user)
    response = ApiClient().post("/auth/token", credentials)
    assert response.status_code == 200, response.content
    return response.json()["token"]


def as_user(user, language: str | None = None) -> ApiClient:
    """A client logged in through POST /auth/token, as a real client would be."""
    return ApiClient(token_of(user), language=language)
