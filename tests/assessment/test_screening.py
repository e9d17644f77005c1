"""Risk screening campaigns: the enterprises to screen and who screens each, coverage (screened ÷ to screen), risks
re-graded over time with each grading kept, 稳控 plans for high risks, and the figures counted from the records."""

import datetime

import pytest

from huishang.assessment import risks
from huishang.assessment.figures import assessment_figures
from huishang.assessment.models import Risk
from huishang.assessment.rights import WORKER_RIGHTS
from huishang.cases import services as matter_services
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.directory.models import Role
from huishang.figures.scopes import scope_from
from tests import factories as f

pytestmark = pytest.mark.django_db
START = datetime.date(2023, 3, 1)


def at(day: datetime.date):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(10)))


def campaign(office, *, region=None, starts_on=START):
    with at(starts_on):
        return risks.open_campaign(by=office, title="2023年劳动领域政治安全风险隐患排查", scope="全区规模以上工业企业",
                                   region=region or f.region(), starts_on=starts_on,
                                   ends_on=starts_on + datetime.timedelta(days=270))


def targets(office, run, n, screener=None):
    return [risks.add_target(by=office, campaign=run, enterprise=f.enterprise(), screener=screener or office)
            for _ in range(n)]


def screen(target, by, day=datetime.date(2023, 4, 10)):
    with at(day):
        return risks.record_screening(by=by, target=target, screened_on=day, finding="未发现欠薪、裁员苗头。")


def found(office, run, target, level=Risk.Level.SERIOUS, unit=None):
    with at(target.screened_on):
        return risks.record_risk(by=office, title="订单下滑拟缩减产线，存在集中裁员风险", description="涉及职工约60人。",
                                 category=f.category("other", "其他"), level=level, responsible_unit=unit or f.unit(),
                                 enterprise=target.enterprise, campaign=run)


def resolve(matter, office, unit):
    handler = f.unit_handler(of=unit)
    matter_services.accept(matter, by=office)
    matter_services.assign(matter, by=office, lead_unit=unit, due=datetime.date.today() + datetime.timedelta(days=9))
    matter_services.acknowledge(matter, by=handler)
    matter_services.respond(matter, by=handler, content="已督促企业制定分流安置方案并落实。")
    matter_services.review(matter, by=f.supervisor(), satisfied=True, method="on_site")


def test_coverage_is_the_enterprises_screened_over_those_to_screen():
    office = f.office()
    run = campaign(office)
    planned = targets(office, run, 4)
    for target in planned[:3]:
        screen(target, office)
    assert risks.coverage(risks.campaign_for(office, run.pk)) == {"to_screen": 4, "screened": 3, "coverage": 75.0}
    figures = assessment_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))["risk_screening"]
    assert figures == {"campaigns": 1, "enterprises_to_screen": 4, "enterprises_screened": 3, "coverage": 75.0,
                       "risks_found": 0, "risks_resolved": 0}


def test_the_figures_count_the_risks_found_and_those_resolved_through_the_matter_loop():
    office, unit = f.office(), f.unit()
    run = campaign(office)
    first, second = (screen(target, office) for target in targets(office, run, 2))
    resolved = found(office, run, first, unit=unit)
    found(office, run, second, level=Risk.Level.GENERAL)
    resolve(resolved.matter, office, unit)
    figures = assessment_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))["risk_screening"]
    assert (figures["risks_found"], figures["risks_resolved"]) == (2, 1)
    assert assessment_figures(scope_from(date_from="2022-01-01", date_to="2022-12-31"))["risk_screening"][
        "campaigns"] == 0


def test_a_named_union_officer_screens_and_another_officer_may_not():
    office = f.office()
    run = campaign(office)
    officer = f.user(Role.UNION, scope=f.region())
    target, = targets(office, run, 1, screener=officer)
    with pytest.raises(NotAllowed):
        screen(target, f.user(Role.UNION, scope=f.region()))
    for outsider in (f.supervisor(), f.enterprise_contact(of=target.enterprise), f.unit_handler()):
        with pytest.raises(NotAllowed):
            screen(target, outsider)
    assert screen(target, officer).screened_by == officer
    with pytest.raises(InvalidTransition):
        screen(target, office)


