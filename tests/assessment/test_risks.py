"""Risk screening: risks are matters of kind risk with a level kept here, followed through the cases lifecycle."""

import datetime

import pytest

from huishang.assessment import risks
from huishang.assessment.figures import assessment_figures
from huishang.assessment.models import Risk
from huishang.cases import services as matter_services
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.figures.scopes import scope_from
from tests import factories as f

pytestmark = pytest.mark.django_db


def record(office, unit, level=Risk.Level.SERIOUS, title="订单下滑拟缩减产线，存在集中裁员风险"):
    return risks.record_risk(by=office, title=title, description="排查发现：涉及职工约60人。",
                             category=f.category("other", "其他"), level=level, responsible_unit=unit,
                             enterprise=f.enterprise())


def test_a_risk_is_a_matter_of_kind_risk_with_its_level_and_responsible_unit():
    office, unit = f.office(), f.unit()
    risk = record(office, unit)
    assert risk.matter.kind == Matter.Kind.RISK and risk.matter.source == Matter.Source.OFFICE
    assert risk.level == Risk.Level.SERIOUS and risk.responsible_unit == unit


def test_a_risk_is_followed_to_resolution_through_the_matter_lifecycle():
    office, unit = f.office(), f.unit()
    matter = record(office, unit).matter
    handler = f.unit_handler(of=unit)
    matter_services.accept(matter, by=office)
    matter_services.assign(matter, by=office, lead_unit=unit, due=datetime.date.today() + datetime.timedelta(days=10))
    matter_services.acknowledge(matter, by=handler)
    matter_services.respond(matter, by=handler, content="已约谈企业，制定分流安置方案。")
    matter_services.review(matter, by=f.supervisor(), satisfied=True, method="on_site")
    figures = assessment_figures(scope_from())
    assert figures["risks_resolved"] == 1 and figures["risk_resolution_rate"] == 100.0
    assert figures["risks_by_state"] == {"resolved": 1}


def test_only_the_office_records_risks_and_only_with_a_level_and_a_unit():
    unit = f.unit()
    for outsider in (f.enterprise_contact(), f.supervisor(), f.unit_handler(of=unit)):
        with pytest.raises(NotAllowed):
            record(outsider, unit)
    with pytest.raises(ValidationError) as refused:
        record(f.office(), unit, level="huge")
    assert refused.value.field == "level"
    with pytest.raises(ValidationError) as refused:
        record(f.office(), f.enterprise())
    assert refused.value.field == "responsible_unit"
    assert not Matter.objects.exists()


def test_risks_are_counted_by_level_and_state_within_the_period():
    office, unit = f.office(), f.unit()
    with clock.frozen_at(datetime.datetime(2024, 4, 24, 10)):
        record(office, unit, Risk.Level.SERIOUS)
        record(office, unit, Risk.Level.GENERAL, title="季节性用工工资支付不及时")
    with clock.frozen_at(datetime.datetime(2024, 5, 2, 10)):
        record(office, unit, Risk.Level.GENERAL, title="劳务派遣人员社保缴纳不规范")
    april = assessment_figures(scope_from(date_from="2024-04-01", date_to="2024-04-30"))
    assert april["risks"] == 2
    assert april["risks_by_level"] == {"major": 0, "serious": 1, "general": 1, "low": 0}
    assert april["risks_by_state"] == {"submitted": 2}
    assert assessment_figures(scope_from(date_from="1990-01-01", date_to="1990-12-31"))["risks"] == 0


def test_a_unit_sees_only_the_risks_assigned_to_it():
    office, unit = f.office(), f.unit()
    matter = record(office, unit).matter
    handler, other = f.unit_handler(of=unit), f.unit_handler()
    assert not risks.visible_risks(handler).exists()
    matter_services.accept(matter, by=office)
    matter_services.assign(matter, by=office, lead_unit=unit, due=datetime.date.today() + datetime.timedelta(days=10))
    assert risks.visible_risks(handler).count() == 1
    assert not risks.visible_risks(other).exists()
