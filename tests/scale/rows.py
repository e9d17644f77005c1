"""Adding n rows of each kind a list shows, through the apps' own services (or their test makers)."""

import datetime
from types import SimpleNamespace

from huishang.assessment import risks
from huishang.audit.log import record_event
from huishang.assessment import services as assessment_services
from huishang.butlers import services as butler_services
from huishang.cases import services as matter_services
from huishang.cases.models import Category
from huishang.directory.models import Organization, Role
from huishang.core import clock
from huishang.employment import ledger
from huishang.promotion import services as promotion_services
from huishang.recruitment import events
from huishang.recruitment import services as recruitment_services
from huishang.recruitment.models import Education, Event
from huishang.suggestions import services as suggestion_services
from huishang.suggestions.models import CollectionPoint
from huishang.supervision.cards import compute_cards
from huishang.notifications.services import notify
from huishang.surveys import services as survey_services
from tests import factories as f
from tests.alliances import world as alliance_world
from tests.assessment import makers as assessment_makers
from tests.butlers.people import butler_world
from tests.cases.worlds import cast
from tests.employment import makers as employment_makers
from tests.recruitment.rounds import proofreader_round
from tests.suggestions import helpers as suggestion_helpers
from tests.supervision.conftest import START, at

DAY = datetime.date(2026, 3, 2)


def _named(world, name: str) -> str:
    world.names.append(name)
    return name


def next_name(world, prefix: str) -> str:
    return _named(world, f"{prefix}{len(world.names) + 1:03d}号")


def office_world() -> SimpleNamespace:
    office = f.office()
    return SimpleNamespace(viewer=office, office=office, names=[])


def add_matters(world, n: int) -> None:
    """Matters in several states, so that the list shows lead units, enterprises and categories."""
    for i in range(n):
        title = next_name(world, "批量事项")
        if i % 2:
            f.assigned_matter(by_office=world.office, title=title)
        else:
            f.matter(title=title)


def add_meetings(world, n: int) -> None:
    for _ in range(n):
        meeting = f.consultation(by=world.office)
        world.names.append(meeting.title)


def admin_world() -> SimpleNamespace:
    admin = f.admin()
    return SimpleNamespace(viewer=admin, admin=admin, office=f.office(), names=[])


def add_categories(world, n):
    for _ in range(n):
        code = f"scale{len(world.names) + 1:03d}"
        Category.objects.create(code=code, name=next_name(world, "类别"))


def add_units(world, n):
    for _ in range(n):
        f.unit(name=next_name(world, "责任单位"))


def add_notifications(world, n):
    for _ in range(n):
        name = next_name(world, "通知")
        notify(world.viewer, key=name, event="supervision.digest", context={"today": DAY}, link=f"/supervision/#{name}")


def butler_viewer_world() -> SimpleNamespace:
    people = butler_world()
    return SimpleNamespace(viewer=people.butler, office=people.office, butler=people.butler, names=[])


def add_visits(world, n):
    """Visits with a problem each (a matter linked to the visit), to enterprises in the butler's care."""
    for _ in range(n):
        enterprise = f.enterprise(name=next_name(world, "走访企业"))
        butler_services.assign_butler(by=world.office, enterprise=enterprise, butler=world.butler)
        butler_services.record_visit(
            by=world.butler, enterprise=enterprise, visited_on=DAY, people_met="总经理", areas=["needs", "problems"],
            problems=[{"title": "缺技工", "description": "数控技工缺口十人", "category": f.category()}],
        )


def add_cared_enterprises(world, n):
    for _ in range(n):
        enterprise = f.enterprise(name=next_name(world, "服务企业"))
        butler_services.assign_butler(by=world.office, enterprise=enterprise, butler=world.butler)
        f.matter(by=f.enterprise_contact(enterprise))


def add_trainings(world, n):
    for _ in range(n):
        butler_services.record_training(by=world.office, butler=world.butler, topic="safety",
                                        title=next_name(world, "培训"), held_on=DAY, hours=2)


def add_alliances(world, n):
    for _ in range(n):
        alliance = alliance_world.alliance(admin=world.admin, name=next_name(world, "创新联盟"))
        alliance_world.member(alliance, admin=world.admin)


def add_suggestions(world, n):
    """Paper suggestions entered by the keeper of a collection point."""
    category = suggestion_helpers.riverside_category()
    point = CollectionPoint.objects.filter(keeper=world.office).first() or suggestion_helpers.point(keeper=world.office)
    for _ in range(n):
        suggestion_services.submit_suggestion(
            title=next_name(world, "建议"), text="滨江步道夜间照明不足，建议增设路灯。", category=category,
            region=suggestion_helpers.yangpu(), channel="paper", point=point, entered_by=world.office,
        )


def add_leads(world, n):
    for _ in range(n):
        name = next_name(world, "招商企业")
        promotion_services.open_lead(by=world.office, enterprise_name=name, project=f"{name}项目", region=f.region(),
                                     owner=world.office)


def add_rounds(world, n):
    for _ in range(n):
        proofreader_round(world.office, title=next_name(world, "招聘公告"))


def add_open_rounds(world, n):
    """Rounds taking applications today, which the public page lists."""
    today = clock.today()
    for _ in range(n):
        recruitment_services.create_round(
            by=world.office, title=next_name(world, "招聘公告"), employer="内江日报社", post="校对人员", head_count=3,
            region=f.region(), announced_on=today, deadline=today + datetime.timedelta(days=14),
            min_education=Education.JUNIOR_COLLEGE,
        )


