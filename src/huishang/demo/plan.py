"""The story of every problem Neijiang's 会商会 took up, worked out before anything is written.

``consultation_history(rng)`` decides, for each of the 127 problems, which enterprise raised it,
what it is about, which meeting assigned it, and every later step with its moment: acknowledged,
answered, reviewed (sometimes not yet satisfied), resolved, followed up. The world builder then
replays these steps through the services. Keeping the plan free of the database makes the counts
it aims at (seed_neijiang.MEETINGS) easy to read and the same on every run.

Moments are naive local times (Asia/Shanghai); ``clock.frozen_at`` makes them aware.
"""

import collections
import datetime
from dataclasses import dataclass, field

from huishang.demo import problems as bank
from huishang.demo.seed_neijiang import (
    ARTICLE_DAY, ENTERPRISES, FEATURED_ENTERPRISE, MEETINGS, REOPENED_RESOLVED, SENT_BACK, SUPERVISORS as SUPERVISION,
    UNITS,
)

BEING_ASSIGNED = "being_assigned"
IN_PROGRESS = "in_progress"
RESPONDED = "responded"
RESOLVED = "resolved"
CLOSED = "closed"

# Nothing in the history happens after the evening before the article's day.
LATEST = datetime.datetime.combine(ARTICLE_DAY - datetime.timedelta(days=1), datetime.time(18, 0))


@dataclass(frozen=True)
class Fixed:
    """A story told on purpose: the demo accounts need these to have something to do."""

    meeting: int  # index into MEETINGS: 0 is November 2022, 11 the tenth meeting of 2023
    outcome: str
    problem: bank.Problem
    enterprise: str | None = None
    reopened: bool = False


# 金鸿曲轴 (the `enterprise` account) has an old closed problem, one resolved after a second try,
# one answered and waiting for its own review, and one still being assigned; 人社局 (the `unit`
# account) has one to acknowledge and one to answer.
FIXED = [
    Fixed(0, RESOLVED, bank.CRANKSHAFT_TECHNICIANS, FEATURED_ENTERPRISE),
    Fixed(5, RESOLVED, bank.POWER_CAPACITY, FEATURED_ENTERPRISE, reopened=True),
    Fixed(10, RESPONDED, bank.TECH_RENOVATION_FUNDS, FEATURED_ENTERPRISE),
    Fixed(11, BEING_ASSIGNED, bank.OVERSIZE_TRANSPORT, FEATURED_ENTERPRISE),
    Fixed(11, BEING_ASSIGNED, bank.FRONTLINE_SHORTAGE),
    Fixed(10, IN_PROGRESS, bank.TRAINING_SUBSIDY),
]

CHANNELS = [("office", 50), ("enterprise", 35), ("hotline", 15)]
SUPERVISORS = [username for username, _name, _from in SUPERVISION]
UNIT_SHORT_NAMES = {unit.key: unit.short_name for unit in UNITS}
DEFERRAL = "待企业补充相关材料、责任单位进一步核实后，提交下次会商会研究。"


@dataclass
class Attempt:
    """One answer by the unit and, when it came, the review of it."""

    responded_at: datetime.datetime
    content: str
    reviewed_at: datetime.datetime | None = None
    satisfied: bool = False
    reviewer: str = ""  # a supervisor's username, or "enterprise" for the enterprise's contact
    method: str = ""
    note: str = ""


