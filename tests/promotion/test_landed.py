"""After landing: a project's seats against its plan, its business lines and its output value, reported period by
period by the office or its own enterprise, and counted in the promotion figures."""

import datetime

import pytest

from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.figures.scopes import scope_from
from huishang.promotion import landed, services
from huishang.promotion.figures import promotion_figures
from huishang.promotion.models import OperationReport, ReportSource, Stage
from tests import factories as f
from tests.api.client import as_user
from tests.promotion.leads import at, lead

pytestmark = pytest.mark.django_db
YI = 100_000_000  # 亿


def landed_project(office, *, name="抖音集团", seats=650, day=datetime.date(2022, 9, 1)):
    subject = lead(office, name=name, day=day - datetime.timedelta(days=90))
    with at(day - datetime.timedelta(days=60)):
        subject = services.advance(subject, by=office, to=Stage.NEGOTIATING)
    with at(day - datetime.timedelta(days=30)):
        subject = services.advance(subject, by=office, to=Stage.SIGNED, planned_seats=seats)
    with at(day):
        return services.advance(subject, by=office, to=Stage.LANDED)


def report(subject, by, start, end, seats, output_yuan, expected_yuan=None):
    with at(end + datetime.timedelta(days=5)):
        return landed.report_operation(subject, by=by, period_start=start, period_end=end, seats_actual=seats,
                                       output_value_yuan=output_yuan, expected_year_output_yuan=expected_yuan)


def test_seats_650_against_a_plan_revised_to_1000_and_output_are_counted_from_the_reports():
    office = f.office()
    douyin = landed_project(office)
    bertelsmann = landed_project(office, name="贝塔斯曼", seats=400, day=datetime.date(2021, 5, 1))
    report(douyin, office, datetime.date(2022, 9, 1), datetime.date(2022, 12, 31), 300, 9000 * 10_000)
    report(douyin, office, datetime.date(2023, 1, 1), datetime.date(2023, 9, 30), 650, 6 * YI, 9 * YI)
    report(bertelsmann, office, datetime.date(2023, 1, 1), datetime.date(2023, 9, 30), 420, 8 * YI, 11 * YI)
    with at(datetime.date(2023, 10, 20)):
        douyin = landed.revise_seat_plan(douyin, by=office, planned_seats=1000, reason="力争年底扩充到1000席")
        landed.add_business_line(bertelsmann, by=office, name="云厨", started_on=datetime.date(2023, 6, 1))
    figures = promotion_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))
    assert {key: figures[key] for key in ("landed_projects", "landed_seats_planned", "seats_actual",
                                          "output_value_yuan", "output_value_expected_yuan",
                                          "business_lines_added")} == {
        "landed_projects": 2, "landed_seats_planned": 1400, "seats_actual": 650 + 420,
        "output_value_yuan": 14 * YI, "output_value_expected_yuan": 20 * YI, "business_lines_added": 1}
    assert douyin.seat_plan_changes.get().from_seats == 650


def test_seats_in_use_are_those_reported_by_the_periods_end():
    office = f.office()
    douyin = landed_project(office)
    report(douyin, office, datetime.date(2022, 9, 1), datetime.date(2022, 12, 31), 300, 9000 * 10_000)
    report(douyin, office, datetime.date(2023, 1, 1), datetime.date(2023, 9, 30), 650, 6 * YI)
    end_of_2022 = promotion_figures(scope_from(date_from="2022-01-01", date_to="2022-12-31"))
    assert (end_of_2022["seats_actual"], end_of_2022["output_value_yuan"]) == (300, 9000 * 10_000)
    assert promotion_figures(scope_from(date_from="2021-01-01", date_to="2021-12-31"))["landed_projects"] == 0


def test_the_linked_enterprise_reports_its_own_project_and_its_name_is_kept_as_the_reporter():
    office = f.office()
    douyin = landed_project(office)
    enterprise = f.enterprise("抖音集团内江服务中心")
    with at(datetime.date(2022, 10, 1)):
        landed.link_enterprise(douyin, by=office, enterprise=enterprise)
    contact = f.enterprise_contact(of=enterprise)
    made = report(douyin, contact, datetime.date(2023, 1, 1), datetime.date(2023, 3, 31), 500, "12000000.50")
    assert (made.source, made.reported_by, made.output_value_fen) == (ReportSource.ENTERPRISE, contact, 1_200_000_050)
    assert report(douyin, office, datetime.date(2023, 4, 1), datetime.date(2023, 6, 30), 560, 1).source == "office"


