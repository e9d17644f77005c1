"""Adding to the stored sums of a rollup's cells, whichever rollup: the SQL both databases share."""

from django.db import connection


def upsert_sql(model) -> str:
    """INSERT of one cell of ``model`` (its KEY, then its METRICS) that adds to the cell when it exists."""
    quote = connection.ops.quote_name
    key = [model._meta.get_field(name).column for name in model.KEY]
    columns = key + list(model.METRICS)
    updates = ", ".join(f"{quote(name)} = {quote(model._meta.db_table)}.{quote(name)} + excluded.{quote(name)}"
                        for name in model.METRICS)
    return (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))}) "
        f"ON CONFLICT ({', '.join(quote(c) for c in key)}) DO UPDATE SET {updates}"
    )
