"""Work plans (细化工作措施): the lead unit of a matter it cannot solve at once submits its measures and dated
milestones, the service office approves the plan or returns it with a reason, and the unit reports progress
against it. An approved plan's missed milestone is carded and reminded as a missed deadline is (cards.py, jobs.py)."""

import datetime

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from huishang.cases.models import Matter
from huishang.cases.selectors import current_assignment
from huishang.cases.states import AWAITING_UNIT
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotFound, ValidationError
from huishang.core.text import cleaned
from huishang.directory.models import Role
from huishang.notifications.services import notify
from huishang.supervision import permissions
from huishang.supervision.models import Milestone, ProgressReport, WorkPlan
from huishang.supervision.selectors import accounts_covering

MEASURES_MAX = 4000
MILESTONES_MAX = 20
MILESTONE_TITLE_MAX = Milestone._meta.get_field("title").max_length
PROGRESS_MAX = 4000


def _link(matter: Matter) -> str:
    return reverse("web:matter-detail", args=[matter.number])


def _text(value, *, field: str, label: str, max_length: int) -> str:
    text = cleaned(value)
    if not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if len(text) > max_length:
        raise ValidationError(
            _("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length}, field=field)
    return text


def current_plan(matter: Matter) -> WorkPlan | None:
    """The plan in force: waiting for approval, approved or returned (older ones are replaced)."""
    return (matter.work_plans.exclude(status=WorkPlan.Status.REPLACED)
            .select_related("submitted_by", "decided_by", "assignment__lead_unit").first())


def plan_of(matter: Matter, *, user) -> WorkPlan:
    """The matter's plan in force as ``user`` may read it, or NotFound."""
    permissions.check_plan_reader(user, matter)
    plan = current_plan(matter)
    if plan is None:
        raise NotFound(_("Matter %(number)s has no work plan.") % {"number": matter.number})
    return plan


def _checked_milestones(milestones) -> list[tuple[datetime.date, str]]:
    """At least one, at most MILESTONES_MAX, each a title and a day not in the past, in order of their days."""
    rows = []
    for due, title in milestones or ():
        if not isinstance(due, datetime.date):
            raise ValidationError(_("Give each milestone a date."), field="milestones")
        if due < clock.today():
            raise ValidationError(_("A milestone cannot be in the past."), field="milestones")
        rows.append((due, _text(title, field="milestones", label=_("Milestone"), max_length=MILESTONE_TITLE_MAX)))
    if not rows:
        raise ValidationError(_("Give at least one milestone with its date."), field="milestones")
    if len(rows) > MILESTONES_MAX:
        raise ValidationError(_("A plan has at most %(n)s milestones.") % {"n": MILESTONES_MAX}, field="milestones")
    return sorted(rows, key=lambda row: row[0])


@transaction.atomic
def submit_plan(matter: Matter, *, by, measures: str, milestones) -> WorkPlan:
    """The lead unit submits its work plan for a matter it still handles (measures and dated milestones); it
    replaces the plan before, which is kept, and waits for the service office's approval."""
    permissions.check_lead_unit(by, matter)
    if matter.state not in AWAITING_UNIT:
        raise InvalidTransition(_("Only a matter the unit is still handling gets a work plan."))
    measures = _text(measures, field="measures", label=_("Measures"), max_length=MEASURES_MAX)
    rows = _checked_milestones(milestones)
    Matter.objects.select_for_update().filter(pk=matter.pk).first()  # one submission at a time per matter
    matter.work_plans.exclude(status=WorkPlan.Status.REPLACED).update(status=WorkPlan.Status.REPLACED)
    plan = WorkPlan.objects.create(
        matter=matter, assignment=current_assignment(matter), measures=measures, submitted_by=by,
        submitted_at=clock.now(),
    )
    Milestone.objects.bulk_create([Milestone(plan=plan, title=title, due=due) for due, title in rows])
    for person in accounts_covering(Role.OFFICE, matter):
        notify(person, key=f"plan-submitted:{plan.pk}:{person.pk}", event="supervision.plan_submitted",
               context={"matter": matter, "plan": plan}, link=_link(matter))
    return plan


@transaction.atomic
def decide_plan(plan: WorkPlan, *, by, approve: bool, note: str = "") -> WorkPlan:
    """The service office approves a plan waiting for it, or returns it with a reason; the unit is told."""
    matter = plan.matter
    permissions.check_plan_approver(by, matter)
    if not isinstance(approve, bool):
        raise ValidationError(_("Approve or return the plan."), field="approve")
    note = cleaned(note)
    if not approve:
        note = _text(note, field="note", label=_("Reason for returning"), max_length=MEASURES_MAX)
    updated = WorkPlan.objects.filter(pk=plan.pk, status=WorkPlan.Status.SUBMITTED).update(
        status=WorkPlan.Status.APPROVED if approve else WorkPlan.Status.RETURNED,
        decided_by=by, decided_at=clock.now(), decision_note=note,
    )
    if not updated:
        raise InvalidTransition(_("Only a plan waiting for approval can be approved or returned."))
    plan.refresh_from_db()
    notify(plan.submitted_by, key=f"plan-decided:{plan.pk}", event="supervision.plan_decided",
           context={"matter": matter, "plan": plan}, link=_link(matter))
    return plan


@transaction.atomic
def report_progress(plan: WorkPlan, *, by, content: str, milestone: Milestone | None = None,
                    reached: bool = False) -> ProgressReport:
    """The lead unit reports progress on its approved plan (阶段性进展), about one of its milestones or the plan as a
    whole; a milestone reported reached no longer counts as missed."""
    matter = plan.matter
    permissions.check_lead_unit(by, matter)
    if plan.status != WorkPlan.Status.APPROVED:
        raise InvalidTransition(_("Progress is reported on an approved plan."))
    content = _text(content, field="content", label=_("Progress"), max_length=PROGRESS_MAX)
    if milestone is not None and milestone.plan_id != plan.pk:
        raise ValidationError(_("Choose a milestone of this plan."), field="milestone")
    if reached and milestone is None:
        raise ValidationError(_("Say which milestone was reached."), field="milestone")
    if reached and milestone.reached_at is not None:
        raise InvalidTransition(_("This milestone was already reported reached."), field="milestone")
    now = clock.now()
    if reached:
        Milestone.objects.filter(pk=milestone.pk).update(reached_at=now)
        milestone.reached_at = now
    return ProgressReport.objects.create(plan=plan, milestone=milestone, content=content, by=by, at=now)
