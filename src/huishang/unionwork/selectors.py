"""Reading union work: what a user sees, a task's latest progress, a competition's ranking, overdue tasks."""

import datetime
from dataclasses import dataclass

from django.db.models import OuterRef, Q, QuerySet, Subquery

from huishang.core import clock
from huishang.core.errors import NotFound
from huishang.directory.jurisdiction import EVERYWHERE, jurisdiction_of
from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting
from huishang.unionwork import permissions
from huishang.unionwork.models import (
    Campaign, Competition, Cooperation, Entry, ProgressReport, ReformGroup, Task, WorkPlan,
)


def with_progress(tasks: QuerySet[Task]) -> QuerySet[Task]:
    """Tasks annotated with ``percent``: their latest report's, None before the first."""
    latest = ProgressReport.objects.filter(task=OuterRef("pk")).order_by("-reported_at", "-id")
    return tasks.select_related("responsible").annotate(percent=Subquery(latest.values("percent")[:1]))


def visible_plans(user) -> QuerySet[WorkPlan]:
    return permissions.confined(user, WorkPlan.objects.select_related("organiser", "plenary"))


def visible_groups(user) -> QuerySet[ReformGroup]:
    return permissions.confined(user, ReformGroup.objects.select_related("organiser"))


def visible_campaigns(user) -> QuerySet[Campaign]:
    return permissions.confined(user, Campaign.objects.select_related("organiser"))


def visible_competitions(user) -> QuerySet[Competition]:
    return permissions.confined(user, Competition.objects.select_related("organiser", "campaign"))


def visible_cooperations(user) -> QuerySet[Cooperation]:
    if not permissions.reads(user):
        return Cooperation.objects.none()
    inside = Cooperation.objects.filter(permissions.cooperation_condition(user)).values("pk")
    return Cooperation.objects.select_related("region").filter(pk__in=inside)


def one_of(rows: QuerySet, pk):
    """The row ``pk`` of ``rows`` (what the user sees), NotFound otherwise."""
    row = rows.filter(pk=pk).first()
    if row is None:
        raise NotFound("Not found.")
    return row


def visible_task(user, pk) -> Task:
    """A task of a plan or a group the user sees."""
    plans, groups = visible_plans(user).values("pk"), visible_groups(user).values("pk")
    tasks = Task.objects.select_related("plan__organiser", "member__group__organiser", "responsible")
    return one_of(tasks.filter(plan__in=plans) | tasks.filter(member__group__in=groups), pk)


def plan_progress(plan: WorkPlan) -> dict:
    """How far a plan is: its tasks, those done, those past their deadline and not done, the mean percent."""
    tasks = list(with_progress(plan.tasks.all()))
    return _progress(tasks)


def _progress(tasks, today: datetime.date | None = None) -> dict:
    today = today or clock.today()
    done = sum(1 for task in tasks if task.done_on is not None)
    overdue = sum(1 for task in tasks if task.done_on is None and task.deadline < today)
    mean = round(sum(task.percent or 0 for task in tasks) / len(tasks), 1) if tasks else None
    return {"tasks": len(tasks), "done": done, "overdue": overdue, "mean_percent": mean}


def group_progress(group: ReformGroup) -> dict:
    return _progress(list(with_progress(Task.objects.filter(member__group=group))))


def member_rows(group: ReformGroup) -> list[tuple]:
    """Each member unit with its tasks (and their latest percent), in the members' order."""
    tasks = {}
    for task in with_progress(Task.objects.filter(member__group=group)):
        tasks.setdefault(task.member_id, []).append(task)
    return [(member, tasks.get(member.pk, [])) for member in group.members.select_related("organization")]


@dataclass(frozen=True)
class Ranked:
    rank: int
    entry: Entry


def ranked_entries(competition: Competition) -> list[Ranked]:
    """Scored entries, best first; equal scores share a rank and the next rank skips (1, 2, 2, 4)."""
    entries = competition.entries.filter(score__isnull=False).select_related("organization").order_by("-score", "id")
    ranked, previous = [], None
    for position, entry in enumerate(entries, start=1):
        rank = ranked[-1].rank if previous is not None and entry.score == previous else position
        ranked.append(Ranked(rank=rank, entry=entry))
        previous = entry.score
    return ranked


def overdue_tasks(today: datetime.date) -> QuerySet[Task]:
    """Tasks not done whose deadline has passed, of adopted plans and of reform groups."""
    return Task.objects.select_related("responsible", "plan", "member__group").filter(
        done_on__isnull=True, deadline__lt=today).exclude(plan__state=WorkPlan.State.DRAFT)


def entry_rows(competition: Competition) -> list[tuple[int | None, Entry]]:
    """Every entry with its rank: the scored ones ranked, then those not scored yet (no rank)."""
    rows = [(row.rank, row.entry) for row in ranked_entries(competition)]
    unscored = competition.entries.filter(score__isnull=True).select_related("organization").order_by("id")
    return rows + [(None, entry) for entry in unscored]


def plenaries_for(user) -> QuerySet[Meeting]:
    """The plenaries of the user's jurisdiction a plan may be adopted at, latest first."""
    plenaries = Meeting.objects.filter(jurisdiction_of(user).within("region"), kind=Meeting.Kind.PLENARY)
    return plenaries.order_by("-held_on", "-id")


def offers_union_work(user) -> bool:
    """Whether the menu offers union work: to its readers whose jurisdiction holds some of it."""
    if not permissions.reads(user):
        return False
    lists = (visible_plans, visible_groups, visible_campaigns, visible_competitions, visible_cooperations)
    return any(rows(user).exists() for rows in lists)


def bodies_for(user) -> QuerySet[Organization]:
    """The bodies a task or a seat on the reform's group is given to: the units and unions of the jurisdiction."""
    return jurisdiction_of(user).organizations().filter(
        kind__in=[Organization.Kind.UNIT, Organization.Kind.UNION]).order_by("kind", "name")


def organisations_for(user) -> QuerySet[Organization]:
    """The organisations of the jurisdiction that take part in a campaign or send a competitor."""
    return jurisdiction_of(user).organizations().order_by("kind", "name")


def party_regions(user) -> QuerySet[Region]:
    """The regions an agreement's parties are chosen from: those of the user's jurisdiction, and those outside every
    place the deployment serves (a town of another province, 泸县毗卢镇); another served place's are its own."""
    return Region.objects.filter(Q(pk__in=jurisdiction_of(user).regions()) | ~Q(pk__in=EVERYWHERE.regions()))
