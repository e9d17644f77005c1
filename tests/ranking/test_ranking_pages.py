"""The ranking's pages: the month's table per kind with each rate over its numerator and denominator; the office
publishes from it and downloads the 通报; a unit sees the published table with its own line marked, and the
scheme page, which only the office may change."""

import datetime

import pytest

from huishang.ranking.models import PublishedMonth, Scheme
from tests import factories as f
from tests.ranking.ranking_world import at, history  # noqa: F401 (history: a fixture)
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db
APRIL_10 = datetime.date(2024, 4, 10)


def test_the_month_page_shows_each_rate_over_its_numerator_and_denominator(history):
    with at(APRIL_10, 9):
        page = signed_in(history["office"]).get("/ranking/2024-03/")
    assert page.status_code == 200
    text = text_of(page)
    assert "75.0% (3/4)" in text and "85.42" in text and "无数据" in text and "本月无事项" in text


def test_the_office_publishes_from_the_page_and_a_unit_reads_the_tongbao(history):
    office, unit = signed_in(history["office"]), signed_in(history["handler"])
    with at(APRIL_10, 9):
        assert unit.get("/ranking/2024-03/?region=511000").status_code == 403
        assert unit.post("/ranking/2024-03/publish/?region=511000", {"summary": "x"}).status_code == 403
        assert not PublishedMonth.objects.exists()
        office.post("/ranking/2024-03/publish/", {"summary": "三月考核情况"})
        page = unit.get("/ranking/2024-03/?region=511000")
        word = unit.get("/ranking/2024-03/v1.docx?region=511000")
        pdf = unit.get("/ranking/2024-03/v1.pdf?region=511000")
    assert PublishedMonth.objects.count() == 1
    assert page.status_code == 200 and 'data-own="1"' in page.content.decode()
    assert "〔2024〕1号" in text_of(page)
    assert word.status_code == 200 and word["Content-Type"].startswith("application/vnd.openxmlformats")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_a_unit_opening_the_ranking_from_its_menu_lands_on_the_last_published_month(history):
    office, unit = signed_in(history["office"]), signed_in(history["handler"])
    with at(APRIL_10, 9):
        office.post("/ranking/2024-03/publish/", {"summary": "三月考核情况"})
    with at(datetime.date(2024, 5, 10), 9):
        unit_landing = unit.get("/ranking/?region=511000")
        office_landing = office.get("/ranking/")
    assert unit_landing.url == "/ranking/2024-03/?region=511000"
    assert office_landing.url.startswith("/ranking/2024-04/")


def test_only_the_office_changes_the_scheme(history):
    data = {rate: 0 for rate in ("response_rate", "solved_rate", "satisfaction_rate", "follow_up_satisfaction_rate",
                                 "acknowledge_on_time_rate", "on_time_rate", "send_back_rate", "reopen_rate")}
    data |= {"solved_rate": 60, "satisfaction_rate": 40, "fairly_weight": "0.8", "grouping": "by_level",
             "flagged": "2", "closing_day": ""}
    assert signed_in(history["handler"]).post("/ranking/scheme/?year=2024&region=511000", data).status_code == 403
    assert not Scheme.objects.exists()
    answer = signed_in(history["office"]).post("/ranking/scheme/?year=2024", data)
    assert answer.status_code == 302
    assert Scheme.objects.get().weights == {"solved_rate": 60, "satisfaction_rate": 40}
    refused = signed_in(history["office"]).post("/ranking/scheme/?year=2024", data | {"solved_rate": 0,
                                                                                      "satisfaction_rate": 0})
    assert refused.status_code == 400 and "至少要有一项指标计入考核" in text_of(refused)


def test_an_enterprise_cannot_open_the_ranking(history):
    assert signed_in(f.enterprise_contact()).get("/ranking/2024-03/").status_code == 403


def test_a_figure_drills_down_to_the_matters_it_counts(history):
    with at(APRIL_10, 9):
        month = signed_in(history["office"]).get("/ranking/2024-03/")
        link = f'/ranking/2024-03/units/{history["building"].pk}/solved_rate/'
        assert link in month.content.decode()
        page = signed_in(history["office"]).get(link)
        other = signed_in(history["other"]).get(link + "?region=511000")
    assert page.status_code == 200
    assert page.content.decode().count("data-matter=") == 4 and "共4件，其中3件计入分子" in text_of(page)
    assert other.status_code == 403


def test_the_leaders_dashboard_shows_the_latest_published_month(history):
    leader = signed_in(f.leader(history["place"]))
    assert 'data-section="latest-ranking"' not in leader.get("/dashboard/").content.decode()
    with at(APRIL_10, 9):
        signed_in(history["office"]).post("/ranking/2024-03/publish/", {"summary": ""})
    page = leader.get("/dashboard/")
    text = text_of(page)
    assert 'data-section="latest-ranking"' in page.content.decode()
    assert "〔2024〕1号" in text and "城建局" in text and "交通局" in text


def test_a_deployment_wide_account_chooses_the_place_it_ranks(history):
    f.region("500118", "永川区")
    page = signed_in(f.admin()).get("/ranking/2024-03/?region=511000")
    assert page.status_code == 200
    html = page.content.decode()
    assert '<option value="511000" selected>内江市</option>' in html and "全部地区" in html
    assert "城建局" in text_of(page)
