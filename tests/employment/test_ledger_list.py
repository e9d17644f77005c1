"""The household ledger list: sorted by number, community or members, filtered, paged by thirty, the last
filter remembered; a region-scoped account sees its own households however it sorts."""

import re

import pytest

from huishang.employment import ledger
from tests import factories as f
from tests.employment import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def household(staff, number, *, community="南文营社区", members=1, status="employed", region=None):
    record = ledger.record_household(by=staff, number=number, region=region or staff.region, community=community)
    for _ in range(members):
        ledger.add_member(by=staff, household=record, name="钟爱敏", id_number=m.id_number(), phone="13800138000",
                          status=status)
    return record


def numbers_in_order(response) -> list[str]:
    return re.findall(r"\bH-\d+\b", text_of(response))


def test_the_ledger_sorts_by_community_and_by_members_both_ways():
    staff = m.staff_of(m.station())
    household(staff, "H-1", community="一村", members=3)
    household(staff, "H-2", community="三村", members=1)
    household(staff, "H-3", community="二村", members=2)
    client = signed_in(staff)
    assert numbers_in_order(client.get("/employment/ledger/")) == ["H-1", "H-2", "H-3"]  # by number
    assert numbers_in_order(client.get("/employment/ledger/", {"sort": "-number"})) == ["H-3", "H-2", "H-1"]
    assert numbers_in_order(client.get("/employment/ledger/", {"sort": "members"})) == ["H-2", "H-3", "H-1"]
    assert numbers_in_order(client.get("/employment/ledger/", {"sort": "-members"})) == ["H-1", "H-3", "H-2"]
    # 一 (U+4E00), 三 (U+4E09), 二 (U+4E8C): by the characters' code, as the database compares them.
    by_community = client.get("/employment/ledger/", {"sort": "community"})
    assert numbers_in_order(by_community) == ["H-1", "H-2", "H-3"]
    assert 'aria-sort="ascending"' in by_community.content.decode()
    assert numbers_in_order(client.get("/employment/ledger/", {"sort": "-community"})) == ["H-3", "H-2", "H-1"]
    assert numbers_in_order(client.get("/employment/ledger/", {"sort": "address"})) == ["H-1", "H-2", "H-3"]


def test_the_ledger_filters_pages_and_remembers_the_last_filter():
    staff = m.staff_of(m.station())
    for n in range(31):
        household(staff, f"H-{n + 10}", status="employed")
    household(staff, "H-99", status="unemployed")
    client = signed_in(staff)
    assert numbers_in_order(client.get("/employment/ledger/", {"status": "unemployed"})) == ["H-99"]
    first = client.get("/employment/ledger/", {"status": "employed", "sort": "-number"})
    assert len(numbers_in_order(first)) == 30 and "第 1 页，共 2 页" in text_of(first)
    assert numbers_in_order(client.get("/employment/ledger/", {"status": "employed", "sort": "-number", "page": 2})) == [
        "H-10"]
    bare = client.get("/employment/ledger/")
    assert bare.status_code == 302 and bare["Location"] == "/employment/ledger/?status=employed&sort=-number"
    assert client.get("/employment/ledger/", {"clear": "1"})["Location"] == "/employment/ledger/"
    assert len(numbers_in_order(client.get("/employment/ledger/"))) == 30


def test_a_region_scoped_office_sorting_the_ledger_sees_only_its_own_households():
    xiongan, neijiang = m.station(), m.station(in_region=f.region("511000", "内江市"))
    household(m.staff_of(xiongan), "H-1")
    household(m.staff_of(neijiang), "H-2")
    client = signed_in(f.office(scope=neijiang.region))
    for query in ({"sort": "number"}, {"sort": "-members"}, {"sort": "community", "status": "employed"}):
        assert numbers_in_order(client.get("/employment/ledger/", query)) == ["H-2"], query
