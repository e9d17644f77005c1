"""Hot issues: matters grouped by similar wording and place, ranked by count, growth and support; grouped
ahead by the worker, read on a page, over the API and through ``huishang insight hot --json``."""

import datetime
import json
import math

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from huishang.cases import services
from huishang.core import clock
from huishang.insight.hot import Item, group_issues
from huishang.insight.hot_runs import compute_hot_issues
from tests import factories
from tests.api.client import as_user

pytestmark = pytest.mark.django_db

PARKING = [
    ("润和紫郡小区物业乱收停车费", "润和紫郡小区物业每月乱收停车费三百元，业主不满。"),
    ("润和紫郡停车费收费过高", "润和紫郡小区物业乱收停车费，希望物价部门查处停车费。"),
    ("投诉润和紫郡小区物业乱收停车费", "润和紫郡小区物业擅自提高停车费，业主投诉乱收费。"),
]
NOISE = [
    ("柏家塘KTV深夜扰民", "柏家塘小区楼下KTV每天深夜噪音扰民，居民无法休息。"),
    ("柏家塘小区KTV噪音扰民", "柏家塘小区KTV噪音扰民严重，深夜仍在营业。"),
]
ALONE = ("学校食堂卫生差", "某中学食堂卫生条件差，学生多次腹泻。")


def moment(day: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(2026, 3, day, 10))


def item(key, pair, day, place="A3区", support=0) -> Item:
    return Item(key=key, text="\n".join(pair), place=place, at=moment(day), support=support, title=pair[0])


def test_similar_matters_of_one_place_form_one_issue_ranked_by_heat():
    items = [item(f"p{n}", pair, day) for n, (pair, day) in enumerate(zip(PARKING, (20, 25, 28)))]
    items += [item(f"k{n}", pair, 2, support=5) for n, pair in enumerate(NOISE)]
    items += [item("alone", ALONE, 10)]
    issues = group_issues(items, start=moment(1), end=moment(31))
    assert [sorted(i.key for i in issue.items) for issue in issues] == [["k0", "k1"], ["p0", "p1", "p2"], ["alone"]]
    noise, parking, _alone = issues
    # Noise: 2 matters, no growth (both early), 10 likes; parking: 3 matters, all late: growth 3.
    assert (noise.count, noise.growth, noise.support) == (2, -2, 10)
    assert noise.heat == pytest.approx(2 + math.log2(11))
    assert (parking.count, parking.growth, parking.support, parking.heat) == (3, 3, 0, 4.5)
    assert "停车费" in parking.label


def test_the_same_complaint_in_two_places_is_two_issues():
    items = [item("a", PARKING[0], 3, place="A3区"), item("b", PARKING[1], 4, place="A5区")]
    assert sorted(len(issue.items) for issue in group_issues(items)) == [1, 1]


def raise_matters(office):
    """Three parking complaints (one more merged into the first) and one alone, on 5 and 6 March 2026."""
    contact = factories.enterprise_contact()
    with clock.frozen_at(moment(5)):
        first = [factories.matter(by=contact, title=t, description=d) for t, d in PARKING]
        factories.matter(by=contact, title=ALONE[0], description=ALONE[1])
    with clock.frozen_at(moment(6)):
        repeat = factories.matter(by=contact, title=PARKING[0][0], description=PARKING[0][1])
        services.merge(repeat, by=office, into=first[0])
    return first


def raised_and_grouped(office=None):
    first = raise_matters(office or factories.office())
    compute_hot_issues()
    return first


def test_hot_command_prints_the_issues_the_worker_grouped_as_json(capsys):
    raised_and_grouped()
    call_command("insight", "hot", "--from", "2026-03-01", "--to", "2026-03-31", "--json")
    answer = json.loads(capsys.readouterr().out)
    top = answer["issues"][0]
    assert (answer["status"], top["count"], top["support"]) == ("current", 3, 1)
    assert len(top["matters"]) == 3 and answer["computed_at"]
    call_command("insight", "hot", "--from", "2026-04-01", "--to", "2026-04-30", "--json")
    assert json.loads(capsys.readouterr().out)["issues"] == []


def test_hot_command_with_refresh_groups_the_newest_matters_first(capsys):
    raise_matters(factories.office())
    call_command("insight", "hot", "--json")
    assert json.loads(capsys.readouterr().out) == {
        "status": "pending", "computed_at": None, "window_from": None, "window_to": None, "issues": []}
    call_command("insight", "hot", "--refresh", "--json")
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "current" and answer["issues"][0]["count"] == 3


def test_hot_command_names_a_bad_date():
    with pytest.raises(CommandError, match="--from"):
        call_command("insight", "hot", "--from", "March")


def test_hot_issues_page_for_figure_readers_only():
    first = raised_and_grouped()
    leader, contact = Client(), Client()
    leader.force_login(factories.leader())
    contact.force_login(factories.enterprise_contact())
    page = leader.get("/insight/hot/", {"date_from": "2026-03-01", "date_to": "2026-03-31"}).content.decode()
    assert "热点问题" in page and first[0].number in page
    assert contact.get("/insight/hot/").status_code == 403


def test_hot_issues_api_answers_figure_readers_and_refuses_others():
    raised_and_grouped()
    answer = as_user(factories.leader()).get("/insight/hot", **{"from": "2026-03-01", "to": "2026-03-31"})
    assert answer.status_code == 200 and answer.json()["issues"][0]["count"] == 3
    assert as_user(factories.enterprise_contact()).get("/insight/hot").status_code == 403


def test_items_without_a_word_worth_weighing_are_each_an_issue_of_their_own():
    items = [item("a", ("!!", "？"), 3), item("b", ("的", "了"), 4)]
    assert sorted(issue.items[0].key for issue in group_issues(items)) == ["a", "b"]
