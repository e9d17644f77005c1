"""A ledger (台账) import stays in the importer's jurisdiction (管辖范围): a row naming an enterprise or a unit
outside it is refused by row and column, and a name two places share means the importer's own."""

import pytest

from huishang.cases.models import Matter
from huishang.directory.models import Organization, Region
from huishang.ledgers.services import import_matters
from tests import factories as f
from tests.ledgers.sheets import in_days, sheet

pytestmark = pytest.mark.django_db


def yongchuan():
    return f.region("500118", "永川区")


def district_unit(name, short_name, region):
    return Organization.objects.create(kind=Organization.Kind.UNIT, name=name, short_name=short_name, region=region)


@pytest.fixture
def two_places():
    f.category("other", "其他")
    return {
        "neijiang": (f.enterprise("内江测试机械有限公司"), district_unit("内江市东兴区科技局", "区科技局", f.district())),
        "yongchuan": (f.enterprise("重庆永川测试模具有限公司", in_region=yongchuan()),
                      district_unit("重庆市永川区科技局", "区科技局", yongchuan())),
    }


def test_rows_of_the_importers_own_jurisdiction_are_imported(two_places):
    enterprise, unit = two_places["neijiang"]
    report = import_matters(sheet([[1, enterprise.name, "技工招聘难", unit.name, in_days(30)]]), by=f.office())
    assert not report.refused and len(report.imported) == 1


def test_a_row_naming_an_enterprise_of_another_jurisdiction_is_refused_by_row_and_column(two_places):
    ours, theirs = two_places["neijiang"][0], two_places["yongchuan"][0]
    report = import_matters(sheet([[1, ours.name, "技工招聘难", None, None], [2, theirs.name, "用电成本高", None, None]]),
                            by=f.office())
    assert report.refused and not Matter.objects.exists()
    assert [(error.row, error.column) for error in report.errors] == [(3, "企业名称")]
    assert theirs.name in str(report.errors[0])


def test_a_row_naming_a_unit_of_another_jurisdiction_is_refused_by_row_and_column(two_places):
    ours, theirs_unit = two_places["neijiang"][0], two_places["yongchuan"][1]
    report = import_matters(sheet([[1, ours.name, "技工招聘难", theirs_unit.name, in_days(30)]]), by=f.office())
    assert report.refused and not Matter.objects.exists()
    assert [(error.row, error.column) for error in report.errors] == [(2, "责任单位")]


def test_a_unit_name_two_places_share_means_the_importers_own_unit(two_places):
    for place, office in (("neijiang", f.office()), ("yongchuan", f.office(scope=yongchuan()))):
        enterprise, unit = two_places[place]
        report = import_matters(sheet([[1, enterprise.name, f"{place}的问题", "区科技局", in_days(30)]]), by=office)
        assert not report.refused, report.errors
        assert Matter.objects.get(description=f"{place}的问题").lead_unit == unit


def test_a_deployment_wide_importer_imports_only_into_the_served_regions(two_places):
    Region.objects.filter(code="511000").update(served=True)
    ours, theirs = two_places["neijiang"][0], two_places["yongchuan"][0]
    report = import_matters(sheet([[1, ours.name, "技工招聘难", None, None], [2, theirs.name, "用电成本高", None, None]]),
                            by=f.admin())
    assert [(error.row, error.column) for error in report.errors] == [(3, "企业名称")]
