"""Records with rows inside them (a matter's trail, a meeting's agenda), and adding n rows to the record,
through the apps' own services. Each world keeps the record whose page is asked for."""

import datetime
from types import SimpleNamespace

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from huishang.alliances import services as alliance_services
from huishang.assessment import risks as assessment_risks
from huishang.assessment import services as assessment_services
from huishang.butlers import services as butler_services
from huishang.alliances.models import Achievement, Resource
from huishang.cases import services as matter_services
from huishang.core import clock
from huishang.employment import ledger
from huishang.employment import services as employment_services
from huishang.meetings import services as meeting_services
from huishang.promotion import landed as promotion_landed
from huishang.promotion import services as promotion_services
from huishang.recruitment import events as recruitment_events
from huishang.recruitment import services as recruitment_services
from huishang.recruitment.models import Event
from huishang.suggestions import services as suggestion_services
from huishang.supervision.models import Card
from huishang.surveys import services as survey_services
from tests import factories as f
from tests.alliances import world as alliance_world_makers
from tests.assessment import makers as assessment_makers
from tests.butlers import people as butler_people
from tests.suggestions import helpers as suggestion_helpers
from tests.employment import makers as employment_makers
from tests.recruitment import rounds as recruitment_rounds
from tests.scale.rows import DAY, next_name, admin_world, office_world, supervisor_world


def matter_world() -> SimpleNamespace:
    """An accepted matter the office reads: its trail and files grow as it goes on and off the agenda."""
    world = office_world()
    world.matter = f.accepted_matter(by_office=world.office)
    return world


def _on_and_off_the_agenda(world, name: str) -> None:
    """Two trail entries, the first noted with ``name``; the matter ends accepted again, offering the same actions."""
    matter_services.put_on_agenda(world.matter, by=world.office, note=name)
    matter_services.take_off_agenda(world.matter, by=world.office)


def add_trail_and_files(world, n: int) -> None:
    for _ in range(n):
        name = next_name(world, "记录")
        _on_and_off_the_agenda(world, name)
        matter_services.add_attachment(world.matter, by=world.office,
                                       uploaded=SimpleUploadedFile(f"附件{name}.pdf", b"%PDF-1.4 scale"))


def add_trail(world, n: int) -> None:
    """Trail entries only (the API's matter shows the trail, not the files)."""
    for _ in range(n):
        _on_and_off_the_agenda(world, next_name(world, "记录"))


def meeting_world() -> SimpleNamespace:
    world = office_world()
    world.meeting = f.consultation(by=world.office)
    return world


def add_agenda_items(world, n: int) -> None:
    for _ in range(n):
        matter = f.accepted_matter(by_office=world.office, title=next_name(world, "议题事项"))
        meeting_services.add_to_agenda(world.meeting, matter, by=world.office)


def assigned_meeting_world() -> SimpleNamespace:
    world = meeting_world()
    world.unit = f.unit()
    return world


def add_assigned_agenda_items(world, n: int) -> None:
    """Items the meeting gave the world's unit to lead, each with a supporting unit of its own: the 会议纪要 and
    the unit's 交办单 have a line per item."""
    due = datetime.date.today() + datetime.timedelta(days=30)
    for _ in range(n):
        matter = f.accepted_matter(by_office=world.office, title=next_name(world, "交办事项"))
        item = meeting_services.add_to_agenda(world.meeting, matter, by=world.office)
        meeting_services.decide(item, by=world.office, outcome="assigned", lead_unit=world.unit,
                                supporting_units=[f.unit()], due=due)


def add_submitted_matters(world, n: int) -> None:
    """Matters waiting for the office to accept them: the office's workbench lists them."""
    for _ in range(n):
        f.matter(title=next_name(world, "待受理事项"))


def leader_world() -> SimpleNamespace:
    leader = f.leader()
    return SimpleNamespace(viewer=leader, office=f.office(), names=[])


def add_units_with_matters(world, n: int) -> None:
    """Units each handed a matter this year: the figures' breakdown has a row per unit."""
    for _ in range(n):
        f.assigned_matter(lead=f.unit(name=next_name(world, "考评单位")), by_office=world.office)


