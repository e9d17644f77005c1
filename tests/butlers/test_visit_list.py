"""The visit list: sorted by day, enterprise or butler, filtered by the three services and (for the office) the
butler, paged by twenty, the last filter remembered; each reader still sees only the visits it may read."""

import datetime
import re

import pytest

from huishang.butlers import services
from tests import factories as f
from tests.butlers.people import butler, butler_world
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def visit(world, person, name, *, days_ago=1, areas=("needs",)):
    enterprise = f.enterprise(name)
    services.assign_butler(by=world.office, enterprise=enterprise, butler=person)
    return services.record_visit(by=person, enterprise=enterprise, visited_on=TODAY - datetime.timedelta(days=days_ago),
                                 people_met="总经理", areas=list(areas), problems=[])


def enterprises_in_order(response) -> list[str]:
    return re.findall(r"企业[一二三四五六七八九十\d]+", text_of(response))


def test_the_visit_list_sorts_by_day_and_by_enterprise_both_ways():
    world = butler_world()
    visit(world, world.butler, "企业二", days_ago=3)
    visit(world, world.butler, "企业一", days_ago=1)
    visit(world, world.butler, "企业三", days_ago=2)
    client = signed_in(world.office)
    newest_first = client.get("/butlers/visits/")
    assert enterprises_in_order(newest_first) == ["企业一", "企业三", "企业二"]
    assert 'aria-sort="descending"' in newest_first.content.decode()
    assert enterprises_in_order(client.get("/butlers/visits/", {"sort": "visited"})) == ["企业二", "企业三", "企业一"]
    # 一 (U+4E00), 三 (U+4E09), 二 (U+4E8C): by the characters' code, as the database compares them.
    assert enterprises_in_order(client.get("/butlers/visits/", {"sort": "enterprise"})) == ["企业一", "企业三", "企业二"]
    assert enterprises_in_order(client.get("/butlers/visits/", {"sort": "-enterprise"})) == ["企业二", "企业三", "企业一"]
    assert enterprises_in_order(client.get("/butlers/visits/", {"sort": "notes"})) == ["企业一", "企业三", "企业二"]


def test_the_office_filters_visits_by_butler_and_by_the_three_services():
    world = butler_world()
    other = butler(username="butler-two")
    visit(world, world.butler, "企业一", areas=("needs",))
    visit(world, other, "企业二", areas=("problems", "growth"))
    client = signed_in(world.office)
    assert enterprises_in_order(client.get("/butlers/visits/", {"butler": other.pk})) == ["企业二"]
    assert enterprises_in_order(client.get("/butlers/visits/", {"area": "growth"})) == ["企业二"]
    assert enterprises_in_order(client.get("/butlers/visits/", {"area": "needs", "butler": other.pk})) == []
    # A butler reads its own visits: it has no butler to choose.
    own = signed_in(world.butler).get("/butlers/visits/", {"sort": "-enterprise", "butler": other.pk})
    assert enterprises_in_order(own) == ["企业一"] and 'name="butler"' not in own.content.decode()


def test_the_visit_list_pages_by_twenty_and_remembers_the_last_filter_until_cleared():
    world = butler_world()
    for n in range(22):
        visit(world, world.butler, f"企业{n + 10}", days_ago=n + 1)
    client = signed_in(world.butler)
    first = client.get("/butlers/visits/", {"area": "needs", "sort": "visited"})
    assert len(enterprises_in_order(first)) == 20 and "第 1 页，共 2 页" in text_of(first)
    second = client.get("/butlers/visits/", {"area": "needs", "sort": "visited", "page": 2})
    assert enterprises_in_order(second) == ["企业11", "企业10"]
    bare = client.get("/butlers/visits/")
    assert bare.status_code == 302 and bare["Location"] == "/butlers/visits/?area=needs&sort=visited"
    assert client.get("/butlers/visits/", {"clear": "1"})["Location"] == "/butlers/visits/"
    assert enterprises_in_order(client.get("/butlers/visits/"))[0] == "企业10"  # newest first again


def test_a_butler_sorting_the_list_still_sees_only_its_own_visits():
    world = butler_world()
    other = butler(username="butler-two")
    visit(world, world.butler, "企业一")
    visit(world, other, "企业二")
    client = signed_in(world.butler)
    for query in ({"sort": "butler"}, {"sort": "-enterprise"}, {"sort": "visited", "area": "needs"}):
        assert enterprises_in_order(client.get("/butlers/visits/", query)) == ["企业一"], query
