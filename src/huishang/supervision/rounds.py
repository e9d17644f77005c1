"""Review rounds (定期回访督查): the supervision group takes, over a period and a region, the matters its rules
choose — resolved in the period, reopened in it, long-running — adjusts the list by hand, checks each on site or
by phone against a checklist, and records a finding that moves the matter through its own transitions (a
responded matter is reviewed, a resolved one followed up: closed, or reopened when found not solved), so the
matter's trail shows it. A finished round is reported in Word and PDF (round_report.py)."""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from huishang.cases import services as matter_services
from huishang.cases.models import Matter, Transition
from huishang.cases.selectors import can_view
from huishang.cases.states import AWAITING_UNIT, REOPENING_ACTIONS, State
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Region, Role, User
from huishang.notifications.services import notify
from huishang.supervision import permissions
from huishang.supervision.jobs import follow_up_of
from huishang.supervision.models import FollowUp, ReviewRound, RoundMatter, SupervisionVisit
from huishang.supervision.services import record_follow_up, unit_handlers

Reason = RoundMatter.Reason
Verdict = RoundMatter.Verdict

# The rules a round chooses its matters by, in the order a matter chosen by several is labelled.
ROUND_RULES = (Reason.REOPENED, Reason.LONG_RUNNING, Reason.RESOLVED)
# What the group checks on each matter (督查要点), answered yes or no.
CHECKLIST = {
    "measures": gettext_lazy("The unit's measures are carried out"),
    "enterprise_confirms": gettext_lazy("The enterprise confirms the result"),
    "no_recurrence": gettext_lazy("The problem has not come back"),
    "evidence": gettext_lazy("The supporting documents are complete"),
}
TITLE_MAX = ReviewRound._meta.get_field("title").max_length
NOTE_MAX = 4000
# States a finding may meet: the matter is handled, answered or done (not waiting for intake or a meeting).
CHECKABLE = AWAITING_UNIT | {State.RESPONDED, State.RESOLVED, State.CLOSED}


