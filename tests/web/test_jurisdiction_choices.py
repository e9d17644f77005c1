"""Forms and reference lists offer only the acting account's jurisdiction (directory.jurisdiction).

内江 and 永川 side by side, each served by the deployment, with a unit of the same short name in each
(区科技局 is ambiguous across places): a 内江 office is offered 内江's units only, and so on.
"""

import datetime
import re

import pytest

from huishang.meetings import services as meeting_services
from tests import factories
from tests.api.client import as_user
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    neijiang, shizhong, yongchuan = factories.two_served_places()
    units = {
        "neijiang": factories.unit("内江市科学技术局", in_region=neijiang),
        "yongchuan": factories.unit("重庆市永川区科学技术局", in_region=yongchuan),
    }
    return neijiang, shizhong, yongchuan, units


def _options(html: str, field: str) -> set[str]:
    select = re.search(rf'<select[^>]*name="[^"]*{field}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no {field} choice on the page"
    return {label.strip() for label in re.findall(r"<option[^>]*>([^<]*)</option>", select.group(1)) if label.strip()}


def test_the_assign_form_offers_only_the_units_of_the_matters_place(places):
    neijiang, shizhong, _yongchuan, units = places
    office = factories.office(scope=neijiang)
    matter = factories.accepted_matter(by_office=office, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=shizhong)))
    page = signed_in(office).get(f"/matters/{matter.number}/").content.decode()
    offered = _options(page, "assign-lead_unit")
    assert units["neijiang"].name in " ".join(offered)
    assert units["yongchuan"].name not in " ".join(offered)


def test_an_administrators_assign_form_offers_the_matters_place_not_every_place(places):
    neijiang, shizhong, _yongchuan, units = places
    admin = factories.admin()
    matter = factories.accepted_matter(by_office=admin, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=shizhong)))
    page = signed_in(admin).get(f"/matters/{matter.number}/").content.decode()
    offered = " ".join(_options(page, "assign-lead_unit"))
    assert units["neijiang"].name in offered and units["yongchuan"].name not in offered


def test_the_new_matter_form_offers_only_the_offices_own_regions(places):
    _neijiang, _shizhong, yongchuan, _units = places
    page = signed_in(factories.office(scope=yongchuan)).get("/matters/new/").content.decode()
    offered = " ".join(_options(page, "region"))
    assert "永川区" in offered
    assert "内江市" not in offered and "市中区" not in offered and "四川省" not in offered


def test_the_meeting_form_offers_only_leaders_of_the_organisers_place(places):
    neijiang, _shizhong, yongchuan, _units = places
    own, other = factories.leader(scope=neijiang), factories.leader(scope=yongchuan)
    page = signed_in(factories.office(scope=neijiang)).get("/meetings/new/").content.decode()
    offered = _options(page, "chair")
    assert own.get_full_name() in offered and other.get_full_name() not in offered


def test_a_meetings_decision_form_offers_only_the_units_of_its_place(places):
    neijiang, shizhong, _yongchuan, units = places
    office = factories.office(scope=neijiang)
    meeting = meeting_services.create_meeting(by=office, held_on=datetime.date.today())
    matter = factories.accepted_matter(by_office=office, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=shizhong)))
    meeting_services.add_to_agenda(meeting, matter, by=office)
    page = signed_in(office).get(f"/meetings/{meeting.pk}/").content.decode()
    offered = " ".join(_options(page, "lead_unit"))
    assert units["neijiang"].name in offered and units["yongchuan"].name not in offered


def test_the_units_api_lists_only_the_callers_jurisdiction(places):
    _neijiang, _shizhong, yongchuan, units = places
    listed = {unit["name"] for unit in as_user(factories.office(scope=yongchuan)).get("/units").json()}
    assert listed == {units["yongchuan"].name}


def test_an_enterprise_sees_the_units_of_the_city_above_its_district(places):
    _neijiang, shizhong, _yongchuan, units = places
    contact = factories.enterprise_contact(of=factories.enterprise(in_region=shizhong))
    listed = {unit["name"] for unit in as_user(contact).get("/units").json()}
    assert listed == {units["neijiang"].name}
