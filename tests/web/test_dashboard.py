"""The dashboard shows the figures counted by figures.selectors for a period and a region."""

import datetime
import json
import re

import pytest

from huishang.cases.states import State
from huishang.supervision import services as supervision
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def figure(response, key: str) -> str:
    match = re.search(rf'data-figure="{key}">.*?class="figure-number">([^<]+)<', response.content.decode(), re.S)
    return match.group(1)


def charts(response) -> dict:
    match = re.search(r'<script id="dashboard-charts" type="application/json">(.*?)</script>',
                      response.content.decode(), re.S)
    return json.loads(match.group(1))


def test_the_dashboard_shows_the_counted_figures():
    people = cast()
    matter_in(State.RESOLVED, people)
    matter_in(State.RESOLVED, people)
    matter_in(State.IN_PROGRESS, people)
    matter_in(State.ASSIGNED, people)
    f.consultation(by=people.office)
    page = signed_in(f.leader()).get("/dashboard/")
    assert page.status_code == 200
    assert figure(page, "meetings") == "1"
    assert figure(page, "being_assigned") == "1"
    assert figure(page, "assigned") == "3"
    assert figure(page, "resolved") == "2"
    assert figure(page, "resolution_rate") == "66.7"
    assert figure(page, "satisfaction_rate") == "100.0"
    text = text_of(page)
    for label in ("会商会", "正在交办", "已交办", "已办结", "办结率", "按期办结率", "满意率", "重办率", "平均办结天数"):
        assert label in text


def test_the_dashboard_embeds_the_breakdowns_for_the_charts_and_loads_the_vendored_echarts():
    people = cast()
    matter_in(State.RESOLVED, people)
    page = signed_in(people.office).get("/dashboard/")
    data = charts(page)
    assert data["by_unit"][0]["name"] == people.handler.organization.name
    assert data["by_category"][0]["resolved"] == 1
    assert data["by_month"][0]["month"] == datetime.date.today().strftime("%Y-%m")
    assert data["labels"]["resolved"] == "已办结"
    html = page.content.decode()
    assert "/static/vendor/echarts/echarts.min.js" in html and "/static/web/charts.js" in html
    assert "onclick" not in html and "<script>" not in html


def test_matters_sent_back_and_waiting_to_be_assigned_again_are_named_as_such_not_left_blank():
    people = cast()
    sent_back = matter_in(State.ASSIGNED, people)
    request = supervision.request_send_back(sent_back, by=people.handler, reason="不属于本单位职责")
    supervision.decide_send_back(request, by=people.supervisor, approve=True)
    page = signed_in(f.leader()).get("/dashboard/")
    [row] = charts(page)["by_unit"]
    assert (row["name"], row["assigned"], row["being_assigned"]) == ("待重新交办", 1, 0)
    assert "<td>待重新交办</td>" in page.content.decode()


def test_the_period_filter_counts_only_matters_first_assigned_in_it():
    people = cast()
    matter_in(State.RESOLVED, people)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    page = signed_in(people.office).get("/dashboard/", {"date_from": tomorrow.isoformat()})
    assert figure(page, "resolved") == "0" and figure(page, "resolution_rate") == "0.0"


def test_a_period_that_ends_before_it_starts_names_the_end_date():
    page = signed_in(f.leader()).get("/dashboard/", {"date_from": "2024-05-01", "date_to": "2024-04-01"})
    assert page.status_code == 422
    assert "结束日期：结束日期早于开始日期。" in text_of(page)


def test_the_region_filter_offers_only_regions_in_the_users_scope():
    district = f.district()
    outside = f.region("500118", "永川区")
    leader = f.leader(scope=district)
    page = signed_in(leader).get("/dashboard/", {"region": outside.code})
    assert page.status_code == 422 and "行政区划：" in text_of(page)
    assert outside.name not in page.content.decode()


def test_enterprise_and_unit_users_do_not_get_the_dashboard():
    assert signed_in(f.enterprise_contact()).get("/dashboard/").status_code == 403
    assert signed_in(f.unit_handler()).get("/dashboard/").status_code == 403
