"""The list of leads beside the board: sorted by its columns, filtered by stage, owner and staleness, paged
by twenty, the last filter remembered; only the leads of the reader's jurisdiction, however sorted."""

import datetime
import re

import pytest

from huishang.promotion import services
from tests import factories as f
from tests.promotion.leads import at, lead
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def names_in_order(response) -> list[str]:
    """The target enterprises, as the list's links name them (each project repeats its enterprise's name)."""
    return re.findall(r'<a href="/promotion/leads/\d+/">([^<]+)</a>', response.content.decode())


def three_leads():
    office = f.office()
    first = lead(office, name="企业二", day=datetime.date(2023, 3, 1), seats=50)
    second = lead(office, name="企业一", day=datetime.date(2023, 3, 5), seats=10)
    third = lead(office, name="企业三", day=datetime.date(2023, 3, 3), seats=30)
    with at(datetime.date(2023, 3, 6)):
        services.advance(third, by=office, to="negotiating")
    return office, first, second, third


def test_the_lead_list_sorts_by_activity_seats_enterprise_and_stage_both_ways():
    office, *_ = three_leads()
    client = signed_in(office)
    with at(datetime.date(2023, 3, 10)):
        newest = client.get("/promotion/leads/")
        assert names_in_order(newest) == ["企业三", "企业一", "企业二"]  # latest activity first
        assert 'aria-sort="descending"' in newest.content.decode()
        assert names_in_order(client.get("/promotion/leads/", {"sort": "seats"})) == ["企业一", "企业三", "企业二"]
        assert names_in_order(client.get("/promotion/leads/", {"sort": "-seats"})) == ["企业二", "企业三", "企业一"]
        # 一 (U+4E00), 三 (U+4E09), 二 (U+4E8C): by the characters' code, as the database compares them.
        assert names_in_order(client.get("/promotion/leads/", {"sort": "enterprise"})) == ["企业一", "企业三", "企业二"]
        assert names_in_order(client.get("/promotion/leads/", {"sort": "-stage"}))[0] == "企业三"  # negotiating
        assert names_in_order(client.get("/promotion/leads/", {"sort": "stage"}))[-1] == "企业三"
        assert names_in_order(client.get("/promotion/leads/", {"sort": "project"})) == ["企业三", "企业一", "企业二"]


def test_the_lead_list_filters_by_stage_owner_and_staleness():
    office, first, second, third = three_leads()
    colleague = f.office()
    lead(colleague, name="企业四", day=datetime.date(2023, 3, 9))
    client = signed_in(office)
    with at(datetime.date(2023, 3, 10)):
        assert names_in_order(client.get("/promotion/leads/", {"stage": "negotiating"})) == ["企业三"]
        assert "企业四" not in names_in_order(client.get("/promotion/leads/", {"mine": "on"}))
        assert "企业四" in names_in_order(client.get("/promotion/leads/", {"sort": "enterprise"}))
    with at(datetime.date(2023, 6, 1)):
        assert set(names_in_order(client.get("/promotion/leads/", {"stale": "on"}))) == {"企业一", "企业二", "企业三", "企业四"}
    with at(datetime.date(2023, 3, 10)):
        assert names_in_order(client.get("/promotion/leads/", {"stale": "on"})) == []


def test_the_lead_list_pages_by_twenty_and_remembers_the_last_filter_until_cleared():
    office = f.office()
    for n in range(22):
        lead(office, name=f"企业{n + 10}", day=datetime.date(2023, 3, 1) + datetime.timedelta(days=n))
    client = signed_in(office)
    first = client.get("/promotion/leads/", {"stage": "contacted", "sort": "activity"})
    assert len(names_in_order(first)) == 20 and "第 1 页，共 2 页" in text_of(first)
    assert names_in_order(client.get("/promotion/leads/", {"stage": "contacted", "sort": "activity", "page": 2})) == [
        "企业30", "企业31"]
    bare = client.get("/promotion/leads/")
    assert bare.status_code == 302 and bare["Location"] == "/promotion/leads/?stage=contacted&sort=activity"
    assert client.get("/promotion/leads/", {"clear": "1"})["Location"] == "/promotion/leads/"
    assert names_in_order(client.get("/promotion/leads/"))[0] == "企业31"


def test_an_office_of_another_region_sorting_the_leads_finds_none_and_an_enterprise_may_not_open_them():
    three_leads()
    elsewhere = signed_in(f.office(scope=f.region("500118", "永川区")))
    for query in ({"sort": "enterprise"}, {"sort": "-seats", "stage": "contacted"}):
        assert names_in_order(elsewhere.get("/promotion/leads/", query)) == [], query
    assert signed_in(f.enterprise_contact()).get("/promotion/leads/").status_code == 403