def add_ledger_matters(world, n: int) -> None:
    """Matters in several states, named in the description too: the ledger's columns are the description's."""
    for i in range(n):
        name = next_name(world, "台账事项")
        if i % 2:
            f.assigned_matter(by_office=world.office, title=name, description=name)
        else:
            f.matter(title=name, description=name)


def alliance_world() -> SimpleNamespace:
    """An alliance with one member studio, one shared resource, read by the administrator."""
    world = admin_world()
    world.alliance = alliance_world_makers.alliance(admin=world.admin)
    world.studio = alliance_world_makers.member(world.alliance, admin=world.admin)
    world.resource = alliance_world_makers.resource(world.alliance, admin=world.admin,
                                                    listed_on=alliance_world_makers.FOUNDED)
    world.booked_days = 0
    return world


def _member_named(world, name: str):
    return alliance_world_makers.member(world.alliance, admin=world.admin, name=name)


def add_alliance_records(world, n: int) -> None:
    """Per row a member studio, with an agreement, an achievement and a listed resource in its name."""
    for _ in range(n):
        name = next_name(world, "工作室")
        studio = _member_named(world, name)
        alliance_services.record_agreement(world.alliance, by=world.admin, subject=f"{name}协议",
                                           parties=[studio, world.studio], signed_on=clock.today())
        alliance_services.record_achievement(world.alliance, by=world.admin, kind=Achievement.Kind.PATENT,
                                             title=f"{name}成果", studios=[studio], achieved_on=clock.today())
        alliance_services.list_resource(world.alliance, by=world.admin, kind=Resource.Kind.TRAINING_BASE,
                                        name=f"{name}基地", owner=f.enterprise(), keeper=world.admin,
                                        listed_on=clock.today(), capacity=10)


def add_studio_achievements(world, n: int) -> None:
    """Achievements and agreements of the world's studio, each with a partner studio of its own."""
    for _ in range(n):
        name = next_name(world, "成果")
        partner = alliance_world_makers.member(world.alliance, admin=world.admin)
        alliance_services.record_achievement(world.alliance, by=world.admin, kind=Achievement.Kind.PATENT,
                                             title=name, studios=[world.studio, partner], achieved_on=clock.today())
        alliance_services.record_agreement(world.alliance, by=world.admin, subject=f"{name}协议",
                                           parties=[partner, world.studio], signed_on=clock.today())


def add_bookings(world, n: int) -> None:
    """Bookings of the world's resource on days one after another, each by a member studio of its own."""
    for _ in range(n):
        name = next_name(world, "预约工作室")
        world.booked_days += 1
        day = clock.today() + datetime.timedelta(days=world.booked_days)
        alliance_services.book_resource(world.resource, by=world.admin, studio=_member_named(world, name),
                                        starts_on=day, ends_on=day, purpose=f"{name}实训")


def station_world() -> SimpleNamespace:
    """A job station with its staff member, read by the administrator."""
    world = admin_world()
    world.station = employment_makers.station()
    world.staff = employment_makers.staff_of(world.station)
    return world


def job_world() -> SimpleNamespace:
    world = station_world()
    world.job = employment_makers.job(world.station, by=world.staff, title="保洁员")
    return world


def seeker_world() -> SimpleNamespace:
    world = station_world()
    world.seeker = employment_makers.seeker(world.station, by=world.staff, name="钟爱敏")
    return world


def add_seekers(world, n: int) -> None:
    for _ in range(n):
        employment_makers.seeker(world.station, by=world.staff, name=next_name(world, "求职者"))


def add_jobs(world, n: int) -> None:
    for _ in range(n):
        employment_makers.job(world.station, by=world.staff, title=next_name(world, "岗位"))


def add_station_records(world, n: int) -> None:
    """Per row a seeker, a job and a course the seeker is enrolled on, all named after the row."""
    for _ in range(n):
        name = next_name(world, "驿站记录")
        seeker = employment_makers.seeker(world.station, by=world.staff, name=name)
        employment_makers.job(world.station, by=world.staff, title=f"{name}岗位")
        add_course(world, f"{name}培训", seekers=[seeker])


