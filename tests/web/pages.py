"""Helpers for the web tests: signing in and reading what a page shows."""

import re

from django.test import Client


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def text_of(response) -> str:
    """The page's visible words, tags removed and whitespace folded: what a person reads."""
    return _visible_text(response.content.decode())


def section_of(response, key: str) -> str:
    """The visible text of the workbench panel marked ``data-section="key"``."""
    html = response.content.decode()
    start = html.index(f'data-section="{key}"')
    return _visible_text(html[start:html.index("</section>", start)])