@pytest.mark.parametrize("who", ["another enterprise", "unit", "supervisor", "leader"])
def test_no_one_else_reports_a_projects_figures(who):
    office = f.office()
    douyin = landed_project(office)
    with at(datetime.date(2022, 10, 1)):
        landed.link_enterprise(douyin, by=office, enterprise=f.enterprise())
    reporter = {"another enterprise": f.enterprise_contact, "unit": f.unit_handler, "supervisor": f.supervisor,
                "leader": f.leader}[who]()
    with pytest.raises(NotAllowed):
        report(douyin, reporter, datetime.date(2023, 1, 1), datetime.date(2023, 3, 31), 500, 1)
    with pytest.raises(NotAllowed), at(datetime.date(2023, 6, 1)):
        landed.add_business_line(douyin, by=reporter, name="抖音电商", started_on=datetime.date(2023, 5, 1))
    assert not OperationReport.objects.exists()


def test_only_the_office_revises_the_seat_plan_and_links_the_enterprise():
    office = f.office()
    douyin = landed_project(office)
    enterprise = f.enterprise()
    with at(datetime.date(2022, 10, 1)):
        landed.link_enterprise(douyin, by=office, enterprise=enterprise)
    contact = f.enterprise_contact(of=enterprise)
    with pytest.raises(NotAllowed):
        landed.revise_seat_plan(douyin, by=contact, planned_seats=1000, reason="扩充")
    with pytest.raises(NotAllowed):
        landed.link_enterprise(douyin, by=contact, enterprise=f.enterprise())


def test_a_project_not_yet_landed_reports_nothing():
    office = f.office()
    signed = lead(office)
    signed = services.advance(services.advance(signed, by=office, to=Stage.NEGOTIATING), by=office,
                              to=Stage.SIGNED, planned_seats=100)
    with pytest.raises(InvalidTransition):
        landed.report_operation(signed, by=office, period_start=datetime.date(2023, 1, 1),
                                period_end=datetime.date(2023, 1, 31), seats_actual=1, output_value_yuan=1)


@pytest.mark.parametrize("change, field", [
    ({"period_end": datetime.date(2022, 11, 30)}, "period_end"),  # before the start
    ({"period_start": datetime.date(2022, 8, 1)}, "period_start"),  # before the landing
    ({"period_end": datetime.date(2023, 2, 2)}, "period_end"),  # not ended yet
    ({"seats_actual": -1}, "seats_actual"),
    ({"output_value_yuan": "1.005"}, "output_value_yuan"),
    ({"output_value_yuan": "lots"}, "output_value_yuan"),
    ({"expected_year_output_yuan": 1}, "expected_year_output_yuan"),  # less than the period's own
    ({"period_start": datetime.date(2022, 12, 1), "period_end": datetime.date(2023, 1, 15)}, "period_end"),
])
def test_a_wrong_report_names_its_field(change, field):
    office = f.office()
    douyin = landed_project(office)
    values = {"period_start": datetime.date(2022, 12, 1), "period_end": datetime.date(2022, 12, 31),
              "seats_actual": 300, "output_value_yuan": 100, "expected_year_output_yuan": None} | change
    with pytest.raises(ValidationError) as refused, at(datetime.date(2023, 2, 1)):
        landed.report_operation(douyin, by=office, **values)
    assert refused.value.field == field


def test_a_period_reported_twice_is_refused_naming_the_period():
    office = f.office()
    douyin = landed_project(office)
    report(douyin, office, datetime.date(2023, 1, 1), datetime.date(2023, 6, 30), 500, 1)
    with pytest.raises(ValidationError) as refused:
        report(douyin, office, datetime.date(2023, 6, 1), datetime.date(2023, 9, 30), 650, 1)
    assert refused.value.field == "period_start"


def test_a_period_not_ended_is_refused():
    office = f.office()
    douyin = landed_project(office)
    with pytest.raises(ValidationError) as refused, at(datetime.date(2023, 9, 1)):
        landed.report_operation(douyin, by=office, period_start=datetime.date(2023, 1, 1),
                                period_end=datetime.date(2023, 9, 30), seats_actual=1, output_value_yuan=1)
    assert refused.value.field == "period_end"


