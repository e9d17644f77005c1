"""Neijiang's 会商会 history, replayed through the services on the days it happened."""

import datetime
import random
from dataclasses import dataclass

from huishang.cases import services
from huishang.cases.models import Category, Matter
from huishang.core import clock
from huishang.demo import organisations, people, seed_neijiang as seed
from huishang.demo.accounts import CONTACT_PREFIX, Accounts
from huishang.demo.plan import DEFERRAL, LATEST, UNIT_SHORT_NAMES, Story, consultation_history, decision_text
from huishang.demo.shapes import Raised
from huishang.directory.models import Organization, Region, Role, User
from huishang.dispatch import services as dispatch_services
from huishang.meetings import services as meeting_services
from huishang.meetings.models import AgendaItem, Meeting
from huishang.supervision import services as supervision_services

FIRST_CONTACT_NOTES = {
    "phone": "已电话联系企业负责人，了解诉求详情，告知承办人和办理流程。",
    "visit": "已上门走访企业，现场了解问题情况并听取意见。",
    "online": "已通过平台留言回复企业，告知承办人及联系方式。",
}
SUPPORTING_OPINION = "我单位已研究该问题，支持牵头单位的办理意见，将按职责做好政策解读和协调配合。"


@dataclass
class Cast:
    """Who is who in Neijiang."""

    city: Region
    office: User
    leader: User
    supervisors: dict[str, User]
    units: dict[str, Organization]
    handlers: dict[str, User]
    enterprises: dict[str, Organization]
    contacts: dict[str, User]

    def user(self, username: str) -> User:
        return self.supervisors.get(username) or {"office": self.office, "leader": self.leader}[username]


def _cast(rng, accounts: Accounts) -> Cast:
    province = organisations.region(*seed.PROVINCE)
    city = organisations.region(*seed.CITY, parent=province)
    districts = {code: organisations.region(code, name, parent=city) for code, name in seed.DISTRICTS}

    def body(kind, names):
        name, short_name = names
        return organisations.organisation(kind, name, short_name=short_name, in_region=city)

    office_org = body(Organization.Kind.OFFICE, seed.SERVICE_OFFICE)
    group = body(Organization.Kind.SUPERVISION, seed.SUPERVISION_GROUP)
    body(Organization.Kind.UNION, seed.UNION)
    units = {
        unit.key: organisations.organisation(
            Organization.Kind.UNIT, unit.name, short_name=unit.short_name, in_region=city
        )
        for unit in seed.UNITS
    }
    codes = organisations.CreditCodes(rng)
    enterprises = {
        name: organisations.enterprise(
            name, in_region=districts[district], industry=industry, credit_code=codes.next(region_code=district)
        )
        for name, district, industry in seed.ENTERPRISES
    }

    office = accounts.demo(seed.OFFICE_ACCOUNT[0], role=Role.OFFICE, name=seed.OFFICE_ACCOUNT[1],
                           organization=office_org, region=city, phone=people.mobile_number(rng))
    leader = accounts.demo(seed.LEADER_ACCOUNT[0], role=Role.LEADER, name=seed.LEADER_ACCOUNT[1], region=city)
    supervisors = {
        username: accounts.demo(username, role=Role.SUPERVISOR, name=f"{name}（{from_body}）", organization=group,
                                region=city, phone=people.mobile_number(rng))
        for username, name, from_body in seed.SUPERVISORS
    }
    handlers = {
        unit.key: accounts.demo(unit.handler_username, role=Role.UNIT, name=unit.handler_name,
                                organization=units[unit.key], phone=people.mobile_number(rng))
        for unit in seed.UNITS
    }
    contacts = {}
    for position, (name, _district, _industry) in enumerate(seed.ENTERPRISES, start=1):
        if name == seed.FEATURED_ENTERPRISE:
            contacts[name] = accounts.demo(
                seed.FEATURED_CONTACT[0], role=Role.ENTERPRISE, name=seed.FEATURED_CONTACT[1],
                organization=enterprises[name], phone=people.mobile_number(rng),
            )
        else:
            contacts[name] = accounts.contact(
                f"{CONTACT_PREFIX}{position:03d}", name=people.person_name(rng), organization=enterprises[name],
                phone=people.mobile_number(rng),
            )
    return Cast(city, office, leader, supervisors, units, handlers, enterprises, contacts)


def _morning(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(10, 0))


def _next_morning(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(9, 30))


def _submit_story(story: Story, cast: Cast, categories: dict[str, Category]) -> Matter:
    by = cast.contacts[story.enterprise] if story.channel == "enterprise" else cast.office
    with clock.frozen_at(story.submitted_at):
        return services.submit_matter(
            by=by, title=story.title, description=story.description, category=categories[story.problem.category],
            enterprise=cast.enterprises[story.enterprise], source=story.channel,
        )


