"""One checked list: who looks, at which address, and how rows are added."""

import json
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Callable

from django.urls import resolve

from tests.api.client import BASE, as_user
from tests.scale.counting import readable_text, signed_in


@dataclass
class ListCase:
    name: str
    # The address, or for a list inside one record (a meeting's agenda), how to write it for the world's record.
    path: str | Callable[[SimpleNamespace], str]
    make_world: Callable[[], SimpleNamespace]
    add_rows: Callable[[SimpleNamespace, int], None]
    api: bool
    query: dict = field(default_factory=dict)
    # Module constants that cap a web page's length: raised so that all rows are on the page.
    page_size_constants: tuple = ()
    # The route the case covers: the URL name of a page, the OpenAPI path of an endpoint. Written out
    # when the path has an id in it; otherwise read from the path.
    route: str = ""
    # How many rows the list shows at most, when it shows the best few (a matcher's top 20).
    limit: int | None = None
    # Rows that cannot be added to a finished record (a published result): each size gets a world of its own.
    separate_worlds: bool = False
    # Who asks, when it is not the world's viewer signed in: a member of the public with a code, say.
    client_of: Callable[[SimpleNamespace], object] | None = None

    def __post_init__(self):
        if not self.route:
            self.route = BASE + self.path if self.api else resolve(self.path).view_name

    def address(self, world) -> str:
        return self.path(world) if callable(self.path) else self.path

    def client(self, world):
        if self.client_of:
            return self.client_of(world)
        return as_user(world.viewer) if self.api else signed_in(world.viewer)

    def expected(self, rows: int) -> int:
        return min(rows, self.limit) if self.limit else rows

    def shown(self, response, world) -> int:
        """How many of the rows the world added the response lists."""
        page = readable_text(response)
        # Figures handed to charts are in a json_script, which writes Chinese as \u escapes.
        return sum(name in page or json.dumps(name)[1:-1] in page for name in world.names)


def api_case(name, path, make_world, add_rows, **options) -> ListCase:
    return ListCase(name=f"api {name}", path=path, make_world=make_world, add_rows=add_rows, api=True, **options)


def web_case(name, path, make_world, add_rows, **options) -> ListCase:
    return ListCase(name=f"web {name}", path=path, make_world=make_world, add_rows=add_rows, api=False, **options)