def add_events(world, n):
    for _ in range(n):
        events.hold_event(by=world.office, kind=Event.Kind.JOB_FAIR, title=next_name(world, "招聘会"), held_on=DAY,
                          region=f.region())


def add_stations(world, n):
    for _ in range(n):
        station = employment_makers.station()
        station.name = next_name(world, "零工驿站")
        station.save(update_fields=["name"])
        employment_makers.seeker(station)


def add_households(world, n):
    region = employment_makers.rongdong()
    for _ in range(n):
        household = ledger.record_household(by=world.admin, number=next_name(world, "户"), region=region,
                                            community="南文营社区")
        ledger.add_member(by=world.admin, household=household, name="钟爱敏",
                          id_number=employment_makers.id_number(), phone="13800138000", status="employed")


def add_assessments(world, n):
    """Assessments with indicators and participating unions, opened by one federation."""
    federation = Organization.objects.filter(name="永川区总工会").first() or assessment_makers.union("永川区总工会")
    for _ in range(n):
        run = assessment_services.create_assessment(by=world.admin, title=next_name(world, "目标考核"), year=2023,
                                                    organiser=federation)
        assessment_services.add_indicator(by=world.admin, assessment=run, name="组织建设", weight=100, rule="按完成情况评分")
        assessment_services.add_participant(by=world.admin, assessment=run, union=assessment_makers.union())


def add_risks(world, n):
    unit = Organization.objects.filter(kind=Organization.Kind.UNIT).first() or f.unit()
    for _ in range(n):
        risks.record_risk(by=world.office, title=next_name(world, "风险"), description="厂房消防通道堵塞",
                          category=f.category(), level="serious", responsible_unit=unit, enterprise=f.enterprise())


def add_surveys(world, n):
    for _ in range(n):
        survey_services.record_survey(by=world.office, title=next_name(world, "调研"), held_on=DAY, region=f.region(),
                                      organiser="区委办", enterprises=[f.enterprise(), f.enterprise()],
                                      questions=["用工情况如何？"])


def butler_office_world() -> SimpleNamespace:
    world = butler_viewer_world()
    world.viewer = world.office
    return world


def supervisor_world() -> SimpleNamespace:
    people = cast()
    return SimpleNamespace(viewer=people.supervisor, people=people, names=[])


def add_overdue_carded_matters(world, n):
    """Matters one unit let run past their deadline, each with its card: the board's overdue and card lists."""
    people = world.people
    with clock.frozen_at(at(START)):
        for _ in range(n):
            matter = f.matter(by=people.contact, title=next_name(world, "逾期事项"))
            matter_services.accept(matter, by=people.office)
            matter_services.assign(matter, by=people.office, lead_unit=people.handler.organization,
                                   due=START + datetime.timedelta(days=14))
    compute_cards()


def add_points(world, n):
    for _ in range(n):
        suggestion_helpers.point(code=f"scale-{len(world.names) + 1:03d}", name=next_name(world, "征集点"))


def auditor_world() -> SimpleNamespace:
    auditor = f.user(Role.AUDITOR)
    return SimpleNamespace(viewer=auditor, names=[])


def add_audit_entries(world, n):
    for _ in range(n):
        record_event("export", actor=world.viewer, subject=next_name(world, "导出"))


def add_routing_entries(world, n):
    """派单目录 rows, each of its own category with a named lead unit and a supporting unit."""
    from huishang.dispatch import services as dispatch_services

    start = Category.objects.count()
    for i in range(n):
        category = Category.objects.create(code=f"routed{start + i}", name=f"派单类别{start + i}")
        dispatch_services.create_entry(
            by=world.office, category=category, region=f.region(), lead_unit=f.unit(next_name(world, "牵头局")),
            supporting_units=[f.unit()], working_days=10,
        )


def add_ranked_units(world, n):
    """Units of the office's region, each leading one matter assigned this month: lines of the month's ranking."""
    for _ in range(n):
        f.assigned_matter(by_office=world.office, lead=f.unit(name=next_name(world, "考核单位")))


def this_month(_world) -> str:
    return f"{clock.today():%Y-%m}"


def drill_world() -> SimpleNamespace:
    """The office and one unit whose 回退率 of this month is drilled down to its assignments."""
    office = f.office()
    return SimpleNamespace(viewer=office, office=office, unit=f.unit(name="下钻单位"), names=[])


def add_drilled_matters(world, n):
    """Matters assigned this month to the world's unit: each an assignment its 回退率 counts."""
    for _ in range(n):
        f.assigned_matter(by_office=world.office, lead=world.unit, title=next_name(world, "下钻事项"))


def drill_path(world) -> str:
    return f"/ranking/{this_month(world)}/units/{world.unit.pk}/send_back_rate/"


def add_talks(world, n):
    """Talks (约谈) of the office, each with a unit flagged in a month of its own and two commitments, one overdue."""
    from huishang.ranking import talks
    from tests.ranking.talks_world import at, published

    for _ in range(n):
        unit = f.unit(name=next_name(world, "约谈单位"))
        held = len(world.names)
        month = datetime.date(2000 + held // 12, held % 12 + 1, 1)
        publication = (month + datetime.timedelta(days=40)).replace(day=3)
        published(month, f.region(), [(unit, 1, True)], by=world.office, on=publication)
        held_on = publication + datetime.timedelta(days=5)
        with clock.frozen_at(at(held_on)):
            talks.record_talk(by=world.office, unit=unit, month=month, region=f.region(), held_on=held_on,
                              chaired_by="主持人", attendees="参加人员", problems="指出的问题",
                              commitments=[talks.Promise("按期整改", held_on),
                                           talks.Promise("建立机制", held_on + datetime.timedelta(days=9000))])