def test_only_the_office_opens_a_campaign_and_adds_enterprises():
    office = f.office()
    for outsider in (f.supervisor(), f.user(Role.UNION, scope=f.region()), f.enterprise_contact()):
        with pytest.raises(NotAllowed):
            campaign(outsider)
    run = campaign(office)
    with pytest.raises(NotAllowed):
        risks.add_target(by=f.leader(), campaign=run, enterprise=f.enterprise(), screener=office)


def test_a_campaign_stays_in_the_jurisdiction():
    office = f.office()
    yongchuan = f.region("500118", "永川区")
    with pytest.raises(NotAllowed) as refused:
        campaign(office, region=yongchuan)
    assert refused.value.field == "region"
    run = campaign(office)
    with pytest.raises(NotAllowed) as refused:
        risks.add_target(by=office, campaign=run, enterprise=f.enterprise(in_region=yongchuan), screener=office)
    assert refused.value.field == "enterprise"
    with pytest.raises(ValidationError) as refused:
        risks.add_target(by=office, campaign=run, enterprise=f.enterprise(), screener=f.office(scope=yongchuan))
    assert refused.value.field == "screener"
    theirs = campaign(f.office(scope=yongchuan), region=yongchuan)
    assert list(risks.visible_campaigns(office)) == [run]
    assert list(risks.visible_campaigns(f.leader(scope=yongchuan))) == [theirs]


@pytest.mark.parametrize("change, field", [
    ({"title": " "}, "title"), ({"scope": ""}, "scope"), ({"region": None}, "region"),
    ({"ends_on": START - datetime.timedelta(days=1)}, "ends_on"), ({"starts_on": None}, "starts_on"),
])
def test_a_wrong_campaign_names_its_field(change, field):
    values = {"title": "排查", "scope": "全区", "region": f.region(), "starts_on": START, "ends_on": START} | change
    with pytest.raises(ValidationError) as refused:
        risks.open_campaign(by=f.office(), **values)
    assert refused.value.field == field


def test_a_screening_outside_the_campaign_or_in_the_future_names_the_day():
    office = f.office()
    target, = targets(office, campaign(office), 1)
    for day in (START - datetime.timedelta(days=1), datetime.date(2023, 4, 11)):
        with pytest.raises(ValidationError) as refused, at(datetime.date(2023, 4, 10)):
            risks.record_screening(by=office, target=target, screened_on=day)
        assert refused.value.field == "screened_on"


def test_a_risk_of_a_campaign_belongs_to_an_enterprise_it_screens():
    office = f.office()
    run = campaign(office)
    with pytest.raises(ValidationError) as refused:
        risks.record_risk(by=office, title="欠薪隐患", description="工资支付不及时。", category=f.category("other", "其他"),
                          level=Risk.Level.GENERAL, responsible_unit=f.unit(), enterprise=f.enterprise(), campaign=run)
    assert refused.value.field == "enterprise"


def test_regrading_keeps_every_level_with_who_and_why():
    office = f.office()
    run = campaign(office)
    target = screen(targets(office, run, 1)[0], office)
    risk = found(office, run, target, level=Risk.Level.GENERAL)
    with at(datetime.date(2023, 5, 8)):
        risk = risks.regrade(by=office, risk=risk, level=Risk.Level.SERIOUS, reason="企业拟裁员人数增至120人")
    with at(datetime.date(2023, 7, 3)):
        risk = risks.regrade(by=office, risk=risk, level=Risk.Level.LOW, reason="分流安置方案已落实，职工情绪稳定")
    history = [(g.from_level, g.to_level, g.by, g.reason) for g in risk.gradings.all()]
    assert history == [("", "general", office, ""), ("general", "serious", office, "企业拟裁员人数增至120人"),
                       ("serious", "low", office, "分流安置方案已落实，职工情绪稳定")]
    assert Risk.objects.get().level == Risk.Level.LOW


