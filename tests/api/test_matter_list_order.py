import datetime

import pytest

from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def _due_in(days: int) -> datetime.date:
    return datetime.date.today() + datetime.timedelta(days=days)


def test_sort_due_lists_the_earliest_deadline_first_and_matters_without_one_last():
    office = f.office()
    later = f.assigned_matter(due=_due_in(40), by_office=office)
    sooner = f.assigned_matter(due=_due_in(5), by_office=office)
    unassigned = f.matter()
    response = as_user(office).get("/matters?sort=due")
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [sooner.pk, later.pk, unassigned.pk]


def test_an_unknown_sort_is_refused_naming_the_field():
    response = as_user(f.office()).get("/matters?sort=title")
    assert response.status_code == 422
    assert "sort" in response.content.decode()


def test_the_region_filter_covers_the_regions_inside_it_and_nothing_else():
    office = f.office()
    city = f.region()
    inside = f.district(code="511011", name="东兴区")
    inside.parent = city
    inside.save()
    elsewhere = f.region(code="500000", name="重庆市")
    ours, theirs = f.matter(), f.matter()
    ours.region, theirs.region = inside, elsewhere
    ours.save(update_fields=["region"])
    theirs.save(update_fields=["region"])
    response = as_user(office).get(f"/matters?region={city.code}")
    assert [item["id"] for item in response.json()["items"]] == [ours.pk]
    assert as_user(office).get("/matters?region=999999").json()["count"] == 0