def _submit_raised(raised: Raised, cast: Cast, categories: dict[str, Category]) -> Matter:
    with clock.frozen_at(_morning(raised.day)):
        return services.submit_matter(
            by=cast.user(raised.raised_by), title=raised.title, description=raised.description,
            category=categories[raised.category], enterprise=cast.enterprises[raised.enterprise],
            source=raised.source, kind=raised.kind,
        )


def _take_in(stories: list[Story], cast: Cast, categories) -> tuple[dict[Story, Matter], dict[str, Matter]]:
    """Everything raised in Neijiang, submitted in the order it came in so that numbers run with time."""
    arrivals = [(story.submitted_at, "story", story) for story in stories]
    extras = {"rejected": seed.REJECTED[0], "duplicate": seed.DUPLICATE}
    extras |= {f"waiting{position}": raised for position, raised in enumerate(seed.WAITING)}
    arrivals += [(_morning(raised.day), key, raised) for key, raised in extras.items()]
    story_matters, extra_matters = {}, {}
    for _moment, key, what in sorted(arrivals, key=lambda arrival: arrival[0]):
        if key == "story":
            story_matters[what] = _submit_story(what, cast, categories)
        else:
            extra_matters[key] = _submit_raised(what, cast, categories)
    for story in stories:
        with clock.frozen_at(story.accepted_at):
            services.accept(story_matters[story], by=cast.office)
    return story_matters, extra_matters


def _attendees(stories: list[Story]) -> str:
    keys = []
    for story in stories:
        for key in (story.misrouted_to or story.lead, *story.problem.supporting):
            if key not in keys:
                keys.append(key)
    bodies = ["工作专班", "联合督查组（市委目标绩效办、市经济和信息化局）", "市总工会"]
    return "、".join(bodies + [UNIT_SHORT_NAMES[key] for key in keys] + ["相关县（市、区）政府", "企业代表"])


def _minutes(meeting: Meeting, stories: list[Story], deferred: int) -> str:
    enterprises = len({story.enterprise for story in stories})
    assigned = len(stories) - deferred
    text = (
        f"{meeting.title}由{seed.LEADER_ACCOUNT[1]}{seed.LEADER_TITLE}主持召开。工作专班汇报了{enterprises}户企业"
        f"反映的{len(stories)}个问题及前期交办问题办理情况，会议逐一会商研究，明确了{assigned}个问题的牵头单位、"
        "配合单位和办理时限"
    )
    if deferred:
        text += f"，{deferred}个问题待补充材料后提交下次会商会研究"
    return text + (
        "。会议要求，各责任单位要细化工作措施，按期办结并反馈；联合督查组要定期回访督查，根据企业现场复核及"
        "责任单位反馈情况调整问题办理状态，对仍需持续推进的问题加大督促力度。"
    )


def _hold_meeting(index: int, stories: list[Story], matters: dict[Story, Matter], cast: Cast) -> None:
    """One 会商会: scheduled, its agenda built, each problem decided, the minutes written."""
    plan = seed.MEETINGS[index]
    on_agenda = [s for s in stories if s.first_meeting == index or s.meeting == index]
    with clock.frozen_at(datetime.datetime.combine(plan.held_on - datetime.timedelta(days=10), datetime.time(15, 0))):
        meeting = meeting_services.create_meeting(
            by=cast.office, held_on=plan.held_on, region=cast.city, chair=cast.leader,
            location=seed.MEETING_LOCATIONS[index % len(seed.MEETING_LOCATIONS)], attendees=_attendees(on_agenda),
        )
    items = {}
    for story in on_agenda:
        with clock.frozen_at(story.reagenda_at if story.first_meeting != index else story.agenda_at):
            items[story] = meeting_services.add_to_agenda(meeting, matters[story], by=cast.office)
    deferred = 0
    for story in on_agenda:
        item = items[story]
        if story.meeting != index:
            deferred += 1
            with clock.frozen_at(datetime.datetime.combine(plan.held_on, datetime.time(11, 30))):
                meeting_services.decide(item, by=cast.office, outcome=AgendaItem.Outcome.DEFERRED, decision=DEFERRAL)
            continue
        supporting = [cast.units[key] for key in story.problem.supporting]
        with clock.frozen_at(story.decided_at):
            meeting_services.decide(
                item, by=cast.office, outcome=AgendaItem.Outcome.ASSIGNED, decision=decision_text(story),
                lead_unit=cast.units[story.misrouted_to or story.lead], supporting_units=supporting,
                due=story.first_due,
            )
    meeting_services.record_minutes(meeting, by=cast.office, minutes=_minutes(meeting, on_agenda, deferred))


