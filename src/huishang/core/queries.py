"""Small helpers for the queries every request makes."""

from django.db.models import Model, QuerySet


def unique_or_none(rows: QuerySet) -> Model | None:
    """The row a lookup by a unique key finds, or None.

    ``first()`` orders by the model's default ordering before taking one row, and compiling that
    ORDER BY costs as much as the rest of the query (the matter a change is made to, read through a
    user's visibility, was a tenth of the request). A unique key needs no order.
    """
    try:
        return rows.get()
    except rows.model.DoesNotExist:
        return None
