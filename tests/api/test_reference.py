import pytest

from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def test_categories_list_code_and_name_in_order():
    f.category("finance", "融资")
    f.category("talent", "用工人才")
    categories = as_user(f.enterprise_contact()).get("/categories").json()
    assert {"code": "talent", "name": "用工人才"} in categories
    assert {"code": "finance", "name": "融资"} in categories


def test_units_list_only_responsible_units():
    unit = f.unit("区人力资源和社会保障局")
    f.enterprise()
    units = as_user(f.office()).get("/units").json()
    assert units == [{"id": unit.pk, "name": unit.name, "region": {"code": unit.region.code, "name": unit.region.name}}]