def add_course(world, title: str, *, seekers=()) -> object:
    course = employment_services.create_course(by=world.staff, station=world.station, title=title,
                                               starts_on=clock.today(), ends_on=clock.today())
    for seeker in seekers:
        employment_services.enrol(by=world.staff, course=course, seeker=seeker)
    return course


def course_world() -> SimpleNamespace:
    world = station_world()
    world.course = add_course(world, "家政服务培训")
    return world


def add_enrolments(world, n: int) -> None:
    """Enrolled seekers; the course lists them by id, so the id as the JSON writes it is what is looked for."""
    for _ in range(n):
        seeker = employment_makers.seeker(world.station, by=world.staff, name=f"学员{len(world.names) + 1}")
        employment_services.enrol(by=world.staff, course=world.course, seeker=seeker)
        world.names.append(f'"seeker": {seeker.pk},')


def household_world() -> SimpleNamespace:
    world = admin_world()
    world.household = ledger.record_household(by=world.admin, number="户001", region=employment_makers.rongdong(),
                                              community="南文营社区")
    return world


def add_members_and_visits(world, n: int) -> None:
    for _ in range(n):
        name = next_name(world, "居民")
        ledger.add_member(by=world.admin, household=world.household, name=name,
                          id_number=employment_makers.id_number(), phone="13800138000", status="employed")
        ledger.record_visit(by=world.admin, household=world.household, note=f"走访{name}")


def lead_world() -> SimpleNamespace:
    """A lead of the office's, which it hands back and forth to a colleague of the same region."""
    world = admin_world()
    world.colleague = f.office()
    world.lead = promotion_services.open_lead(by=world.office, enterprise_name="同程旅行", project="内江客服中心",
                                              region=f.region(), owner=world.office)
    return world


def add_lead_visits_and_owners(world, n: int) -> None:
    for _ in range(n):
        name = next_name(world, "跟进")
        promotion_services.record_visit(world.lead, by=world.office, visited_on=clock.today(), notes=name,
                                        next_step=f"{name}下一步")
        owner = world.colleague if world.lead.owner_id == world.office.pk else world.office
        world.lead = promotion_services.change_owner(world.lead, by=world.office, owner=owner, note=f"{name}交接")


def landed_world() -> SimpleNamespace:
    """A project that landed long ago, its enterprise linked, read by the administrator."""
    world = lead_world()
    landed_on = clock.today() - datetime.timedelta(days=400)
    for stage, seats in (("negotiating", None), ("signed", 100), ("landed", None)):
        with clock.frozen_at(datetime.datetime.combine(landed_on, datetime.time(9))):
            world.lead = promotion_services.advance(world.lead, by=world.office, to=stage, planned_seats=seats)
    promotion_landed.link_enterprise(world.lead, by=world.office, enterprise=f.enterprise())
    world.reported_days = 0
    return world


def add_reports_lines_and_plans(world, n: int) -> None:
    """One-day reports, business lines and seat plan changes, each by the office."""
    for _ in range(n):
        day = world.lead.landed_on + datetime.timedelta(days=world.reported_days)
        world.reported_days += 1
        name = next_name(world, "业务线")
        promotion_landed.report_operation(world.lead, by=world.office, period_start=day, period_end=day,
                                          seats_actual=world.reported_days, output_value_yuan=100)
        promotion_landed.add_business_line(world.lead, by=world.office, name=name, started_on=day)
        world.lead = promotion_landed.revise_seat_plan(world.lead, by=world.office,
                                                       planned_seats=world.lead.planned_seats + 1, reason=name)


def campaign_world() -> SimpleNamespace:
    """A screening campaign of the office's, read by the administrator."""
    world = admin_world()
    world.campaign = assessment_risks.open_campaign(by=world.office, title="风险排查", scope="全区", region=f.region(),
                                                    starts_on=clock.today(), ends_on=clock.today())
    return world