def test_over_the_api_the_enterprise_reports_and_a_bad_amount_names_its_field():
    office = f.office()
    douyin = landed_project(office)
    enterprise = f.enterprise()
    linked = as_user(office).post(f"/promotion/leads/{douyin.pk}/enterprise", {"enterprise": enterprise.pk})
    assert linked.status_code == 200 and linked.json()["enterprise"] == enterprise.pk
    contact = as_user(f.enterprise_contact(of=enterprise))
    body = {"period_start": "2023-01-01", "period_end": "2023-03-31", "seats_actual": 500,
            "output_value_yuan": "120000000.00"}
    made = contact.post(f"/promotion/leads/{douyin.pk}/reports", body)
    assert made.status_code == 201 and made.json()["source"] == "enterprise", made.content
    assert made.json()["output_value_yuan"] == 120_000_000
    bad = contact.post(f"/promotion/leads/{douyin.pk}/reports", body | {"period_start": "2023-04-01",
                                                                        "period_end": "2023-06-30",
                                                                        "output_value_yuan": "1.001"})
    assert bad.status_code == 422 and bad.json()["field"] == "output_value_yuan"
    read = contact.get(f"/promotion/leads/{douyin.pk}").json()
    assert [row["seats_actual"] for row in read["operation_reports"]] == [500]
    assert as_user(f.enterprise_contact()).get(f"/promotion/leads/{douyin.pk}").status_code == 404


def test_an_office_of_another_jurisdiction_neither_sees_nor_reports_the_project():
    office = f.office()
    douyin = landed_project(office)
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    answer = as_user(elsewhere).post(f"/promotion/leads/{douyin.pk}/reports", {
        "period_start": "2023-01-01", "period_end": "2023-03-31", "seats_actual": 1, "output_value_yuan": "1"})
    assert answer.status_code == 404
    with pytest.raises(NotAllowed), at(datetime.date(2023, 4, 5)):
        landed.report_operation(douyin, by=elsewhere, period_start=datetime.date(2023, 1, 1),
                                period_end=datetime.date(2023, 3, 31), seats_actual=1, output_value_yuan=1)
    yongchuan = promotion_figures(scope_from(region="500118"))
    assert yongchuan["landed_projects"] == 0


def test_an_enterprise_of_another_jurisdiction_cannot_be_linked():
    office = f.office()
    douyin = landed_project(office)
    with pytest.raises(NotAllowed) as refused:
        landed.link_enterprise(douyin, by=office, enterprise=f.enterprise(in_region=f.region("500118", "永川区")))
    assert refused.value.field == "enterprise"


def test_on_the_page_the_enterprise_reports_its_project_and_a_stranger_finds_nothing(client):
    office = f.office()
    douyin = landed_project(office)
    enterprise = f.enterprise()
    client.force_login(office)
    assert client.post(f"/promotion/leads/{douyin.pk}/enterprise/", {"enterprise": enterprise.pk}).status_code == 302
    client.force_login(f.enterprise_contact(of=enterprise))
    page = client.get(f"/promotion/leads/{douyin.pk}/")
    assert page.status_code == 200 and 'data-action="report"' in page.content.decode()
    assert 'data-action="seat-plan"' not in page.content.decode()
    sent = client.post(f"/promotion/leads/{douyin.pk}/reports/", {
        "period_start": "2023-01-01", "period_end": "2023-09-30", "seats_actual": "650",
        "output_value_yuan": "360000000", "expected_year_output_yuan": "510000000"})
    assert sent.status_code == 302
    bad = client.post(f"/promotion/leads/{douyin.pk}/reports/", {
        "period_start": "2023-09-01", "period_end": "2023-09-30", "seats_actual": "650", "output_value_yuan": "1"})
    assert bad.status_code == 422 and "该项目已报送过此期间的部分时段" in bad.content.decode()
    client.force_login(f.enterprise_contact())
    assert client.get(f"/promotion/leads/{douyin.pk}/").status_code == 404
    assert client.post(f"/promotion/leads/{douyin.pk}/reports/", {}).status_code == 404