def _handle(story: Story, matter: Matter, cast: Cast) -> None:
    """Everything after the meeting: re-dispatch, acknowledgement, answers, reviews, follow-up."""
    lead = cast.units[story.lead]
    handler = cast.handlers[story.lead]
    if story.misrouted_to:
        with clock.frozen_at(story.sent_back_at):
            request = supervision_services.request_send_back(matter, by=cast.handlers[story.misrouted_to], reason=(
                f"经核实，该事项主要涉及{UNIT_SHORT_NAMES[story.lead]}职责，不属于我单位办理范围，"
                f"建议调整由{UNIT_SHORT_NAMES[story.lead]}牵头办理。"
            ))
            supervision_services.decide_send_back(request, by=cast.supervisors["supervisor"], approve=True)
            matter.refresh_from_db()
        with clock.frozen_at(story.reassigned_at):
            services.assign(
                matter, by=cast.office, lead_unit=lead, due=story.due,
                supporting_units=[cast.units[key] for key in story.problem.supporting],
                note=f"根据{UNIT_SHORT_NAMES[story.misrouted_to]}退回意见，改由{UNIT_SHORT_NAMES[story.lead]}牵头办理。",
            )
    if story.acknowledged_at is None:
        return
    with clock.frozen_at(story.acknowledged_at):
        services.acknowledge(matter, by=handler)
        # 协办: each supporting unit gives its opinion before the lead unit answers.
        for key in story.problem.supporting:
            if key != story.lead:
                dispatch_services.file_opinion(matter, by=cast.handlers[key], content=SUPPORTING_OPINION)
    _first_contact(story, matter, handler)
    for attempt in story.attempts:
        with clock.frozen_at(attempt.responded_at):
            services.respond(matter, by=handler, content=attempt.content)
        if attempt.reviewed_at:
            by_enterprise = attempt.reviewer == "enterprise"
            reviewer = cast.contacts[story.enterprise] if by_enterprise else cast.user(attempt.reviewer)
            with clock.frozen_at(attempt.reviewed_at):
                services.review(
                    matter, by=reviewer, satisfied=attempt.satisfied, method=attempt.method, note=attempt.note
                )
    if story.closed_at:
        with clock.frozen_at(story.closed_at):
            services.close(matter, by=cast.user(story.closed_by), note=story.close_note)


def _first_contact(story: Story, matter: Matter, handler: User) -> None:
    """The lead unit's first contact with the enterprise (首次联系): most within hours of signing for the matter,
    some days later, a few never recorded (its answer is then its response). Its own random numbers, drawn from
    the matter's number, leave the rest of the demo as it was."""
    rng = random.Random(f"first-contact:{matter.number}")
    if rng.random() < 0.15:
        return
    if rng.random() < 0.7:
        moment = story.acknowledged_at + datetime.timedelta(minutes=rng.choice([20, 45, 90, 150, 240]))
    else:
        day = story.acknowledged_at.date() + datetime.timedelta(days=rng.randint(2, 6))
        moment = datetime.datetime.combine(day, datetime.time(rng.randint(9, 16), rng.randrange(0, 60, 5)))
    answered = story.attempts[0].responded_at if story.attempts else LATEST
    if moment >= min(answered, LATEST):
        return
    method = rng.choice(list(FIRST_CONTACT_NOTES))
    with clock.frozen_at(moment):
        services.record_contact(matter, by=handler, method=method, contacted_at=clock.now(),
                                note=FIRST_CONTACT_NOTES[method])


def _other_branches(extras: dict[str, Matter], original: Matter, cast: Cast) -> None:
    """A rejection, a duplicate merged into its original, and the queue waiting for the next meeting."""
    rejected, reason = seed.REJECTED
    with clock.frozen_at(_next_morning(rejected.day)):
        services.reject(extras["rejected"], by=cast.office, reason=reason)
    with clock.frozen_at(_next_morning(seed.DUPLICATE.day)):
        services.merge(extras["duplicate"], by=cast.office, into=original,
                       note=f"与{original.number}为同一问题，合并办理，办理结果一并答复企业。")
    for position, raised in enumerate(seed.WAITING):
        if raised.accepted:
            with clock.frozen_at(_next_morning(raised.day)):
                services.accept(extras[f"waiting{position}"], by=cast.office, note="待提交下次会商会研究。")


def build_neijiang(rng, accounts: Accounts, categories: dict[str, Category]) -> None:
    """Neijiang's units, enterprises and people, and the twelve meetings' history up to the article."""
    cast = _cast(rng, accounts)
    stories = consultation_history(rng)
    matters, extras = _take_in(stories, cast, categories)
    for index in range(len(seed.MEETINGS)):
        _hold_meeting(index, stories, matters, cast)
        for story in stories:
            if story.meeting == index:
                _handle(story, matters[story], cast)
    original = next(
        matters[s] for s in stories if s.enterprise == seed.FEATURED_ENTERPRISE and s.problem.category == "utilities"
    )
    _other_branches(extras, original, cast)
