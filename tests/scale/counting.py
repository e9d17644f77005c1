"""Counting the queries one request makes, to show that a list costs the same whatever its length."""

import io
import json
import re
import zipfile

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from tests.api.client import ApiClient

FEW, MANY = 5, 50


def queries_of(client: Client | ApiClient, path: str, **query) -> tuple[int, object]:
    """The number of queries a GET of ``path`` ran, and its response (which must be a success)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **query) if isinstance(client, ApiClient) else client.get(path, query)
        if response.streaming:
            # A streamed body reads its rows while it is sent: those queries count too.
            response.streamed_text = b"".join(response.streaming_content).decode()
    assert response.status_code == 200, (path, response.status_code, response.content[:500])
    return len(captured), response


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def readable_text(response) -> str:
    """The text a reader of the response sees: JSON, a page, or every cell of a workbook."""
    if hasattr(response, "streamed_text"):
        return response.streamed_text
    kind = response.get("Content-Type", "")
    if "spreadsheetml" in kind:
        book = load_workbook(io.BytesIO(response.content), read_only=True)
        return "\n".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row)
    if "wordprocessingml" in kind:
        with zipfile.ZipFile(io.BytesIO(response.content)) as document:
            return re.sub(r"<[^>]+>", "", document.read("word/document.xml").decode())
    if "json" in kind:
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()