@dataclass(eq=False)
class Story:
    """One problem's way through the mechanism; each story is its own (compared by identity)."""

    meeting: int  # index into MEETINGS of the meeting that assigned it
    outcome: str
    enterprise: str = ""
    problem: bank.Problem | None = None
    reopened: bool = False
    fixed: bool = False
    title: str = ""
    description: str = ""
    response: str = ""
    channel: str = "office"
    deferred_from: int | None = None
    submitted_at: datetime.datetime | None = None
    accepted_at: datetime.datetime | None = None
    agenda_at: datetime.datetime | None = None
    reagenda_at: datetime.datetime | None = None  # back on the next meeting's agenda after a deferral
    decided_at: datetime.datetime | None = None
    first_due: datetime.date | None = None  # the deadline the meeting set
    due: datetime.date | None = None  # the deadline in force (a re-dispatch sets a new one)
    misrouted_to: str | None = None  # the unit that sent it back (退回) before the right one took it
    sent_back_at: datetime.datetime | None = None
    reassigned_at: datetime.datetime | None = None
    acknowledged_at: datetime.datetime | None = None
    attempts: list[Attempt] = field(default_factory=list)
    closed_at: datetime.datetime | None = None
    closed_by: str = ""
    close_note: str = ""

    @property
    def lead(self) -> str:
        return self.problem.lead

    @property
    def first_meeting(self) -> int:
        return self.meeting if self.deferred_from is None else self.deferred_from


def _moment(day: datetime.date, rng, start_hour=9, end_hour=17) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(rng.randint(start_hour, end_hour - 1), rng.randrange(0, 60, 5)))


def _days(n: float) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def _office_hours(moment: datetime.datetime) -> datetime.datetime:
    """The same day's moment squeezed into 9:00–17:00, so that steps keep their order but happen at work."""
    midnight = datetime.datetime.combine(moment.date(), datetime.time.min)
    fraction = (moment - midnight) / datetime.timedelta(days=1)
    return (midnight + datetime.timedelta(hours=9 + 8 * fraction)).replace(second=0, microsecond=0)


def _slots(rng) -> list[Story]:
    """One story per problem, with the outcome each meeting's counts call for."""
    stories = []
    for index, meeting in enumerate(MEETINGS):
        if meeting.being_assigned:
            outcomes = [BEING_ASSIGNED] * meeting.problems
        else:
            resolved = meeting.problems - meeting.open_in_progress - meeting.open_responded
            outcomes = [IN_PROGRESS] * meeting.open_in_progress + [RESPONDED] * meeting.open_responded
            outcomes += [RESOLVED] * resolved
        rng.shuffle(outcomes)
        stories += [Story(meeting=index, outcome=outcome) for outcome in outcomes]
    return stories


def _place_fixed(stories: list[Story]) -> None:
    for fixed in FIXED:
        story = next(s for s in stories if s.meeting == fixed.meeting and s.outcome == fixed.outcome and not s.fixed)
        story.fixed, story.problem, story.reopened = True, fixed.problem, fixed.reopened
        story.enterprise = fixed.enterprise or ""


def _give_enterprises(stories: list[Story], rng) -> None:
    """Every one of the 85 enterprises raises at least one problem; some raise several."""
    open_slots = [story for story in stories if not story.enterprise]
    others, weights, seen_in_district = [], [], collections.Counter()
    for name, district, _industry in ENTERPRISES:
        seen_in_district[district] += 1
        if name != FEATURED_ENTERPRISE:
            others.append(name)
            # Each district's first six are its bigger enterprises: they come back more often.
            weights.append(3 if seen_in_district[district] <= 6 else 1)
    names = others + rng.choices(others, weights=weights, k=len(open_slots) - len(others))
    rng.shuffle(names)
    for story, name in zip(open_slots, names):
        story.enterprise = name


def _give_problems(stories: list[Story], rng) -> None:
    """A category by how often it comes up, then that category's problems in turn."""
    categories = list(bank.CATEGORY_WEIGHTS)
    weights = list(bank.CATEGORY_WEIGHTS.values())
    decks: dict[str, list] = {}
    for story in stories:
        if story.problem is None:
            category = rng.choices(categories, weights=weights)[0]
            if not decks.get(category):
                decks[category] = [p for p in bank.PROBLEMS if p.category == category]
                rng.shuffle(decks[category])
            story.problem = decks[category].pop()
        texts = story.problem.filled(rng)
        story.title, story.description, story.response = texts["title"], texts["description"], texts["response"]
        story.channel = "enterprise" if story.enterprise == FEATURED_ENTERPRISE else rng.choices(
            [name for name, _ in CHANNELS], weights=[weight for _, weight in CHANNELS]
        )[0]