def add_campaigns(world, n: int) -> None:
    """Campaigns, each with an enterprise screened and one not."""
    for _ in range(n):
        campaign = assessment_risks.open_campaign(by=world.office, title=next_name(world, "排查"), scope="全区",
                                                  region=f.region(), starts_on=clock.today(), ends_on=clock.today())
        add_screened_targets_and_risks(SimpleNamespace(office=world.office, campaign=campaign, names=world.names), 1)


def add_screened_targets_and_risks(world, n: int) -> None:
    """Enterprises screened by the office, each with a risk found, graded twice and under a 稳控 plan."""
    for _ in range(n):
        target = assessment_risks.add_target(by=world.office, campaign=world.campaign, enterprise=f.enterprise(),
                                             screener=world.office)
        assessment_risks.record_screening(by=world.office, target=target, screened_on=clock.today())
        risk = assessment_risks.record_risk(
            by=world.office, title=next_name(world, "风险"), description="排查发现", category=f.category("other", "其他"),
            level="general", responsible_unit=f.unit(), enterprise=target.enterprise, campaign=world.campaign)
        world.risk = assessment_risks.regrade(by=world.office, risk=risk, level="serious", reason="升级")
        assessment_risks.record_stability_plan(by=world.office, risk=world.risk, measures="驻企", person_in_charge="王建",
                                               review_on=clock.today())


def risk_world() -> SimpleNamespace:
    """A risk of a campaign re-graded and planned again and again, read by the administrator."""
    world = campaign_world()
    add_screened_targets_and_risks(world, 1)
    world.names = []
    return world


def add_gradings_and_plans(world, n: int) -> None:
    for number in range(n):
        level = "major" if world.risk.level == "serious" else "serious"
        world.risk = assessment_risks.regrade(by=world.office, risk=world.risk, level=level,
                                              reason=next_name(world, "调整理由"))
        assessment_risks.record_stability_plan(by=world.office, risk=world.risk, measures=f"措施{number}",
                                               person_in_charge="王建", review_on=clock.today())


def round_world() -> SimpleNamespace:
    """The proofreader round, open for applications, read by the administrator."""
    world = admin_world()
    world.round = recruitment_rounds.proofreader_round(world.office)
    return world


def add_applications(world, n: int) -> None:
    """Applications that passed review: the round page offers a scores form on each. Names are masked on the
    sheets and the public result, so the tracking number is what is looked for."""
    for _ in range(n):
        application, _code = recruitment_rounds.apply(world.round, name=f"申请人{len(world.names) + 1}")
        world.names.append(application.tracking_number)
        with recruitment_rounds.at(recruitment_rounds.ANNOUNCED + datetime.timedelta(days=5)):
            recruitment_services.review_application(application, by=world.office, approve=True)


def add_scored_applications_and_publish(world, n: int) -> None:
    """A round's whole result: n applicants reviewed, scored apart, then the ranking published (nothing follows
    it). The result masks names and ID numbers, so each row is looked for by its rank."""
    add_applications(world, n)
    with recruitment_rounds.at(recruitment_rounds.DEADLINE + datetime.timedelta(days=5)):
        for score, application in enumerate(world.round.applications.order_by("pk")):
            recruitment_services.record_scores(application, by=world.office, written=40 + score, interview=40 + score)
        recruitment_services.publish_result(world.round, by=world.office)
    world.names[:] = [f'<tr><td class="num">{rank}</td>' for rank in range(1, n + 1)]


def event_world() -> SimpleNamespace:
    world = admin_world()
    world.event = recruitment_events.hold_event(by=world.office, kind=Event.Kind.JOB_FAIR, title="春风行动招聘会",
                                                held_on=DAY, region=f.region())
    return world


def add_employers_with_intentions(world, n: int) -> None:
    for _ in range(n):
        name = next_name(world, "参会单位")
        participation = recruitment_events.add_employer(world.event, by=world.office, employer=name,
                                                        positions=[(f"{name}岗位", 2)])
        recruitment_events.record_intentions(participation, by=world.office, candidates=[(f"{name}候选人", "")])


