"""The matters table carries no index that a composite index already covers: every index costs a write on
each create and change of state (bench/README.md), so one that serves no lookup of its own is dropped."""

import pytest
from django.db import connection

from huishang.cases.models import Matter

pytestmark = pytest.mark.django_db


def _indexes() -> dict[str, list[str]]:
    """Name -> columns of each non-unique index on the matters table, as the database reports them."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Matter._meta.db_table)
    return {name: info["columns"] for name, info in constraints.items()
            if info["index"] and not info["unique"] and not info["primary_key"]}


def test_no_single_column_index_repeats_the_first_column_of_a_composite_index():
    indexes = _indexes()
    leading = {columns[0] for columns in indexes.values() if len(columns) > 1}
    repeated = {name: columns for name, columns in indexes.items() if len(columns) == 1 and columns[0] in leading}
    assert repeated == {}
    assert {"state", "region_id", "category_id", "lead_unit_id"} <= leading, "the composites are still there"


def test_the_filters_and_orders_of_the_lists_each_keep_an_index():
    # Each list filter's index also yields the newest-first order; (state, due) serves the deadline order.
    expected = [["state", "submitted_at"], ["region_id", "submitted_at"], ["category_id", "submitted_at"],
                ["lead_unit_id", "state", "submitted_at"], ["state", "due"]]
    columns = list(_indexes().values())
    assert [wanted for wanted in expected if wanted not in columns] == []