def _mark_variations(stories: list[Story], rng) -> None:
    """Reopened once, sent back once, deferred once: the other branches a real history shows."""
    plain_resolved = [s for s in stories if s.outcome == RESOLVED and not s.fixed and 1 <= s.meeting <= 9]
    already = sum(1 for s in stories if s.reopened)
    for story in rng.sample(plain_resolved, REOPENED_RESOLVED - already):
        story.reopened = True
    # Problems still open months after their meeting were answered once and found not yet enough.
    for story in stories:
        if story.outcome == IN_PROGRESS and story.meeting <= 8:
            story.reopened = True
    candidates = [s for s in stories if not s.fixed and 2 <= s.meeting <= 8 and s.outcome in (RESOLVED, IN_PROGRESS)]
    for story in rng.sample(candidates, SENT_BACK):
        story.misrouted_to = "jxj" if story.lead != "jxj" else "fgw"
    deferrable = [s for s in stories if not s.fixed and s.meeting == 4 and s.outcome == RESOLVED and not s.misrouted_to]
    rng.choice(deferrable).deferred_from = 3


def _due_days(story: Story, rng) -> int:
    if story.outcome == BEING_ASSIGNED:
        return rng.choice([20, 30, 45, 60])
    if story.outcome in (IN_PROGRESS, RESPONDED) and story.meeting >= 8:
        return rng.choice([60, 75, 90])
    if story.outcome in (IN_PROGRESS, RESPONDED):
        return rng.choice([30, 45])
    return rng.choice([15, 20, 30, 30, 45, 60])


def _reviewer(rng) -> tuple[str, str]:
    """Mostly the supervision group on site, often the enterprise online, sometimes by phone."""
    draw = rng.random()
    if draw < 0.5:
        return rng.choice(SUPERVISORS), "on_site"
    if draw < 0.85:
        return "enterprise", "online"
    return rng.choice(SUPERVISORS), "phone"


def _before_meeting(story: Story, rng) -> None:
    held_on = MEETINGS[story.first_meeting].held_on
    story.submitted_at = _moment(held_on - _days(rng.randint(9, 35)), rng)
    story.accepted_at = _moment(story.submitted_at.date() + _days(rng.randint(1, 2)), rng)
    story.agenda_at = datetime.datetime.combine(held_on - _days(rng.randint(2, 4)), datetime.time(16, 0))
    if story.deferred_from is not None:
        story.reagenda_at = datetime.datetime.combine(MEETINGS[story.meeting].held_on - _days(3), datetime.time(16, 0))


def _handover(story: Story, position: int, rng) -> datetime.datetime:
    """The decision at the meeting, a detour through the wrong unit if any, and the acknowledgement."""
    held_on = MEETINGS[story.meeting].held_on
    opening = datetime.datetime.combine(held_on, datetime.time(9, 30))
    story.decided_at = opening + datetime.timedelta(minutes=6 * position)
    due_days = _due_days(story, rng)
    story.first_due = story.due = held_on + _days(due_days)
    if story.outcome == BEING_ASSIGNED:
        return story.decided_at
    start = story.decided_at
    if story.misrouted_to:
        story.sent_back_at = _moment(held_on + _days(2), rng, 9, 12)
        story.reassigned_at = _moment(held_on + _days(4), rng, 14, 17)
        story.due = story.reassigned_at.date() + _days(due_days)
        start = story.reassigned_at
    story.acknowledged_at = _moment(start.date() + _days(rng.randint(1, 3)), rng, 9, 11)
    return story.acknowledged_at


def _fit(offsets: list[float], room: float, rng) -> list[float]:
    """Squeeze the steps into the days left before the article, keeping their order."""
    if offsets[-1] <= room:
        return offsets
    factor = room * rng.uniform(0.75, 0.95) / offsets[-1]
    return [offset * factor for offset in offsets]


