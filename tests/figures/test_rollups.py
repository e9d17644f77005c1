"""The rollups the figures are read from equal a recount of the matters, whatever history the services
played, and a change rolled back leaves them as they were."""

import datetime
import random

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count, F

from huishang.butlers import services as butlers
from huishang.cases import services
from huishang.cases.bulk import NewMatter, bulk_intake
from huishang.cases.models import Category, Matter
from huishang.cases.states import State
from huishang.core import clock
from huishang.figures import rollups
from huishang.directory.models import Role
from huishang.figures.models import DayCell, MonthCell
from huishang.figures.raised import raised_per_butler, recount_raised_per_butler
from huishang.figures.recount import recount_breakdowns, recount_matter_figures
from huishang.figures.selectors import Scope, breakdowns, matter_figures
from huishang.meetings import services as meetings
from huishang.meetings.models import AgendaItem
from huishang.supervision import services as supervision
from tests import factories as f

pytestmark = pytest.mark.django_db

START = datetime.datetime(2023, 11, 20, 9, 0)
FINAL = (State.CLOSED, State.REJECTED, State.MERGED)
CATEGORIES = (("talent", "用工人才"), ("finance", "融资信贷"), ("land", "用地规划"))


class World:
    """Three regions, three units, three categories and the people who move matters between them."""

    def __init__(self):
        self.city = f.region()
        self.dongxing = f.region("511011", "东兴区", parent=self.city)
        self.weiyuan = f.region("511024", "威远县", parent=self.city)
        self.regions = [self.city, self.dongxing, self.weiyuan]
        self.office, self.chair = f.office(scope=self.city), f.leader(scope=self.city)
        self.supervisor = f.supervisor(scope=self.city)
        self.units = [f.unit(in_region=self.city) for _ in range(3)]
        self.handlers = {unit.pk: f.unit_handler(of=unit) for unit in self.units}
        self.contacts = [f.enterprise_contact(of=f.enterprise(in_region=region)) for region in self.regions * 2]
        self.butlers = [f.user(Role.BUTLER, organization=unit, scope=self.city) for unit in self.units[:2]]
        for number, contact in enumerate(self.contacts):
            butlers.assign_butler(by=self.office, enterprise=contact.organization, butler=self.butlers[number % 2])
        for code, name in CATEGORIES:
            f.category(code, name)

    def scopes(self):
        day = datetime.date
        yield Scope()
        yield Scope(date_from=day(2023, 1, 1), date_to=day(2023, 12, 31))
        yield Scope(date_from=day(2023, 12, 14), date_to=day(2024, 3, 9))
        yield Scope(date_from=day(2024, 1, 1), date_to=day(2024, 1, 31))
        yield Scope(date_from=day(2023, 12, 5), date_to=day(2023, 12, 25))
        yield Scope(date_to=day(2024, 1, 15))
        yield Scope(region=self.dongxing)
        yield Scope(region=self.city, date_from=day(2023, 12, 10), date_to=day(2024, 2, 20))
        yield Scope(region=self.weiyuan, date_from=day(2023, 12, 3), date_to=day(2024, 1, 31))
        yield Scope(unit=self.units[0])
        yield Scope(unit=self.units[1], date_from=day(2024, 1, 1), date_to=day(2024, 3, 31))
        yield Scope(category="finance", date_from=day(2023, 12, 1))
        yield Scope(region=self.dongxing, unit=self.units[2], category="talent")


class Aborted(Exception):
    """Raised inside a transaction to roll it back."""


