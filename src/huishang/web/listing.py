"""A list people work from: sorted by its columns, filtered, paged, and its last filter remembered.

A view names the columns a reader may sort by and gives the queryset its selectors return (already confined
to the reader's jurisdiction and filtered by the view's form); the listing only orders and pages it:

    listing = Listing(request, "matters", columns={"number": ("number",), "deadline": ("due",)})
    if listing.redirect:
        return listing.redirect           # a bare open goes back to the last filter, or "clear" forgets it
    page = listing.page(filter_matters(visible_matters(request.user), **form.filters()))

``sort=<column>`` orders by that column, ``sort=-<column>`` the other way; a key not in ``columns`` is
ignored and the queryset keeps its own order. Every order ends with the primary key, so rows that tie on the
column keep one order from page to page. The template shows the headers with web/_sort_header.html and the
pages with web/_pagination.html.
"""

from dataclasses import dataclass
from functools import cached_property

from django.core.paginator import Page, Paginator
from django.db.models import F, QuerySet
from django.shortcuts import redirect

SORT = "sort"
PAGE = "page"
# The link that forgets the remembered filter: /matters/?clear=1.
CLEAR = "clear"
# Where the last query string of each list is kept in the session: {list name: query string}.
SESSION_KEY = "web.listing"
PAGE_SIZE = 20


@dataclass(frozen=True)
class Header:
    """A sortable column's header: the link that sorts by it (or turns the order round) and its aria-sort."""

    url: str
    aria_sort: str  # "ascending", "descending", or "" for a column the list is not sorted by


class Listing:
    def __init__(self, request, name: str, *, columns: dict[str, tuple], default: str = "",
                 page_size: int = PAGE_SIZE):
        """``columns``: sort key → the fields (or expressions) it orders by, ascending; ``default``: the key
        (with "-" for descending) that describes the queryset's own order, marked on its header only."""
        self.request = request
        self.name = name
        self.columns = columns
        self.page_size = page_size
        self.redirect = self._remembered_or_cleared()
        asked = request.GET.get(SORT, "")
        self.sort = asked if asked.lstrip("-") in columns else ""
        self.shown_sort = self.sort or default
        if not self.redirect and request.GET:
            self._remember()

    # The session: one query string per list, so each list comes back as its reader left it.

    def _remembered_or_cleared(self):
        kept = self.request.session.get(SESSION_KEY, {})
        if CLEAR in self.request.GET:
            if self.name in kept:
                kept = dict(kept)
                del kept[self.name]
                self.request.session[SESSION_KEY] = kept
            return redirect(self.request.path)
        if not self.request.GET and kept.get(self.name):
            return redirect(f"{self.request.path}?{kept[self.name]}")
        return None

    def _remember(self):
        query = self.request.GET.copy()
        query.pop(PAGE, None)
        # A filter form sends its empty fields too; only what narrows or orders the list is worth keeping.
        for key in list(query):
            values = [value for value in query.getlist(key) if value]
            if values:
                query.setlist(key, values)
            else:
                del query[key]
        kept = dict(self.request.session.get(SESSION_KEY, {}))
        if query:
            kept[self.name] = query.urlencode()
        else:
            kept.pop(self.name, None)
        self.request.session[SESSION_KEY] = kept

    @property
    def remembered(self) -> bool:
        """Whether the list shows a filter or sort the session keeps (the page then offers to clear it)."""
        return bool(self.request.session.get(SESSION_KEY, {}).get(self.name))

    @property
    def clear_url(self) -> str:
        return f"{self.request.path}?{CLEAR}=1"

    # Order and pages.

    def ordered(self, queryset: QuerySet) -> QuerySet:
        """The queryset in the order asked for, ties broken by the primary key; as it came when none was."""
        if not self.sort:
            return queryset
        descending = self.sort.startswith("-")
        fields = self.columns[self.sort.lstrip("-")]
        order = [_direction(field, descending) for field in fields]
        return queryset.order_by(*order, "-pk" if descending else "pk")

    def page(self, queryset: QuerySet) -> Page:
        return Paginator(self.ordered(queryset), self.page_size).get_page(self.request.GET.get(PAGE))

    @cached_property
    def headers(self) -> dict[str, Header]:
        """Each sortable column's header; a column sorted one way links to the other way."""
        headers = {}
        for key in self.columns:
            aria = ""
            if self.shown_sort == key:
                aria, next_sort = "ascending", f"-{key}"
            elif self.shown_sort == f"-{key}":
                aria, next_sort = "descending", key
            else:
                next_sort = key
            query = self.request.GET.copy()
            query.pop(PAGE, None)
            query[SORT] = next_sort
            headers[key] = Header(url=f"?{query.urlencode()}", aria_sort=aria)
        return headers


def _direction(field, descending: bool):
    """A field name or expression, ascending or descending, with empty values last either way."""
    expression = F(field) if isinstance(field, str) else field
    return expression.desc(nulls_last=True) if descending else expression.asc(nulls_last=True)