def assessment_world() -> SimpleNamespace:
    """A draft assessment, read by the officer of the federation that organises it."""
    federation = assessment_makers.union()
    organiser = assessment_makers.officer(federation)
    run = assessment_services.create_assessment(by=organiser, title="基层工会工作综合目标考核", year=2023,
                                                organiser=federation)
    return SimpleNamespace(viewer=organiser, organiser=organiser, assessment=run, names=[])


def add_indicators_and_unions(world, n: int) -> None:
    for _ in range(n):
        name = next_name(world, "基层工会")
        assessment_services.add_participant(by=world.organiser, assessment=world.assessment,
                                            union=assessment_makers.union(name))
        assessment_services.add_indicator(by=world.organiser, assessment=world.assessment, name=f"{name}指标",
                                          weight=1, rule="按完成情况评分")


def survey_world() -> SimpleNamespace:
    world = office_world()
    world.enterprise = f.enterprise()
    world.survey = survey_services.record_survey(by=world.office, title="用工情况调研", held_on=DAY, region=f.region(),
                                                 organiser="区委办", enterprises=[world.enterprise, f.enterprise()])
    return world


def add_questions_answers_and_problems(world, n: int) -> None:
    for _ in range(n):
        name = next_name(world, "调研问题")
        question = survey_services.add_question(by=world.office, survey=world.survey, text=f"{name}？")
        survey_services.record_answer(by=world.office, question=question, enterprise=world.enterprise,
                                      text=f"{name}的回答")
        survey_services.raise_problem(by=world.office, survey=world.survey, enterprise=world.enterprise,
                                      title=f"{name}反映", description="缺少技工", category=f.category())


def butler_figures_world() -> SimpleNamespace:
    return SimpleNamespace(viewer=f.leader(), office=f.office(), names=[])


def add_butlers_with_enterprises(world, n: int) -> None:
    """Butlers each caring for an enterprise: the figures have a row per butler."""
    for _ in range(n):
        person = butler_people.butler()
        person.name = next_name(world, "管家")
        person.save(update_fields=["name"])
        butler_services.assign_butler(by=world.office, enterprise=f.enterprise(), butler=person)


def visit_world() -> SimpleNamespace:
    people = butler_people.butler_world()
    return SimpleNamespace(viewer=people.butler, people=people, names=[])


def add_visit_with_problems(world, n: int) -> None:
    """One visit that found n problems (a visit's problems are all raised with it, so each size has its own)."""
    problems = [{"title": next_name(world, "走访问题"), "description": "数控技工缺口十人", "category": f.category()}
                for _ in range(n)]
    world.visit = butler_services.record_visit(
        by=world.people.butler, enterprise=world.people.enterprise, visited_on=DAY, people_met="总经理",
        areas=["needs", "problems"], problems=problems)


def add_suggestions_at_points(world, n: int) -> None:
    """Paper suggestions, each from a collection point of its own: the results have a row per point."""
    category = suggestion_helpers.riverside_category()
    for _ in range(n):
        name = next_name(world, "征集点")
        point = suggestion_helpers.point(code=f"scale-{len(world.names):03d}", name=name, keeper=world.office)
        suggestion_services.submit_suggestion(
            title=f"{name}的建议", text="滨江步道夜间照明不足，建议增设路灯。", category=category,
            region=suggestion_helpers.yangpu(), channel="paper", point=point, entered_by=world.office,
        )


def add_handled_suggestions(world, n: int) -> None:
    """Suggestions taken through to a unit, some turned away: Open311 lists each with its agency and notes."""
    category = suggestion_helpers.riverside_category()
    point = suggestion_helpers.point(code=f"scale-h{len(world.names):03d}", keeper=world.office)
    for i in range(n):
        receipt = suggestion_services.submit_suggestion(
            title=next_name(world, "建议"), text="滨江步道夜间照明不足，建议增设路灯。", category=category,
            region=suggestion_helpers.yangpu(), channel="paper", point=point, entered_by=world.office,
        )
        world.names[-1] = receipt.suggestion.matter.number
        matter = receipt.suggestion.matter
        if i % 2:
            matter_services.reject(matter, by=world.admin, reason="不属于受理范围")
        else:
            matter_services.accept(matter, by=world.admin)
            matter_services.assign(matter, by=world.admin, lead_unit=f.unit(in_region=suggestion_helpers.yangpu()),
                                   due=clock.today() + datetime.timedelta(days=30))