class History:
    """A seeded random sequence of the moves people make, each through the real services."""

    def __init__(self, world: World, seed: int):
        self.world, self.rng, self.moment = world, random.Random(seed), START

    def step(self) -> None:
        self.moment += datetime.timedelta(hours=self.rng.uniform(1, 40))
        with clock.frozen_at(self.moment):
            live = sorted(Matter.objects.exclude(state__in=FINAL).values_list("pk", flat=True))
            if len(live) < 3 or self.rng.random() < 0.15:
                self.create()
                return
            matter = Matter.objects.get(pk=self.rng.choice(live))
            moves = self.moves_for(matter)
            if not moves:
                return
            move = self.rng.choice(moves)
            if self.rng.random() < 0.08:
                # The same move, rolled back: it must leave no trace in the rollups.
                with pytest.raises(Aborted), transaction.atomic():
                    move(matter)
                    raise Aborted
                matter.refresh_from_db()
            move(matter)

    def create(self) -> None:
        code = self.rng.choice(CATEGORIES)[0]
        contact = self.rng.choice(self.world.contacts)
        if self.rng.random() < 0.3:
            butler = self.world.butlers[self.world.contacts.index(contact) % 2]
            services.submit_matter(by=butler, enterprise=contact.organization, title="走访发现", description="用电成本高",
                                   category=Category.objects.get(code=code))
        else:
            f.matter(by=contact, category_code=code)

    def due(self) -> datetime.date:
        return clock.today() + datetime.timedelta(days=self.rng.randint(0, 40))

    def handler(self, matter: Matter):
        return self.world.handlers[matter.lead_unit_id]

    def moves_for(self, matter: Matter) -> list:
        by_state = {
            State.SUBMITTED: [self.accept] * 8 + [self.reject, self.merge],
            State.ACCEPTED: [self.assign] * 3 + [self.meeting] * 4 + [self.joint_meeting, self.merge],
            State.ON_AGENDA: [self.meeting] * 3 + [self.assign, self.withdraw],
            State.ASSIGNED: [self.acknowledge] * 5 + [self.send_back, self.extend],
            State.IN_PROGRESS: [self.respond] * 5 + [self.send_back, self.extend],
            State.RESPONDED: [self.satisfied] * 3 + [self.not_satisfied] * 2,
            State.RESOLVED: [self.close] * 3 + [self.reopen],
        }
        return by_state.get(matter.state, [])

    def accept(self, matter):
        services.accept(matter, by=self.world.office)

    def reject(self, matter):
        services.reject(matter, by=self.world.office, reason="不属于受理范围")

    def merge(self, matter):
        targets = Matter.objects.exclude(pk=matter.pk).exclude(state__in=(State.MERGED, State.REJECTED))
        into = list(targets.order_by("pk"))
        if into:
            services.merge(matter, by=self.world.office, into=self.rng.choice(into))

    def joint_meeting(self, matter):
        """A joint meeting is no 会商会: its agenda counts for no consultation figure."""
        held = meetings.create_meeting(by=self.world.office, kind="joint", held_on=self.held_on(), region=self.world.city)
        item = meetings.add_to_agenda(held, matter, by=self.world.office)
        with self.on_meeting_day(held):
            meetings.decide(item, by=self.world.office, outcome="deferred", decision="提交会商会研究")

    def withdraw(self, matter):
        meetings.withdraw_from_agenda(matter, by=self.world.office, note="暂缓上会")

    def assign(self, matter):
        services.assign(matter, by=self.world.office, lead_unit=self.rng.choice(self.world.units), due=self.due())

    def held_on(self) -> datetime.date:
        # Meetings are also recorded late or scheduled ahead, so a matter's consultation days do not
        # always arrive in their order, and two may fall on one day.
        return clock.today() + datetime.timedelta(days=self.rng.choice([0, 0, 0, -9, -2, 3, 12]))

    def on_meeting_day(self, meeting):
        """A meeting scheduled ahead decides on its day: the history moves on to it."""
        day = datetime.datetime.combine(meeting.held_on, datetime.time(10), tzinfo=self.moment.tzinfo)
        self.moment = max(self.moment, day)
        return clock.frozen_at(self.moment)

    def meeting(self, matter):
        w = self.world
        # A meeting takes the matters of its own region: the city's, or the matter's district's.
        region = self.rng.choice([w.city, matter.region])
        held = meetings.create_meeting(by=w.office, held_on=self.held_on(), chair=w.chair, region=region)
        item = meetings.add_to_agenda(held, matter, by=w.office)
        if self.rng.random() < 0.15:
            meetings.remove_from_agenda(item, by=w.office)
        elif self.rng.random() < 0.45:
            with self.on_meeting_day(held):
                meetings.decide(item, by=w.office, outcome="deferred", decision="补充材料后再议")
        else:
            with self.on_meeting_day(held):
                meetings.decide(item, by=w.office, outcome="assigned", lead_unit=self.rng.choice(w.units),
                                due=self.due())

    def acknowledge(self, matter):
        services.acknowledge(matter, by=self.handler(matter))

    def send_back(self, matter):
        request = supervision.request_send_back(matter, by=self.handler(matter), reason="不属本单位职责")
        supervision.decide_send_back(request, by=self.world.supervisor, approve=True)

    def extend(self, matter):
        services.extend_deadline(matter, by=self.world.supervisor, due=matter.due + datetime.timedelta(days=10))

    def respond(self, matter):
        services.respond(matter, by=self.handler(matter), content="已协调办理")

    def reviewer(self, matter):
        by_enterprise = matter.submitted_by.role == Role.ENTERPRISE and self.rng.random() < 0.6
        return matter.submitted_by if by_enterprise else self.world.supervisor

    def satisfied(self, matter):
        services.review(matter, by=self.reviewer(matter), satisfied=True)

    def not_satisfied(self, matter):
        services.review(matter, by=self.reviewer(matter), satisfied=False, note="问题尚未解决")

    def close(self, matter):
        services.close(matter, by=self.world.office)

    def reopen(self, matter):
        services.reopen(matter, by=self.world.supervisor, reason="回访发现未解决")


