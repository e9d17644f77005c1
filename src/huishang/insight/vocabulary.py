"""The deployment's own names (units, enterprises, regions), taught to the segmenter so that a query
for a unit's or a place's name finds it as one word."""

from django.db import connection
from django.db.models import F

from huishang.directory.models import Organization, Region
from huishang.insight import text as chinese
from huishang.insight.models import NamesVersion

_signature = None


def deployment_names() -> set[str]:
    names = set()
    for name, short_name in Organization.objects.values_list("name", "short_name"):
        names.update(n for n in (name, short_name) if n)
    names.update(Region.objects.values_list("name", flat=True))
    return names


def _current_signature() -> tuple:
    """The names' version and the highest ids of organisations and regions, in one query of index lookups: it
    runs on every write to the search index."""
    quote = connection.ops.quote_name
    highest = ", ".join(f"(SELECT MAX({quote('id')}) FROM {quote(model._meta.db_table)})" for model in (Organization, Region))
    version = f"(SELECT {quote('number')} FROM {quote(NamesVersion._meta.db_table)} WHERE {quote('id')} = 1)"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {version}, {highest}")
        return tuple(cursor.fetchone())


def count_a_change(**_signal) -> None:
    """A name was added, changed or removed: every process reloads the names before its next index write."""
    changed = NamesVersion.objects.filter(pk=1).update(number=F("number") + 1)
    if not changed:
        NamesVersion.objects.get_or_create(pk=1, defaults={"number": 1})


def refresh_names() -> None:
    """Load the names into the segmenter when organisations or regions were added or removed since."""
    global _signature
    signature = _current_signature()
    if signature != _signature:
        chinese.use_names(deployment_names())
        _signature = signature
