"""Every change to union work. Each checks who may do it, the jurisdiction and the state, and writes in one
transaction (the audit log hears every saved row)."""

import datetime
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _, pgettext

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting
from huishang.unionwork import permissions
from huishang.unionwork.models import (
    Campaign, CampaignParticipant, Competition, Cooperation, CooperationParty, CooperationProgress, Entry,
    MemberUnit, ProgressReport, ReformGroup, Task, WorkPlan,
)
from huishang.unionwork.selectors import ranked_entries


def _text(value, field: str, label: str, max_length: int | None = None, *, required: bool = True) -> str:
    text = cleaned(value or "")
    if required and not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if max_length and len(text) > max_length:
        raise ValidationError(_("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length},
                              field=field)
    return text


def _year(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 2000 <= value <= 2100:
        raise ValidationError(_("Give a year between 2000 and 2100."), field="year")
    return value


def _date(value, field: str, label: str) -> datetime.date:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise ValidationError(_("Give %(label)s as a date.") % {"label": label}, field=field)
    return value


def _organisation(value, field: str, kind: str | None = None) -> Organization:
    if not isinstance(value, Organization) or (kind and value.kind != kind):
        message = _("Choose a union.") if kind == Organization.Kind.UNION else _("Choose an organisation.")
        raise ValidationError(message, field=field)
    return value


def _require_runs(by, organiser: Organization) -> None:
    jurisdiction_of(by).check_organization(organiser, field="organiser")
    if not permissions.runs(by, organiser):
        raise NotAllowed(_("Only the organising union's officers can do this."))


# --- the year's plan ---------------------------------------------------------------------------------------

@transaction.atomic
def create_plan(*, by, organiser, year, title, report="") -> WorkPlan:
    """A union's officer drafts the year's work plan of their union, with its report on the year before."""
    organiser = _organisation(organiser, "organiser", Organization.Kind.UNION)
    _require_runs(by, organiser)
    return WorkPlan.objects.create(
        organiser=organiser, region=organiser.region, year=_year(year),
        title=_text(title, "title", pgettext("unionwork", "Title"), 200),
        report=_text(report, "report", _("Report on the year before"), required=False),
        created_by=by, created_at=clock.now())


def _check_responsible(by, responsible) -> Organization:
    responsible = _organisation(responsible, "responsible")
    jurisdiction_of(by).check_organization(responsible, field="responsible")
    return responsible


def _task(*, title, goal, responsible, deadline, **owner) -> Task:
    return Task.objects.create(
        title=_text(title, "title", pgettext("unionwork", "Task"), 200),
        goal=_text(goal, "goal", _("Goal"), required=False), responsible=responsible,
        deadline=_date(deadline, "deadline", _("the deadline")), created_at=clock.now(), **owner)


@transaction.atomic
def add_plan_task(*, by, plan: WorkPlan, title, goal, responsible, deadline) -> Task:
    """A task of the plan names its goal, the body responsible (inside the jurisdiction) and its deadline; a plan
    takes tasks until the plenary adopts it."""
    _require_runs(by, plan.organiser)
    if plan.state != WorkPlan.State.DRAFT:
        raise InvalidTransition(_("An adopted plan takes no more tasks."))
    return _task(plan=plan, title=title, goal=goal, responsible=_check_responsible(by, responsible),
                 deadline=deadline)


@transaction.atomic
def adopt_plan(*, by, plan: WorkPlan, plenary: Meeting) -> WorkPlan:
    """A plenary (全委会) of the plan's region adopts a draft plan that has tasks."""
    _require_runs(by, plan.organiser)
    if not isinstance(plenary, Meeting) or plenary.kind != Meeting.Kind.PLENARY:
        raise ValidationError(_("Choose the plenary that adopted the plan."), field="plenary")
    jurisdiction_of(by).check(plenary.region, field="plenary")
    if not plan.tasks.exists():
        raise ValidationError(_("A plan is adopted with its tasks; add them first."), field="tasks")
    updated = WorkPlan.objects.filter(pk=plan.pk, state=WorkPlan.State.DRAFT).update(
        state=WorkPlan.State.ADOPTED, plenary=plenary, adopted_at=clock.now())
    if not updated:
        raise InvalidTransition(_("This plan is already adopted."))
    plan.refresh_from_db()
    return plan


# --- the reform's leading group ------------------------------------------------------------------------------

@transaction.atomic
def create_reform_group(*, by, organiser, year, title, leader="", deputy_leader="") -> ReformGroup:
    """The union federation (the group's office) records its region's reform leading group."""
    organiser = _organisation(organiser, "organiser", Organization.Kind.UNION)
    _require_runs(by, organiser)
    return ReformGroup.objects.create(
        organiser=organiser, region=organiser.region, year=_year(year),
        title=_text(title, "title", pgettext("unionwork", "Title"), 200),
        leader=_text(leader, "leader", _("Group leader"), 64, required=False),
        deputy_leader=_text(deputy_leader, "deputy_leader", _("Deputy leader"), 64, required=False),
        created_by=by, created_at=clock.now())


@transaction.atomic
def add_member(*, by, group: ReformGroup, organization) -> MemberUnit:
    """An organisation of the jurisdiction joins the leading group once."""
    _require_runs(by, group.organiser)
    organization = _organisation(organization, "organization")
    jurisdiction_of(by).check_organization(organization, field="organization")
    if group.members.filter(organization=organization).exists():
        raise ValidationError(_("This unit is already a member."), field="organization")
    return MemberUnit.objects.create(group=group, organization=organization, joined_at=clock.now())


@transaction.atomic
def add_reform_task(*, by, member: MemberUnit, title, goal, deadline) -> Task:
    """A member unit's task list grows by a task with its deadline; the member answers for it."""
    _require_runs(by, member.group.organiser)
    return _task(member=member, title=title, goal=goal, responsible=member.organization, deadline=deadline)


# --- progress on a task -------------------------------------------------------------------------------------

def _percent(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise ValidationError(_("Give how far the task is, 0 to 100 percent."), field="percent")
    return value


@transaction.atomic
def report_progress(*, by, task: Task, percent, note) -> ProgressReport:
    """The responsible body reports what it did; progress never goes back, and 100% marks the task done."""
    if not permissions.reports_on(by, task):
        raise NotAllowed(_("Only the responsible body or the organisers report on this task."))
    if task.plan_id and task.plan.state != WorkPlan.State.ADOPTED:
        raise InvalidTransition(_("Progress is reported on an adopted plan."))
    percent = _percent(percent)
    note = _text(note, "note", _("Progress"), 2000)
    last = task.progress.order_by("-reported_at", "-id").values_list("percent", flat=True).first()
    if last is not None and percent < last:
        raise ValidationError(_("Progress was already %(last)s%%; it does not go back.") % {"last": last},
                              field="percent")
    if task.done_on is not None:
        raise InvalidTransition(_("This task is done."))
    report = ProgressReport.objects.create(task=task, percent=percent, note=note, reported_by=by,
                                           reported_at=clock.now())
    if percent == 100:
        Task.objects.filter(pk=task.pk, done_on__isnull=True).update(done_on=clock.today())
        task.refresh_from_db()
    return report


# --- campaigns and competitions --------------------------------------------------------------------------

@transaction.atomic
def create_campaign(*, by, organiser, year, title, aims="") -> Campaign:
    """A union records a campaign (one of 渝工五大行动) of its jurisdiction."""
    organiser = _organisation(organiser, "organiser", Organization.Kind.UNION)
    _require_runs(by, organiser)
    return Campaign.objects.create(
        organiser=organiser, region=organiser.region, year=_year(year),
        title=_text(title, "title", pgettext("unionwork", "Title"), 200),
        aims=_text(aims, "aims", _("Aims"), required=False), created_by=by, created_at=clock.now())


@transaction.atomic
def add_campaign_participant(*, by, campaign: Campaign, organization) -> CampaignParticipant:
    """An organisation of the jurisdiction takes part in a campaign once."""
    _require_runs(by, campaign.organiser)
    organization = _organisation(organization, "organization")
    jurisdiction_of(by).check_organization(organization, field="organization")
    if campaign.participants.filter(organization=organization).exists():
        raise ValidationError(_("This organisation already takes part."), field="organization")
    return CampaignParticipant.objects.create(campaign=campaign, organization=organization)


@transaction.atomic
def record_campaign_result(*, by, participant: CampaignParticipant, result) -> CampaignParticipant:
    """The organisers record what a participant achieved in the campaign."""
    _require_runs(by, participant.campaign.organiser)
    participant.result = _text(result, "result", pgettext("unionwork", "Result"), 2000)
    participant.result_at = clock.now()
    participant.save(update_fields=["result", "result_at"])
    return participant


def _prizes(value, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise ValidationError(_("Give the number of prizes, 0 to 100."), field=field)
    return value


@transaction.atomic
def create_competition(*, by, organiser, title, trade, held_on, campaign: Campaign | None = None,
                       first_prizes=1, second_prizes=2, third_prizes=3) -> Competition:
    """A union sets up a skills competition of a trade, with how many first, second and third prizes it gives."""
    organiser = _organisation(organiser, "organiser", Organization.Kind.UNION)
    _require_runs(by, organiser)
    if campaign is not None and campaign.organiser_id != organiser.pk:
        raise ValidationError(_("Choose a campaign of the same union."), field="campaign")
    return Competition.objects.create(
        organiser=organiser, region=organiser.region, campaign=campaign,
        title=_text(title, "title", pgettext("unionwork", "Title"), 200), trade=_text(trade, "trade", _("Trade"), 64),
        held_on=_date(held_on, "held_on", _("the day it is held")),
        first_prizes=_prizes(first_prizes, "first_prizes"), second_prizes=_prizes(second_prizes, "second_prizes"),
        third_prizes=_prizes(third_prizes, "third_prizes"), created_by=by, created_at=clock.now())


def _require_open(competition: Competition) -> None:
    if competition.state != Competition.State.OPEN:
        raise InvalidTransition(_("The results of this competition are published."))


@transaction.atomic
def add_entry(*, by, competition: Competition, competitor, organization) -> Entry:
    """A worker of an organisation of the jurisdiction enters an open competition once."""
    _require_runs(by, competition.organiser)
    _require_open(competition)
    organization = _organisation(organization, "organization")
    jurisdiction_of(by).check_organization(organization, field="organization")
    competitor = _text(competitor, "competitor", _("Competitor"), 64)
    if competition.entries.filter(competitor=competitor, organization=organization).exists():
        raise ValidationError(_("This competitor has already entered."), field="competitor")
    return Entry.objects.create(competition=competition, competitor=competitor, organization=organization)


def _score(value) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        number = Decimal(-1)
    if not number.is_finite() or not Decimal(0) <= number <= Decimal(100):
        raise ValidationError(_("A score lies between 0 and 100."), field="score")
    return number.quantize(Decimal("0.01"))


@transaction.atomic
def score_entry(*, by, entry: Entry, score) -> Entry:
    """The organisers record an entry's score (0–100, two decimals) while the competition is open."""
    competition = entry.competition
    _require_runs(by, competition.organiser)
    _require_open(competition)
    entry.score, entry.scored_by, entry.scored_at = _score(score), by, clock.now()
    entry.save(update_fields=["score", "scored_by", "scored_at"])
    return entry


@transaction.atomic
def publish_results(*, by, competition: Competition) -> Competition:
    """Publishing ranks the scored entries (ties share a rank, the next rank skips) and gives the prizes by rank:
    ranks up to the first prizes take a first prize, then second, then third; a tie never splits a prize."""
    _require_runs(by, competition.organiser)
    _require_open(competition)
    if competition.entries.filter(score__isnull=True).exists():
        raise ValidationError(_("Score every entry before publishing."), field="entries")
    if not competition.entries.exists():
        raise ValidationError(_("A competition without entries has no results."), field="entries")
    updated = Competition.objects.filter(pk=competition.pk, state=Competition.State.OPEN).update(
        state=Competition.State.PUBLISHED, published_at=clock.now())
    if not updated:
        raise InvalidTransition(_("The results of this competition are published."))
    limits = [(competition.first_prizes, Entry.Award.FIRST),
              (competition.first_prizes + competition.second_prizes, Entry.Award.SECOND),
              (competition.first_prizes + competition.second_prizes + competition.third_prizes, Entry.Award.THIRD)]
    for row in ranked_entries(competition):
        award = next((award for limit, award in limits if row.rank <= limit), "")
        if award:
            Entry.objects.filter(pk=row.entry.pk).update(award=award)
    competition.refresh_from_db()
    return competition


# --- cooperation between regions or organisations ---------------------------------------------------------------

@transaction.atomic
def record_cooperation(*, by, title, region, signed_on, aims, regions=(), organizations=()) -> Cooperation:
    """An agreement kept in a region of the recorder's jurisdiction, between two or more parties: regions or
    organisations, which may lie outside it (a town of another province)."""
    if not permissions.records_cooperation(by):
        raise NotAllowed(_("Only the office and union officers record cooperation agreements."))
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    jurisdiction_of(by).check(region, field="region")
    regions = list(dict.fromkeys(regions))
    organizations = list(dict.fromkeys(organizations))
    if any(not isinstance(party, Region) for party in regions):
        raise ValidationError(_("Choose regions."), field="regions")
    if any(not isinstance(party, Organization) for party in organizations):
        raise ValidationError(_("Choose organisations."), field="organizations")
    if len(regions) + len(organizations) < 2:
        raise ValidationError(_("An agreement has at least two parties."), field="regions")
    cooperation = Cooperation.objects.create(
        title=_text(title, "title", pgettext("unionwork", "Title"), 200), region=region,
        signed_on=_date(signed_on, "signed_on", _("the day it was signed")), aims=_text(aims, "aims", _("Aims")),
        created_by=by, created_at=clock.now())
    for party in regions:
        CooperationParty.objects.create(cooperation=cooperation, region=party)
    for party in organizations:
        CooperationParty.objects.create(cooperation=cooperation, organization=party)
    return cooperation


@transaction.atomic
def report_cooperation_progress(*, by, cooperation: Cooperation, note) -> CooperationProgress:
    """A party's officer, or a recorder whose jurisdiction holds the agreement or a party, reports progress."""
    if not permissions.reports_on_cooperation(by, cooperation):
        raise NotAllowed(_("Only the parties to this agreement report its progress."))
    return CooperationProgress.objects.create(cooperation=cooperation, note=_text(note, "note", _("Progress"), 2000),
                                              reported_by=by, reported_at=clock.now())
