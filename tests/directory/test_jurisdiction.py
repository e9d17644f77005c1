"""管辖范围: an account governs its region's GB/T 2260 subtree, or the whole deployment, or nothing.

Each test builds a small world of its own: 四川省 › 内江市 › 东兴区 › 西林街道 (a 9-digit street code),
a sibling district (市中区), another city of the same province (成都市), and another province's district
(重庆市 › 永川区).
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import AnonymousUser

from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import (
    EVERYWHERE, NOWHERE, Jurisdiction, ancestors_of, full_name, jurisdiction_of, served_regions,
)
from huishang.directory.models import Organization, Region, Role, User
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    sichuan = f.region("510000", "四川省")
    neijiang = f.region("511000", "内江市", sichuan)
    dongxing = f.region("511011", "东兴区", neijiang)
    xilin = f.region("511011001", "西林街道", dongxing)
    shizhong = f.region("511002", "市中区", neijiang)
    chengdu = f.region("510100", "成都市", sichuan)
    chongqing = f.region("500000", "重庆市")
    yongchuan = f.region("500118", "永川区", chongqing)
    return SimpleNamespace(sichuan=sichuan, neijiang=neijiang, dongxing=dongxing, xilin=xilin, shizhong=shizhong,
                           chengdu=chengdu, chongqing=chongqing, yongchuan=yongchuan)


def _placed(places) -> dict[str, Organization]:
    """One enterprise in each place, named by the place, to read back through ``within``/``reaching``."""
    return {name: f.enterprise(f"{region.name}企业", in_region=region) for name, region in vars(places).items()}


def _read(jurisdiction, condition_name="within") -> set[str]:
    condition = getattr(jurisdiction, condition_name)("region")
    return {organization.region.code for organization in Organization.objects.filter(condition)}


# --- whose jurisdiction is what ---------------------------------------------------------------------------
def test_an_account_placed_in_a_city_governs_the_city_its_districts_and_their_streets(places):
    _placed(places)
    city_office = jurisdiction_of(f.office(scope=places.neijiang))
    assert _read(city_office) == {"511000", "511011", "511011001", "511002"}


def test_an_account_placed_in_a_district_governs_its_streets_but_not_the_city_nor_a_sibling_district(places):
    _placed(places)
    district_office = jurisdiction_of(f.office(scope=places.dongxing))
    assert _read(district_office) == {"511011", "511011001"}


def test_an_account_placed_in_a_street_governs_that_street_only(places):
    _placed(places)
    assert _read(jurisdiction_of(f.office(scope=places.xilin))) == {"511011001"}


def test_a_province_governs_its_cities_but_not_another_province(places):
    _placed(places)
    assert _read(jurisdiction_of(f.office(scope=places.sichuan))) == {
        "510000", "511000", "511011", "511011001", "511002", "510100"}


def test_an_account_without_a_region_of_its_own_takes_its_organisations_region(places):
    handler = f.unit_handler(of=f.unit(in_region=places.yongchuan))
    assert jurisdiction_of(handler) == Jurisdiction(region=places.yongchuan)
    contact = f.enterprise_contact(of=f.enterprise(in_region=places.xilin))
    assert jurisdiction_of(contact) == Jurisdiction(region=places.xilin)


def test_an_accounts_own_region_comes_before_its_organisations(places):
    handler = f.user(Role.UNIT, organization=f.unit(in_region=places.neijiang), scope=places.dongxing)
    assert jurisdiction_of(handler).region == places.dongxing


@pytest.mark.parametrize("role", [Role.ADMIN, Role.AUDITOR])
def test_administrators_and_auditors_are_deployment_wide_even_when_given_a_region(places, role):
    _placed(places)
    jurisdiction = jurisdiction_of(f.user(role, scope=places.dongxing))
    assert jurisdiction.wide and jurisdiction == EVERYWHERE
    assert _read(jurisdiction) == {region.code for region in vars(places).values()}


def test_a_superuser_is_deployment_wide_whatever_its_role(places):
    account = f.user(Role.OFFICE, scope=places.dongxing)
    account.is_superuser = True
    assert jurisdiction_of(account) == EVERYWHERE


@pytest.mark.parametrize("role", [Role.OFFICE, Role.SUPERVISOR, Role.LEADER])
def test_office_supervision_and_leader_accounts_given_no_region_are_deployment_wide(places, role):
    assert jurisdiction_of(f.user(role)) == EVERYWHERE


@pytest.mark.parametrize("role", [Role.ENTERPRISE, Role.UNIT, Role.BUTLER, Role.UNION])
def test_other_accounts_placed_nowhere_govern_nothing(places, role):
    _placed(places)
    jurisdiction = jurisdiction_of(f.user(role))
    assert jurisdiction == NOWHERE and jurisdiction.nowhere
    assert _read(jurisdiction) == set() and _read(jurisdiction, "reaching") == set()
    assert not jurisdiction.covers(places.dongxing)
    assert not jurisdiction.regions().exists() and not jurisdiction.organizations().exists()


def test_signed_out_visitors_and_deactivated_accounts_govern_nothing(places):
    assert jurisdiction_of(AnonymousUser()) == NOWHERE
    assert jurisdiction_of(None) == NOWHERE
    gone = f.office(scope=places.neijiang)
    gone.is_active = False
    assert jurisdiction_of(gone) == NOWHERE


# --- reads that reach upwards -----------------------------------------------------------------------------
def test_a_city_wide_record_reaches_a_district_account_but_a_sibling_districts_does_not(places):
    _placed(places)
    district_office = jurisdiction_of(f.office(scope=places.dongxing))
    assert _read(district_office, "reaching") == {"510000", "511000", "511011", "511011001"}


def test_reaching_from_a_street_climbs_every_level_above_it(places):
    _placed(places)
    street = jurisdiction_of(f.office(scope=places.xilin))
    assert _read(street, "reaching") == {"510000", "511000", "511011", "511011001"}


def test_a_deployment_wide_account_reaches_every_row(places):
    _placed(places)
    assert _read(EVERYWHERE, "reaching") == {region.code for region in vars(places).values()}


def test_within_and_reaching_follow_a_field_through_relations(places):
    inside = f.unit_handler(of=f.unit(in_region=places.dongxing))
    outside = f.unit_handler(of=f.unit(in_region=places.yongchuan))
    city = Jurisdiction(region=places.neijiang)
    assert set(User.objects.filter(city.within("organization__region"))) == {inside}
    assert set(User.objects.filter(Jurisdiction(region=places.dongxing).reaching("organization__region"))) == {inside}


# --- where records may be placed --------------------------------------------------------------------------
def test_covers_takes_a_region_or_its_code_and_refuses_none(places):
    city = Jurisdiction(region=places.neijiang)
    assert city.covers(places.xilin) and city.covers("511011001") and city.covers("511000")
    assert not city.covers(places.chengdu) and not city.covers("500118") and not city.covers("510000")
    assert not city.covers(None)


def test_a_district_does_not_cover_its_city(places):
    district = Jurisdiction(region=places.dongxing)
    assert district.covers(places.xilin) and not district.covers(places.neijiang)
    assert not district.covers(places.shizhong)


def test_covers_organization_follows_the_organisations_region(places):
    city = Jurisdiction(region=places.neijiang)
    assert city.covers_organization(f.unit(in_region=places.dongxing))
    assert not city.covers_organization(f.unit(in_region=places.yongchuan))
    assert not city.covers_organization(None)


def test_with_no_region_marked_served_every_root_region_is_served(places):
    assert set(served_regions()) == {places.sichuan, places.chongqing}
    assert EVERYWHERE.covers(places.xilin) and EVERYWHERE.covers(places.yongchuan)


def test_the_regions_marked_served_are_the_only_ones_a_deployment_wide_account_places_records_in(places):
    Region.objects.filter(code__in=["511000", "500118"]).update(served=True)
    assert set(served_regions()) == {places.neijiang, places.yongchuan}
    assert EVERYWHERE.covers(places.xilin) and EVERYWHERE.covers("500118")
    assert not EVERYWHERE.covers(places.chengdu) and not EVERYWHERE.covers(places.sichuan)


def test_a_deployment_wide_account_reads_rows_outside_the_served_regions_but_does_not_place_there(places):
    _placed(places)
    Region.objects.filter(code="511000").update(served=True)
    assert "510100" in _read(EVERYWHERE)
    with pytest.raises(NotAllowed):
        EVERYWHERE.check(places.chengdu, field="region")


def test_check_refuses_a_region_outside_naming_the_field(places):
    district = Jurisdiction(region=places.dongxing)
    district.check(places.xilin, field="region")
    with pytest.raises(NotAllowed) as refused:
        district.check(places.shizhong, field="region")
    assert refused.value.field == "region" and refused.value.http_status == 403
    assert "市中区" in str(refused.value)
    with pytest.raises(NotAllowed) as refused:
        district.check(None, field="region")
    assert refused.value.field == "region"


def test_check_organization_refuses_an_organisation_outside_naming_the_field(places):
    city = Jurisdiction(region=places.neijiang)
    city.check_organization(f.unit(in_region=places.dongxing), field="lead_unit")
    with pytest.raises(NotAllowed) as refused:
        city.check_organization(f.unit("永川区科技局", in_region=places.yongchuan), field="lead_unit")
    assert refused.value.field == "lead_unit" and "永川区科技局" in str(refused.value)


def test_check_organization_leaves_an_optional_organisation_that_was_not_given_alone(places):
    Jurisdiction(region=places.neijiang).check_organization(None, field="enterprise")


def test_an_unplaced_account_may_place_nothing(places):
    with pytest.raises(NotAllowed):
        jurisdiction_of(f.user(Role.BUTLER)).check(places.neijiang, field="region")


# --- choices ----------------------------------------------------------------------------------------------
def test_the_region_choices_are_the_subtree_parents_before_children(places):
    assert [region.code for region in Jurisdiction(region=places.neijiang).regions()] == [
        "511000", "511002", "511011", "511011001"]
    assert [region.code for region in Jurisdiction(region=places.dongxing).regions()] == ["511011", "511011001"]


def test_a_deployment_wide_account_is_offered_the_served_regions_and_what_lies_inside(places):
    Region.objects.filter(code__in=["511000", "500118"]).update(served=True)
    assert [region.code for region in EVERYWHERE.regions()] == [
        "500118", "511000", "511002", "511011", "511011001"]


def test_the_organisation_choices_are_those_placed_inside_by_kind(places):
    our_unit, their_unit = f.unit(in_region=places.dongxing), f.unit(in_region=places.yongchuan)
    our_enterprise, their_enterprise = f.enterprise(in_region=places.xilin), f.enterprise(in_region=places.chengdu)
    city = Jurisdiction(region=places.neijiang)
    assert set(city.units()) == {our_unit}
    assert set(city.enterprises()) == {our_enterprise}
    assert set(city.organizations()) == {our_unit, our_enterprise}
    assert set(city.organizations(Organization.Kind.UNIT)) == {our_unit}
    assert set(EVERYWHERE.units()) == {our_unit, their_unit}  # nothing marked: every root is served
    Region.objects.filter(code="511000").update(served=True)
    assert set(EVERYWHERE.units()) == {our_unit} and set(EVERYWHERE.enterprises()) == {our_enterprise}


# --- names ------------------------------------------------------------------------------------------------
def test_a_regions_full_name_names_every_level_above_it(places):
    assert full_name(places.xilin) == "四川省 › 内江市 › 东兴区 › 西林街道"
    assert full_name(places.sichuan) == "四川省"


def test_ancestors_are_listed_nearest_first(places):
    assert ancestors_of(places.xilin) == [places.dongxing, places.neijiang, places.sichuan]
    assert ancestors_of(places.chongqing) == []
