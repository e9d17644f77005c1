"""Counting the queries one request makes, to show that a list costs the same whatever its length."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.api.client import ApiClient

FEW, MANY = 5, 50


def queries_of(client: Client | ApiClient, path: str, **query) -> tuple[int, object]:
    """The number of queries a GET of ``path`` ran, and its response (which must be a success)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **query) if isinstance(client, ApiClient) else client.get(path, query)
    assert response.status_code == 200, (path, response.status_code, response.content[:500])
    return len(captured), response


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client