def test_regrading_is_for_the_office_with_a_new_level_and_a_reason_and_not_once_resolved():
    office, unit = f.office(), f.unit()
    run = campaign(office)
    risk = found(office, run, screen(targets(office, run, 1)[0], office), unit=unit)
    for outsider in (f.supervisor(), f.unit_handler(of=unit), f.user(Role.UNION, scope=f.region())):
        with pytest.raises(NotAllowed):
            risks.regrade(by=outsider, risk=risk, level=Risk.Level.LOW, reason="好转")
    for level, reason, field in ((Risk.Level.SERIOUS, "好转", "level"), ("huge", "好转", "level"),
                                 (Risk.Level.LOW, " ", "reason")):
        with pytest.raises(ValidationError) as refused:
            risks.regrade(by=office, risk=risk, level=level, reason=reason)
        assert refused.value.field == field
    with pytest.raises(NotAllowed):
        risks.regrade(by=f.office(scope=f.region("500118", "永川区")), risk=risk, level=Risk.Level.LOW, reason="好转")
    resolve(risk.matter, office, unit)
    risk.refresh_from_db()
    with pytest.raises(InvalidTransition):
        risks.regrade(by=office, risk=risk, level=Risk.Level.LOW, reason="好转")
    assert risk.gradings.count() == 1


def test_a_high_risk_needs_a_stability_plan_and_a_general_one_takes_none():
    office = f.office()
    run = campaign(office)
    first, second = (screen(target, office) for target in targets(office, run, 2))
    serious, general = found(office, run, first), found(office, run, second, level=Risk.Level.GENERAL)
    assert risks.needs_plan(serious) and not risks.needs_plan(general)
    plan = risks.record_stability_plan(by=office, risk=serious, measures="每周走访企业，掌握职工思想动态；人社局指导依法裁员。",
                                       person_in_charge="王建（区总工会）", review_on=datetime.date.today())
    assert plan.risk == serious and not risks.needs_plan(serious)
    with pytest.raises(ValidationError) as refused:
        risks.record_stability_plan(by=office, risk=general, measures="走访", person_in_charge="王建",
                                    review_on=datetime.date.today())
    assert refused.value.field == "risk"
    with pytest.raises(ValidationError) as refused:
        risks.record_stability_plan(by=office, risk=serious, measures="走访", person_in_charge="王建",
                                    review_on=datetime.date.today() - datetime.timedelta(days=1))
    assert refused.value.field == "review_on"
    with pytest.raises(NotAllowed):
        risks.record_stability_plan(by=f.supervisor(), risk=serious, measures="走访", person_in_charge="王建",
                                    review_on=datetime.date.today())


def rights_case(office, title="拖欠三个月工资"):
    return matter_services.submit_matter(by=office, title=title, description="职工到区总工会反映，企业拖欠工资。",
                                         category=f.category(WORKER_RIGHTS, "职工维权"), enterprise=f.enterprise())


def test_worker_rights_figures_count_from_the_matter_loop():
    office, unit = f.office(), f.unit()
    with at(datetime.date(2024, 3, 4)):
        settled = rights_case(office)
        assigned = rights_case(office, title="工伤认定遇阻")
        rights_case(office, title="未签劳动合同")
        f.matter(by=office)  # another category: not a rights case
    resolve(settled, office, unit)
    matter_services.accept(assigned, by=office)
    matter_services.assign(assigned, by=office, lead_unit=unit, due=datetime.date.today() + datetime.timedelta(days=9))
    figures = assessment_figures(scope_from(date_from="2024-03-01", date_to="2024-03-31"))["rights_cases"]
    assert figures == {"received": 3, "assigned": 2, "resolved": 1, "resolution_rate": 50.0}
    assert assessment_figures(scope_from(date_from="2024-04-01", date_to="2024-04-30"))["rights_cases"][
        "received"] == 0
    f.region("500118", "永川区")
    assert assessment_figures(scope_from(region="500118"))["rights_cases"]["received"] == 0


def test_the_worker_rights_category_is_there_from_the_migrations():
    from huishang.cases.models import Category

    assert Category.objects.get(code=WORKER_RIGHTS).name == "职工维权"
