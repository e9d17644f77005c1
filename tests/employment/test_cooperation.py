"""Training bases and school–enterprise cooperation: who records them, the rules of each form, the trainees counted
from their records, and the figures of ``huishang stats employment``."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.employment import cooperation
from huishang.employment.figures import cooperation_figures
from huishang.employment.models import CooperationForm
from huishang.employment.permissions import visible_cooperations, visible_training_bases
from huishang.figures.scopes import scope_from
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db
day = m.day
YONGCHUAN = ("500118", "永川区")


def trainee(of, *, serial, joined_on="2023-09-10", by=None):
    return cooperation.record_trainee(by=by or f.office(), cooperation=of, name=f"学员{serial}",
                                      id_number=m.id_number("20040101", serial), joined_on=day(joined_on))


def test_the_office_records_a_training_base_of_an_enterprise_or_a_school_of_its_jurisdiction():
    school = m.school("内江职业技术学院")
    base = m.training_base(host=school, name="内江职院服务外包实训基地", places=120)
    assert base.region == school.region and base.places == 120
    enterprise_base = m.training_base(host=f.enterprise())
    assert enterprise_base.host.kind == "enterprise"
    with pytest.raises(ValidationError) as refused:
        m.training_base(host=f.unit())
    assert refused.value.field == "host"


def test_a_training_base_elsewhere_or_by_anyone_but_the_office_is_refused():
    elsewhere = f.enterprise(in_region=f.region(*YONGCHUAN))
    with pytest.raises(NotAllowed) as refused:
        m.training_base(host=elsewhere)
    assert refused.value.field == "host"
    for outsider in (f.supervisor(), f.leader(), f.enterprise_contact()):
        with pytest.raises(NotAllowed):
            m.training_base(office=outsider)


@pytest.mark.parametrize("field, changes", [
    ("name", {"name": " "}), ("trades", {"trades": ""}), ("places", {"places": 0}),
    ("opened_on", {"opened_on": "2023-03-01"}), ("opened_on", {"opened_on": datetime.date(2999, 1, 1)}),
])
def test_a_bad_training_base_is_refused_naming_the_field(field, changes):
    arguments = {"by": f.office(), "name": "实训基地", "host": f.enterprise(), "trades": "客服", "places": 10,
                 "opened_on": day("2023-03-01"), **changes}
    with pytest.raises(ValidationError) as refused:
        cooperation.record_training_base(**arguments)
    assert refused.value.field == field


def test_a_factory_in_the_school_runs_at_a_base_of_the_school_and_a_school_in_the_factory_at_one_of_the_enterprise():
    school, enterprise = m.school(), f.enterprise()
    school_base, enterprise_base = m.training_base(host=school), m.training_base(host=enterprise)
    factory_in_school = m.cooperation_of(school_org=school, enterprise=enterprise, form="factory_in_school",
                                         base=school_base)
    assert factory_in_school.training_base == school_base
    with pytest.raises(ValidationError) as refused:
        m.cooperation_of(school_org=school, enterprise=enterprise, form="factory_in_school", base=enterprise_base)
    assert refused.value.field == "training_base"
    with pytest.raises(ValidationError) as refused:
        m.cooperation_of(school_org=school, enterprise=enterprise, form="school_in_factory")
    assert refused.value.field == "training_base"
    assert m.cooperation_of(school_org=school, enterprise=enterprise, form="school_in_factory",
                            base=enterprise_base).form == CooperationForm.SCHOOL_IN_FACTORY


def test_an_order_class_may_name_only_a_base_of_one_of_its_parties():
    with pytest.raises(ValidationError) as refused:
        m.cooperation_of(form="order_class", base=m.training_base(host=f.enterprise()))
    assert refused.value.field == "training_base"
    assert m.cooperation_of(form="order_class").training_base is None


def test_a_school_of_another_city_cooperates_with_an_enterprise_of_the_jurisdiction_but_not_the_other_way():
    chongqing_school = m.school("重庆师范大学", in_region=f.region("500000", "重庆市"))
    record = m.cooperation_of(school_org=chongqing_school)
    assert record.region == record.enterprise.region
    with pytest.raises(NotAllowed) as refused:
        m.cooperation_of(enterprise=f.enterprise(in_region=f.region(*YONGCHUAN)))
    assert refused.value.field == "enterprise"
    with pytest.raises(NotAllowed):
        m.cooperation_of(office=f.supervisor())


@pytest.mark.parametrize("field, changes", [
    ("school", {"school": None}), ("enterprise", {"enterprise": None}), ("form", {"form": "joint_venture"}),
    ("ends_on", {"ends_on": day("2023-08-31")}), ("places", {"places": -3}), ("starts_on", {"starts_on": "2023"}),
])
def test_a_bad_cooperation_is_refused_naming_the_field(field, changes):
    arguments = {"by": f.office(), "school": m.school(), "enterprise": f.enterprise(), "form": "order_class",
                 "starts_on": day("2023-09-01"), "ends_on": day("2024-06-30"), "places": 30}
    if "school" in changes and changes["school"] is None:
        changes["school"] = f.enterprise()
    if "enterprise" in changes and changes["enterprise"] is None:
        changes["enterprise"] = m.school()
    with pytest.raises(ValidationError) as refused:
        cooperation.record_cooperation(**{**arguments, **changes})
    assert refused.value.field == field


def test_trainees_join_within_the_period_once_each_while_places_are_free():
    record = m.cooperation_of(places=2, starts_on="2023-09-01", ends_on="2024-06-30")
    with pytest.raises(ValidationError) as refused:
        trainee(record, serial=1, joined_on="2023-08-31")
    assert refused.value.field == "joined_on"
    first = trainee(record, serial=1)
    with pytest.raises(ValidationError) as refused:
        trainee(record, serial=1, joined_on="2023-10-01")
    assert refused.value.field == "id_number"
    trainee(record, serial=2)
    with pytest.raises(InvalidTransition):
        trainee(record, serial=3)
    assert list(record.trainees.all()) == [first, record.trainees.last()] and record.trainees.count() == 2


def test_only_the_office_of_the_enterprises_region_records_trainees():
    record = m.cooperation_of()
    for outsider in (f.supervisor(), f.enterprise_contact(of=record.enterprise),
                     f.office(scope=f.region(*YONGCHUAN))):
        with pytest.raises(NotAllowed):
            trainee(record, serial=5, by=outsider)
    assert trainee(record, serial=5).cooperation == record


def test_staff_read_the_jurisdictions_records_and_an_enterprise_only_its_own():
    own, other = f.enterprise(), f.enterprise()
    base, record = m.training_base(host=own), m.cooperation_of(enterprise=own)
    m.training_base(host=other), m.cooperation_of(enterprise=other)
    assert set(visible_cooperations(f.enterprise_contact(of=own))) == {record}
    assert set(visible_training_bases(f.enterprise_contact(of=own))) == {base}
    assert visible_cooperations(f.supervisor()).count() == 2 and visible_training_bases(f.leader()).count() == 2
    yongchuan_office = f.office(scope=f.region(*YONGCHUAN))
    assert not visible_cooperations(yongchuan_office).exists() and not visible_training_bases(yongchuan_office).exists()
    assert not visible_cooperations(f.unit_handler()).exists()


def test_training_bases_cooperations_and_trainees_are_counted_from_the_records_for_the_period_and_region():
    school = m.school()
    school_base = m.training_base(host=school, places=100, opened_on="2023-03-01")
    m.training_base(places=20, opened_on="2022-06-01")  # opened the year before
    in_school = m.cooperation_of(school_org=school, form="factory_in_school", base=school_base, places=40,
                                 starts_on="2023-09-01")
    m.cooperation_of(form="order_class", places=30, starts_on="2023-10-01")
    m.cooperation_of(form="order_class", places=30, starts_on="2024-02-01")  # the next year
    yongchuan = f.region(*YONGCHUAN)
    m.cooperation_of(office=f.office(scope=yongchuan), enterprise=f.enterprise(in_region=yongchuan),
                     starts_on="2023-09-01")
    for serial in range(3):
        trainee(in_school, serial=serial, joined_on="2023-09-05")
    trainee(in_school, serial=9, joined_on="2024-03-01")
    year = cooperation_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31", region="511000"))
    assert year == {
        "training_bases": 1, "training_base_places": 100, "cooperations": 2,
        "cooperations_by_form": {"factory_in_school": 1, "school_in_factory": 0, "order_class": 1,
                                 "apprenticeship": 0, "shared_base": 0, "other": 0},
        "cooperation_places": 70, "cooperation_trainees": 3,
    }
    assert cooperation_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))["cooperations"] == 3


def test_stats_employment_json_gains_training_bases_and_cooperations():
    m.training_base(opened_on="2023-03-01")
    m.cooperation_of(starts_on="2023-09-01")
    out = StringIO()
    with clock.frozen_at(datetime.datetime(2024, 1, 5, 9, 0)):
        call_command("stats", "employment", "--json", "--from", "2023-01-01", "--to", "2023-12-31", stdout=out)
    figures = json.loads(out.getvalue())
    assert figures["training_bases"] == 1 and figures["cooperations"] == 1
    assert figures["cooperations_by_form"]["order_class"] == 1 and figures["cooperation_trainees"] == 0