def _sorted_rows(rows: dict) -> dict:
    """Breakdowns with rows of equal size in one order: the databases order NULL names differently."""
    return {name: sorted(values, key=repr) for name, values in rows.items()}


def assert_rollups_equal_a_recount(world: World, moment: datetime.datetime) -> None:
    assert rollups.differences() == []
    with clock.frozen_at(moment):
        for scope in world.scopes():
            assert matter_figures(scope) == recount_matter_figures(scope), scope
            assert _sorted_rows(breakdowns(scope)) == _sorted_rows(recount_breakdowns(scope)), scope
            assert raised_per_butler(scope) == recount_raised_per_butler(scope), scope


@pytest.fixture
def world():
    return World()


@pytest.mark.parametrize("seed", [11, 29])
def test_rollup_figures_equal_a_recount_after_every_few_steps_of_a_random_history(world, seed):
    history = History(world, seed)
    for number in range(1, 181):
        history.step()
        if number % 20 == 0:
            assert_rollups_equal_a_recount(world, history.moment)
    assigned = Matter.objects.exclude(first_assigned_at=None)
    # The history reached every corner the figures distinguish.
    assert assigned.filter(state__in=(State.RESOLVED, State.CLOSED)).exists()
    assert assigned.filter(state=State.ASSIGNED).exists()
    assert assigned.filter(trail__action="continue").exists()
    assert assigned.filter(trail__action="send_back").exists()
    consulted = AgendaItem.objects.filter(meeting__kind="consultation")
    assert consulted.values("matter").annotate(days=Count("meeting__held_on", distinct=True)).filter(days__gt=1).exists()
    by_enterprise = consulted.values("matter__enterprise").annotate(
        matters=Count("matter", distinct=True), days=Count("meeting__held_on", distinct=True))
    assert by_enterprise.filter(matters__gt=1, days__gt=2).exists()
    assert Matter.objects.filter(trail__action="take_off_agenda").exists()
    assert AgendaItem.objects.filter(meeting__kind="joint").exists()
    assert assigned.filter(source=Matter.Source.BUTLER, state__in=(State.RESOLVED, State.CLOSED)).exists()
    assert recount_matter_figures(Scope())["assigned"] > 12


def test_a_change_rolled_back_leaves_the_rollups_as_they_were(world):
    with clock.frozen_at(START):
        matter = f.assigned_matter(lead=world.units[0], by_office=world.office, by=world.contacts[0])
        before = rollups.stored_cells()
        with pytest.raises(Aborted), transaction.atomic():
            services.acknowledge(matter, by=world.handlers[world.units[0].pk])
            assert rollups.stored_cells() != before
            raise Aborted
    assert rollups.stored_cells() == before
    assert_rollups_equal_a_recount(world, START)


def test_matters_taken_in_bulk_are_counted_in_the_rollups(world):
    rows = [
        NewMatter(title="用地审批", description="厂房扩建用地审批慢", category=Category.objects.get(code=code),
                  enterprise=contact.organization, lead_unit=unit, due=datetime.date(2024, 1, 20))
        for contact, unit, code in zip(world.contacts, world.units * 2, ["land", "talent"] * 3)
    ]
    with clock.frozen_at(START), transaction.atomic():
        bulk_intake(rows + [NewMatter(title="融资", description="贷款难", category=Category.objects.get(code="finance"),
                                      enterprise=world.contacts[1].organization)], by=world.office, note="台账导入")
    assert matter_figures(Scope())["being_assigned"] == 6
    assert_rollups_equal_a_recount(world, START)


def test_verify_reports_a_drifted_cell_and_rebuild_puts_it_right(world, capsys):
    history = History(world, 5)
    for _ in range(40):
        history.step()
    DayCell.objects.filter(pk=DayCell.objects.order_by("pk").values("pk")[:1]).update(matters=F("matters") + 1)
    with pytest.raises(CommandError, match="differ"):
        call_command("figures", "verify-rollups")
    assert '"stored"' in capsys.readouterr().out
    call_command("figures", "rebuild-rollups")
    call_command("figures", "verify-rollups")
    assert "equal" in capsys.readouterr().out
    assert MonthCell.objects.exists()
    assert_rollups_equal_a_recount(world, history.moment)
