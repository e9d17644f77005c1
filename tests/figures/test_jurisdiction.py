"""Figures of a region-scoped account default to its jurisdiction (管辖范围) and never leave it."""

import pytest

from huishang.core.errors import NotAllowed
from huishang.directory.models import Organization, Role
from huishang.figures.permissions import figures_scope_for
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def yongchuan():
    return f.region("500118", "永川区")


def test_a_region_scoped_readers_figures_default_to_its_jurisdiction():
    assert figures_scope_for(f.leader(scope=yongchuan())).region.code == "500118"
    assert figures_scope_for(f.office(scope=f.region())).region.code == "511000"


def test_an_office_placed_by_its_organisation_reads_that_organisations_region():
    office_org = Organization.objects.create(kind=Organization.Kind.UNIT, name="永川区政府办", region=yongchuan())
    office = f.user(Role.OFFICE, organization=office_org)
    assert figures_scope_for(office).region.code == "500118"


def test_a_region_inside_the_jurisdiction_may_be_asked_for():
    inside = f.district()
    assert figures_scope_for(f.office(), region=inside.code).region == inside


def test_a_region_of_another_jurisdiction_is_refused_naming_the_region():
    with pytest.raises(NotAllowed) as refused:
        figures_scope_for(f.office(), region=yongchuan().code)
    assert refused.value.field == "region"


def test_a_unit_of_another_jurisdiction_is_refused_naming_the_unit():
    elsewhere = f.unit(in_region=yongchuan())
    with pytest.raises(NotAllowed) as refused:
        figures_scope_for(f.office(), unit=elsewhere.pk)
    assert refused.value.field == "unit"
    assert figures_scope_for(f.office(), unit=f.unit().pk).unit is not None


def test_a_deployment_wide_reader_reads_every_region_and_may_narrow_to_any():
    admin = f.admin()
    assert figures_scope_for(admin).region is None
    assert figures_scope_for(admin, region=yongchuan().code).region.code == "500118"


def test_the_api_answers_403_naming_the_field_for_another_jurisdiction():
    yongchuan()
    reader = as_user(f.leader())
    refused = reader.get("/stats", region="500118")
    assert refused.status_code == 403
    assert refused.json()["field"] == "region"
    other_unit = f.unit(in_region=yongchuan())
    refused = reader.get("/stats", unit=other_unit.pk)
    assert refused.status_code == 403
    assert refused.json()["field"] == "unit"