def _text(value, *, field: str, label: str, max_length: int, required: bool = True) -> str:
    text = cleaned(value)
    if required and not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if len(text) > max_length:
        raise ValidationError(
            _("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length}, field=field)
    return text


def _day_span(start: datetime.date, end: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    first = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    return first, timezone.make_aware(datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min))


# --- reads -----------------------------------------------------------------------------------------------

def visible_rounds(user) -> QuerySet[ReviewRound]:
    """The rounds over regions of the reader's jurisdiction; the city's staff read them."""
    if not permissions.may_read_rounds(user):
        return ReviewRound.objects.none()
    return with_figures(ReviewRound.objects.filter(jurisdiction_of(user).within("region"))).select_related(
        "region", "created_by")


def chosen_by_rules(region: Region, start: datetime.date, end: datetime.date, rules) -> dict[int, str]:
    """Matter id → the rule choosing it: resolved in the period (and resolved or closed now), reopened in it (a
    not-satisfied review or follow-up), long-running (assigned before the period began and not resolved yet)."""
    first, after = _day_span(start, end)
    place = Matter.objects.filter(Jurisdiction(region=region).within("region"))
    queries = {
        Reason.REOPENED: place.filter(pk__in=Transition.objects.filter(
            action__in=REOPENING_ACTIONS, at__gte=first, at__lt=after).values("matter")),
        Reason.LONG_RUNNING: place.filter(state__in=AWAITING_UNIT | {State.RESPONDED}, first_assigned_at__lt=first),
        Reason.RESOLVED: place.filter(state__in=[State.RESOLVED, State.CLOSED], resolved_at__gte=first,
                                      resolved_at__lt=after),
    }
    chosen = {}
    for rule in ROUND_RULES:
        if rule in rules:
            for pk in queries[rule].values_list("pk", flat=True):
                chosen.setdefault(pk, rule)
    return chosen


def entries_of(review_round: ReviewRound) -> QuerySet[RoundMatter]:
    return review_round.entries.select_related("matter", "matter__lead_unit", "matter__enterprise", "by")


# --- changes -----------------------------------------------------------------------------------------------

def _checked_members(members, region: Region) -> list[User]:
    """Supervisors whose jurisdiction holds the round's region: one at least."""
    people = list(members or ())
    if not people:
        raise ValidationError(_("Name the group's members."), field="members")
    for person in people:
        if not isinstance(person, User) or person.role != Role.SUPERVISOR or not person.is_active:
            raise ValidationError(_("The group's members are supervisors."), field="members")
        if not jurisdiction_of(person).covers(region):
            raise NotAllowed(_("%(name)s does not supervise this region.") % {"name": person.get_full_name()},
                             field="members")
    return people


@transaction.atomic
def create_round(*, by, title, period_start, period_end, region, members, rules=ROUND_RULES) -> ReviewRound:
    """A supervisor opens a review round over a period and a region of their jurisdiction, with its group's members,
    and the matters its rules choose."""
    permissions.check_round_manager(by)
    title = _text(title, field="title", label=_("Title"), max_length=TITLE_MAX)
    for name, value in (("period_start", period_start), ("period_end", period_end)):
        if not isinstance(value, datetime.date):
            raise ValidationError(_("Give the period's first and last day."), field=name)
    if period_end < period_start:
        raise ValidationError(_("The period cannot end before it begins."), field="period_end")
    if period_start > clock.today():
        raise ValidationError(_("The period cannot begin in the future."), field="period_start")
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    jurisdiction_of(by).check(region, field="region")
    rules = list(dict.fromkeys(rules or ()))
    if not rules or any(rule not in ROUND_RULES for rule in rules):
        raise ValidationError(_("Choose the rules the round's matters are chosen by."), field="rules")
    people = _checked_members(members, region)
    review_round = ReviewRound.objects.create(
        title=title, period_start=period_start, period_end=period_end, region=region, rules=rules,
        created_by=by, created_at=clock.now(),
    )
    review_round.members.set(people)
    chosen = chosen_by_rules(region, period_start, period_end, rules)
    RoundMatter.objects.bulk_create([RoundMatter(round=review_round, matter_id=pk, reason=reason)
                                     for pk, reason in chosen.items()])
    return review_round


def _open(review_round: ReviewRound) -> None:
    if review_round.status != ReviewRound.Status.OPEN:
        raise InvalidTransition(_("This review round is finished."))


@transaction.atomic
def add_matter(review_round: ReviewRound, *, by, matter: Matter) -> RoundMatter:
    """A supervisor adds a matter of the round's region to an open round by hand."""
    permissions.check_round_manager(by, review_round)
    _open(review_round)
    if not can_view(by, matter) or not Jurisdiction(region=review_round.region).covers(matter.region):
        raise NotAllowed(_("The matter lies outside the round's region."), field="matter")
    if matter.state not in CHECKABLE:
        raise ValidationError(_("Only a matter handled, answered or done can be checked."), field="matter")
    try:
        with transaction.atomic():
            return RoundMatter.objects.create(round=review_round, matter=matter, reason=Reason.ADDED)
    except IntegrityError:
        raise ValidationError(_("The matter is already in this round."), field="matter") from None


@transaction.atomic
def remove_matter(review_round: ReviewRound, *, by, matter: Matter) -> None:
    """A supervisor takes a matter not checked yet off an open round."""
    permissions.check_round_manager(by, review_round)
    _open(review_round)
    entry = review_round.entries.filter(matter=matter).first()
    if entry is None:
        raise ValidationError(_("The matter is not in this round."), field="matter")
    if entry.at is not None:
        raise InvalidTransition(_("A matter already checked stays in the round."))
    entry.delete()


def _checked_checklist(checklist) -> dict[str, bool]:
    answers = dict(checklist or {})
    for code, value in answers.items():
        if code not in CHECKLIST or not isinstance(value, bool):
            raise ValidationError(_("Answer the checklist's items yes or no."), field="checklist")
    return answers


def _move(matter: Matter, *, by, verdict: str, method: str, note: str, satisfaction: str | None) -> str:
    """Move the matter as the finding says, through its own transitions; the state it is left in, or ""."""
    if matter.state == State.RESPONDED and verdict != Verdict.UNDER_WAY:
        satisfied = verdict == Verdict.SOLVED
        matter_services.review(matter, by=by, satisfied=satisfied, solved=satisfied, method=method, note=note)
        return matter.state
    if matter.state == State.RESOLVED and verdict != Verdict.UNDER_WAY:
        follow_up, _made = follow_up_of(matter)
        if verdict == Verdict.SOLVED:
            satisfaction = satisfaction or FollowUp.Satisfaction.SATISFIED
            if satisfaction == FollowUp.Satisfaction.DISSATISFIED:
                raise ValidationError(_("A problem found solved is not followed up as dissatisfied."),
                                      field="satisfaction")
        else:
            satisfaction = FollowUp.Satisfaction.DISSATISFIED
        record_follow_up(follow_up, by=by, satisfaction=satisfaction, solved=verdict == Verdict.SOLVED, note=note)
        matter.refresh_from_db()
        return matter.state
    if matter.state in AWAITING_UNIT and verdict == Verdict.SOLVED:
        raise ValidationError(
            _("A matter the unit still handles is resolved by its answer and review: record it as still being "
              "handled or not solved."), field="verdict")
    return ""


@transaction.atomic
def record_finding(
    entry: RoundMatter, *, by, method: str, verdict: str, checklist=None, note: str = "", plan_required=False,
    satisfaction: str | None = None,
) -> RoundMatter:
    """A member of the round records what was found on site or by phone; the matter moves through its own
    transitions (a responded matter is reviewed; a resolved one is followed up, closed when solved and reopened
    when not), and a matter the unit still handles may be asked for a work plan, which its lead unit is told."""
    review_round = entry.round
    permissions.check_round_member(by, review_round)
    _open(review_round)
    if entry.at is not None:
        raise InvalidTransition(_("This matter's finding is already recorded."))
    matter = Matter.objects.get(pk=entry.matter_id)
    if not can_view(by, matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))
    if method not in (SupervisionVisit.Method.ON_SITE, SupervisionVisit.Method.PHONE):
        raise ValidationError(_("Say whether the check was on site or by phone."), field="method")
    if verdict not in Verdict.values:
        raise ValidationError(_("Choose what was found."), field="verdict")
    if satisfaction is not None and satisfaction not in FollowUp.Satisfaction.values:
        raise ValidationError(_("Choose how satisfied the enterprise is."), field="satisfaction")
    answers = _checked_checklist(checklist)
    note = _text(note, field="note", label=_("What was found"), max_length=NOTE_MAX,
                 required=verdict != Verdict.SOLVED)
    if not isinstance(plan_required, bool):
        raise ValidationError(_("Say whether a work plan is required."), field="plan_required")
    trail_note = _("Review round “%(title)s”: %(note)s") % {
        "title": review_round.title, "note": note or Verdict(verdict).label}
    moved_to = _move(matter, by=by, verdict=verdict, method=method, note=trail_note, satisfaction=satisfaction)
    if plan_required and matter.state not in AWAITING_UNIT:
        raise ValidationError(_("A work plan is asked only of a unit still handling the matter."),
                              field="plan_required")
    SupervisionVisit.objects.create(matter=matter, method=method, findings=trail_note, by=by, at=clock.now())
    updated = RoundMatter.objects.filter(pk=entry.pk, at=None).update(
        method=method, verdict=verdict, checklist=answers, note=note, plan_required=plan_required,
        moved_to=moved_to, by=by, at=clock.now(),
    )
    if not updated:
        raise InvalidTransition(_("This matter's finding is already recorded."))
    entry.refresh_from_db()
    if plan_required:
        for handler in unit_handlers(matter.lead_unit_id):
            notify(handler, key=f"plan-required:{entry.pk}:{handler.pk}", event="supervision.plan_required",
                   context={"matter": matter, "entry": entry},
                   link=reverse("web:matter-detail", args=[matter.number]))
    return entry


@transaction.atomic
def finish_round(review_round: ReviewRound, *, by, summary: str = "") -> ReviewRound:
    """A member closes the round with its summary; matters not checked are reported as such."""
    permissions.check_round_member(by, review_round)
    summary = _text(summary, field="summary", label=_("Summary"), max_length=NOTE_MAX, required=False)
    updated = ReviewRound.objects.filter(pk=review_round.pk, status=ReviewRound.Status.OPEN).update(
        status=ReviewRound.Status.FINISHED, finished_at=clock.now(), summary=summary,
    )
    if not updated:
        raise InvalidTransition(_("This review round is finished."))
    review_round.refresh_from_db()
    return review_round


# A round's counts, each over its entries: annotated on a list of rounds in one query.
FIGURES = {
    "matters": Q(),
    "checked": Q(entries__at__isnull=False),
    "solved": Q(entries__verdict=Verdict.SOLVED),
    "not_solved": Q(entries__verdict=Verdict.NOT_SOLVED),
    "under_way": Q(entries__verdict=Verdict.UNDER_WAY),
    "closed": Q(entries__moved_to=State.CLOSED),
    # Every reopening: a not-satisfied review (持续推进) or a follow-up found not solved.
    "reopened": Q(entries__moved_to=State.IN_PROGRESS),
    "plans_required": Q(entries__plan_required=True),
}


def with_figures(queryset: QuerySet[ReviewRound]) -> QuerySet[ReviewRound]:
    return queryset.annotate(**{f"figure_{name}": Count("entries", filter=condition)
                                for name, condition in FIGURES.items()})


def figures_of(review_round: ReviewRound) -> dict[str, int]:
    """The round's counts: from the list's annotations (with_figures), else counted now."""
    if not hasattr(review_round, "figure_matters"):
        review_round = with_figures(ReviewRound.objects.filter(pk=review_round.pk)).get()
    return {name: getattr(review_round, f"figure_{name}") for name in FIGURES}


def members_choice(region: Region | None = None, *, by) -> QuerySet[User]:
    """The supervisors a round may name: those whose jurisdiction holds ``region`` (or the acting account's)."""
    people = User.objects.filter(role=Role.SUPERVISOR, is_active=True).select_related("region", "organization__region")
    place = region or getattr(by, "region", None)
    if place is None:
        return people.filter(Q(pk__in=[by.pk]) if by.role == Role.SUPERVISOR else Q())
    return people.filter(pk__in=[person.pk for person in people if jurisdiction_of(person).covers(place)])