ALIKE = "一线数控技工招聘困难，缺口约四十人，企业希望人社部门组织专场招聘会并给予培训补贴。"


def add_alike_matters(world, n: int) -> None:
    """Matters worded alike in one place: one hot issue listing them all, and likely duplicates of each other."""
    for _ in range(n):
        f.matter(title=f"{next_name(world, '技工短缺')}", description=ALIKE)


def duplicates_world() -> SimpleNamespace:
    world = office_world()
    world.matter = f.matter(title="技工短缺", description=ALIKE)
    return world


def carded_matter_world() -> SimpleNamespace:
    world = supervisor_world()
    world.matter = f.assigned_matter(by_office=world.people.office)
    return world


def add_card_history(world, n: int) -> None:
    """Cards the matter held and was cleared of, one after another, as the card job leaves them."""
    for _ in range(n):
        moment = clock.now()
        Card.objects.create(matter=world.matter, level=Card.Level.WARNING, reason=next_name(world, "临期提醒"),
                            issued_at=moment, cleared_at=moment)


def suggestion_world() -> SimpleNamespace:
    world = admin_world()
    receipt = suggestion_services.submit_suggestion(
        title="滨江步道照明", text="滨江步道夜间照明不足，建议增设路灯。", category=suggestion_helpers.riverside_category(),
        region=suggestion_helpers.yangpu(), channel="paper", entered_by=world.office,
        point=suggestion_helpers.point(keeper=world.office),
    )
    world.suggestion, world.suggestion_code = receipt.suggestion, receipt.code
    return world


def add_suggestion_files(world, n: int) -> None:
    for _ in range(n):
        name = next_name(world, "现场照片")
        matter_services.add_attachment(world.suggestion.matter, by=world.admin,
                                       uploaded=SimpleUploadedFile(f"{name}.pdf", b"%PDF-1.4 scale"))


def answered_suggestion_world() -> SimpleNamespace:
    """A suggestion handed to a unit; its sender follows it with the tracking number and code."""
    world = suggestion_world()
    # A unit of the suggestion's own place: a matter goes to no other place's units.
    world.handler = f.unit_handler(f.unit(in_region=suggestion_helpers.yangpu()))
    world.supervisor = f.supervisor(scope=suggestion_helpers.yangpu())
    matter = world.suggestion.matter
    matter_services.accept(matter, by=world.admin)
    matter_services.assign(matter, by=world.admin, lead_unit=world.handler.organization,
                           due=clock.today() + datetime.timedelta(days=30))
    matter_services.acknowledge(matter, by=world.handler)
    return world


def add_unit_answers(world, n: int) -> None:
    """Answers of the unit, each found wanting by the supervisor, so that the next one follows."""
    matter = world.suggestion.matter
    for _ in range(n):
        matter_services.respond(matter, by=world.handler, content=next_name(world, "答复"))
        matter_services.review(matter, by=world.supervisor, satisfied=False, note="仍需推进")


def following_client(world) -> Client:
    """The sender's browser after giving the tracking number and the follow-up code."""
    client = Client()
    response = client.post("/suggestions/follow/", {"number": world.suggestion.matter.number,
                                                    "code": world.suggestion_code})
    assert response.status_code == 302, response.content[:300]
    return client


def opinions_world() -> SimpleNamespace:
    """A matter the office assigned; each row is a supporting unit that files its opinion, read by the lead unit."""
    world = office_world()
    world.handler = f.unit_handler()
    world.matter = f.assigned_matter(lead=world.handler.organization, by_office=world.office)
    world.viewer = world.handler
    return world


def add_supporting_opinions(world, n: int) -> None:
    from huishang.dispatch import services as dispatch_services

    assignment = world.matter.assignments.get()
    for _ in range(n):
        helper = f.unit_handler()
        assignment.supporting_units.add(helper.organization)
        dispatch_services.file_opinion(world.matter, by=helper, content=next_name(world, "协办意见"))
