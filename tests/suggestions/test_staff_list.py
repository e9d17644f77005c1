"""The office's list of suggestions: paged, sorted by its columns, filtered by state, category, channel and
hold, the last filter remembered; only the suggestions of the reader's jurisdiction, however sorted."""

import re

import pytest
from django.test import Client

from huishang.cases import services as matter_services
from huishang.cases.models import Category
from huishang.suggestions import services
from tests import factories as f
from tests.suggestions import helpers, worlds
from tests.web.pages import text_of


@pytest.fixture
def cast(world):
    return worlds.Cast()


def office_client(cast) -> Client:
    client = Client()
    client.force_login(cast.office)
    return client


def on_paper(cast, n: int, point=None, title="建议"):
    """``n`` paper suggestions the office enters as keeper of ``point``, oldest first."""
    point = point or helpers.point(code=f"yp-{n}-{title}", name=f"{title}补给站", keeper=cast.office)
    return [
        services.submit_suggestion(
            title=f"{title}{i}", text="滨江步道夜间照明不足，建议增设路灯。", category="riverside",
            region=helpers.YANGPU, channel="paper", point=point, entered_by=cast.office,
        )
        for i in range(n)
    ]


def numbers_in_order(response) -> list[str]:
    return re.findall(r"HS-\d{4}-\d{6}", text_of(response))


def test_the_staff_list_shows_twenty_suggestions_a_page(cast):
    receipts = on_paper(cast, 43)
    client = office_client(cast)
    first = client.get("/suggestions/staff/")
    assert len(numbers_in_order(first)) == 20 and "共 43 条建议" in text_of(first)
    assert "第 1 页，共 3 页" in text_of(first)
    third = client.get("/suggestions/staff/", {"page": 3})
    assert numbers_in_order(third) == [receipt.number for receipt in receipts[:3]][::-1]  # newest first


def test_the_staff_list_sorts_by_number_and_by_collection_point_both_ways(cast):
    north = on_paper(cast, 1, point=helpers.point(code="yp-a", name="一号站", keeper=cast.office))[0]
    south = on_paper(cast, 1, point=helpers.point(code="yp-b", name="二号站", keeper=cast.office))[0]
    online = worlds.submitted()
    client = office_client(cast)
    assert numbers_in_order(client.get("/suggestions/staff/", {"sort": "number"})) == [
        north.number, south.number, online.number]
    assert numbers_in_order(client.get("/suggestions/staff/", {"sort": "-number"})) == [
        online.number, south.number, north.number]
    # 一号站 before 二号站 (by the characters' code); a suggestion taken in online has no point and comes last either way.
    assert numbers_in_order(client.get("/suggestions/staff/", {"sort": "point"})) == [
        north.number, south.number, online.number]
    by_point_back = client.get("/suggestions/staff/", {"sort": "-point"})
    assert numbers_in_order(by_point_back) == [south.number, north.number, online.number]
    assert 'aria-sort="descending"' in by_point_back.content.decode()


def test_the_staff_list_sorts_by_state_in_the_order_a_matter_goes_through_them(cast):
    submitted, accepted = worlds.submitted(title="饮水点"), worlds.submitted(title="路灯", phone="13900001111")
    matter_services.accept(accepted.suggestion.matter, by=cast.office)
    client = office_client(cast)
    assert numbers_in_order(client.get("/suggestions/staff/", {"sort": "state"})) == [
        submitted.number, accepted.number]
    assert numbers_in_order(client.get("/suggestions/staff/", {"sort": "-state"})) == [
        accepted.number, submitted.number]


def test_an_unknown_sort_key_leaves_the_staff_list_newest_first(cast):
    receipts = on_paper(cast, 3)
    response = office_client(cast).get("/suggestions/staff/", {"sort": "contact_phone"})
    assert response.status_code == 200
    assert numbers_in_order(response) == [receipt.number for receipt in reversed(receipts)]


def test_the_staff_list_filters_by_channel_state_category_and_hold(cast, settings):
    settings.HUISHANG_SENSITIVE_WORDS = ["代开发票"]
    paper = on_paper(cast, 1)[0]
    online = worlds.submitted()
    accepted = worlds.submitted(title="路灯", phone="13900001111")
    matter_services.accept(accepted.suggestion.matter, by=cast.office)
    held = services.submit_suggestion(title="举报", text="有人代开发票", category="riverside", region=helpers.YANGPU,
                                      **helpers.solved())
    Category.objects.create(code="parks", name="公园绿地")
    client = office_client(cast)
    assert numbers_in_order(client.get("/suggestions/staff/", {"channel": "paper"})) == [paper.number]
    assert numbers_in_order(client.get("/suggestions/staff/", {"state": "accepted"})) == [accepted.number]
    assert numbers_in_order(client.get("/suggestions/staff/", {"category": "parks"})) == []
    assert set(numbers_in_order(client.get("/suggestions/staff/", {"category": "riverside"}))) == {
        paper.number, online.number, accepted.number, held.number}
    assert numbers_in_order(client.get("/suggestions/staff/", {"held": "1"})) == [held.number]
    assert numbers_in_order(client.get("/suggestions/staff/", {"channel": "online", "state": "submitted"})) == [
        held.number, online.number]


def test_a_bare_open_of_the_staff_list_returns_to_the_last_filter_until_it_is_cleared(cast):
    on_paper(cast, 2)
    client = office_client(cast)
    client.get("/suggestions/staff/", {"channel": "paper", "sort": "-point"})
    bare = client.get("/suggestions/staff/")
    assert bare.status_code == 302 and bare["Location"] == "/suggestions/staff/?channel=paper&sort=-point"
    # The matter list keeps its own: the suggestions' filter is not the matters'.
    assert client.get("/matters/").status_code == 200
    cleared = client.get("/suggestions/staff/", {"clear": "1"})
    assert cleared["Location"] == "/suggestions/staff/"
    assert client.get("/suggestions/staff/").status_code == 200


def test_an_office_of_another_region_finds_none_of_the_suggestions_however_it_sorts_or_filters(cast):
    on_paper(cast, 2)
    worlds.submitted()
    elsewhere = Client()
    elsewhere.force_login(f.office(scope=f.region()))
    for query in ({}, {"sort": "number"}, {"sort": "-state", "channel": "paper"}, {"sort": "point", "held": "1"}):
        assert numbers_in_order(elsewhere.get("/suggestions/staff/", query)) == [], query
    assert len(numbers_in_order(office_client(cast).get("/suggestions/staff/", {"sort": "-point"}))) == 3
