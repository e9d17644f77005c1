"""The deployment's own names (units, enterprises, regions), taught to the segmenter so that a query
for a unit's or a place's name finds it as one word."""

from django.db import connection

from huishang.directory.models import Organization, Region
from huishang.insight import text as chinese

_signature = None


def deployment_names() -> set[str]:
    names = set()
    for name, short_name in Organization.objects.values_list("name", "short_name"):
        names.update(n for n in (name, short_name) if n)
    names.update(Region.objects.values_list("name", flat=True))
    return names


def _current_signature() -> tuple:
    """How many organisations and regions there are and their highest ids, in one query: it runs on
    every write to the search index."""
    quote = connection.ops.quote_name
    selects = ", ".join(f"(SELECT COUNT(*) FROM {table}), (SELECT MAX({quote('id')}) FROM {table})"
                        for table in (quote(Organization._meta.db_table), quote(Region._meta.db_table)))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {selects}")
        return tuple(cursor.fetchone())


def refresh_names() -> None:
    """Load the names into the segmenter when organisations or regions were added or removed since."""
    global _signature
    signature = _current_signature()
    if signature != _signature:
        chinese.use_names(deployment_names())
        _signature = signature