def _after(acknowledged: datetime.datetime, days: float) -> datetime.datetime:
    return _office_hours(acknowledged + _days(days))


def _work(story: Story, acknowledged: datetime.datetime, rng) -> None:
    """Answers and reviews after the acknowledgement, as the story's outcome requires."""
    due_days = (story.due - acknowledged.date()).days
    not_enough = rng.choice(bank.NOT_YET_ENOUGH)
    second = bank.SECOND_RESPONSE_PREFIX + story.response
    room = (LATEST - acknowledged).total_seconds() / 86400
    if story.outcome == RESPONDED:
        answered = min(acknowledged + _days(rng.uniform(0.5, 0.9) * due_days), LATEST - _days(rng.uniform(1, 15)))
        answered = _office_hours(max(answered, acknowledged + _days(2)))
        story.attempts = [Attempt(answered, story.response)]
        return
    if story.outcome == IN_PROGRESS:
        if story.reopened:
            first, review = _fit([0.8 * due_days, 0.8 * due_days + rng.uniform(3, 6)], room, rng)
            story.attempts = [Attempt(
                _after(acknowledged, first), story.response, _after(acknowledged, review), False,
                rng.choice(SUPERVISORS), "on_site", not_enough,
            )]
        return
    # Most answers come well within the deadline; about one in eight runs over it.
    work = rng.uniform(0.3, 0.85) * due_days if rng.random() > 0.12 else rng.uniform(0.95, 1.3) * due_days
    reviewer, method = _reviewer(rng)
    if story.reopened:
        first = 0.5 * work
        offsets = [first, first + rng.uniform(3, 6)]
        offsets += [offsets[-1] + rng.uniform(7, 18)]
        offsets += [offsets[-1] + rng.uniform(2, 6)]
        offsets = _fit(offsets, room, rng)
        story.attempts = [
            Attempt(_after(acknowledged, offsets[0]), story.response, _after(acknowledged, offsets[1]), False,
                    rng.choice(SUPERVISORS), "on_site", not_enough),
            Attempt(_after(acknowledged, offsets[2]), second, _after(acknowledged, offsets[3]), True,
                    reviewer, method, bank.SATISFIED_NOTES[method]),
        ]
    else:
        offsets = _fit([work, work + rng.uniform(1, 5)], room, rng)
        story.attempts = [Attempt(_after(acknowledged, offsets[0]), story.response, _after(acknowledged, offsets[1]),
                                  True, reviewer, method, bank.SATISFIED_NOTES[method])]
    resolved_at = story.attempts[-1].reviewed_at
    follow_up = _office_hours(resolved_at + _days(rng.uniform(10, 30)))
    if follow_up <= LATEST and (story.fixed or rng.random() < 0.45):
        story.outcome = CLOSED
        story.closed_at = follow_up
        story.closed_by = rng.choice([*SUPERVISORS, "office"])
        story.close_note = rng.choice(bank.FOLLOW_UP_NOTES)


def consultation_history(rng) -> list[Story]:
    """All 127 stories, in the order of the meetings that took them up."""
    stories = _slots(rng)
    _place_fixed(stories)
    _give_enterprises(stories, rng)
    _give_problems(stories, rng)
    _mark_variations(stories, rng)
    for story in stories:
        _before_meeting(story, rng)
    for index in range(len(MEETINGS)):
        for position, story in enumerate(s for s in stories if s.meeting == index):
            acknowledged = _handover(story, position, rng)
            if story.outcome != BEING_ASSIGNED:
                _work(story, acknowledged, rng)
    return stories


def decision_text(story: Story) -> str:
    """What the meeting decided, in the words of its minutes."""
    lead = UNIT_SHORT_NAMES[story.misrouted_to or story.lead]
    supporting = "、".join(UNIT_SHORT_NAMES[key] for key in story.problem.supporting)
    due = story.first_due
    text = f"由{lead}牵头" + (f"，{supporting}配合" if supporting else "")
    return text + f"，{due.year}年{due.month}月{due.day}日前办结并反馈。"
