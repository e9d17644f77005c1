"""Supervision on other apps' pages: the matter page's supervision records and its supervision steps (in the
action panel), the cards of the workbench."""

from django import template

from huishang.cases.states import AWAITING_UNIT, State
from huishang.directory.models import Role
from huishang.core import clock
from huishang.supervision import permissions, plans
from huishang.supervision.deadlines import is_due_soon, is_overdue, remaining_working_days
from huishang.supervision.forms import (
    ESCALATE_QUESTION, SEND_BACK_QUESTION, EscalateForm, ExtensionDecisionForm, ExtensionRequestForm, FollowUpForm,
    PlanDecisionForm, PlanForm, ProgressForm, RemindForm, SendBackDecisionForm, SendBackRequestForm, VisitForm,
)
from huishang.supervision.models import ExtensionRequest, SendBackRequest, WorkPlan
from huishang.supervision.selectors import cards_of, carded, leaders_over

register = template.Library()


@register.inclusion_tag("supervision/_matter_panel.html", takes_context=True)
def supervision_panel(context, matter):
    """Cards, working days left, reminders, escalations, extension and send-back requests, reviews and follow-ups
    of a matter (the forms are in the action panel: supervision_actions)."""
    remaining = remaining_working_days(matter)
    return {
        "request": context["request"],
        "matter": matter,
        "cards": cards_of(matter),
        "remaining": remaining,
        "overdue_days": -remaining if remaining is not None else None,
        "overdue": is_overdue(matter),
        "due_soon": is_due_soon(matter),
        "reminders": matter.reminders.select_related("by", "unit"),
        "escalations": matter.escalations.select_related("by", "leader"),
        "extensions": matter.extension_requests.select_related("requested_by", "decided_by"),
        "send_backs": matter.send_back_requests.select_related("requested_by", "decided_by"),
        "visits": matter.supervision_visits.select_related("by").prefetch_related("photos"),
        "follow_ups": matter.follow_ups.select_related("by"),
    }


@register.inclusion_tag("supervision/_matter_actions.html", takes_context=True)
def supervision_actions(context, matter, matter_actions=()):
    """The supervision steps the user may take on the matter now, in the matter page's action panel beside
    ``matter_actions`` (the matter's own); when there is neither, the panel says there is nothing to do."""
    user = context["request"].user
    supervising = permissions.allowed(permissions.check_supervisor, user, matter)
    lead_unit = permissions.allowed(permissions.check_lead_unit, user, matter)
    handling = matter.state in AWAITING_UNIT
    pending = matter.extension_requests.filter(status=ExtensionRequest.Status.PENDING).first()
    pending_send_back = matter.send_back_requests.filter(status=SendBackRequest.Status.PENDING).first()
    follow_up = None
    if matter.state == State.RESOLVED and permissions.allowed(permissions.check_follow_up, user, matter):
        follow_up = matter.follow_ups.filter(done_at=None).order_by("due").first()
    offers = {
        "decide_extension": supervising and pending is not None,
        "decide_send_back": supervising and pending_send_back is not None,
        "follow_up": follow_up is not None,
        "remind": supervising and handling,
        "visit": supervising,
        "escalate": supervising and matter.state not in (State.CLOSED, State.REJECTED, State.MERGED),
        "request_extension": lead_unit and handling and pending is None,
        "request_send_back": lead_unit and handling and pending_send_back is None,
    }
    escalate_form = None
    if offers["escalate"]:
        escalate_form = EscalateForm()
        escalate_form.fields["leader"].queryset = leaders_over(matter)
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "matter": matter,
        "offers": offers,
        "nothing_to_do": not matter_actions and not any(offers.values()),
        "pending": pending,
        "pending_send_back": pending_send_back,
        "follow_up": follow_up,
        "remind_form": RemindForm(),
        "escalate_form": escalate_form,
        "visit_form": VisitForm(),
        "extension_form": ExtensionRequestForm(),
        "decision_form": ExtensionDecisionForm(),
        "send_back_form": SendBackRequestForm(),
        "send_back_decision_form": SendBackDecisionForm(),
        "follow_up_form": FollowUpForm(),
        "escalate_question": ESCALATE_QUESTION,
        "send_back_question": SEND_BACK_QUESTION,
    }


@register.inclusion_tag("supervision/_workbench_cards.html", takes_context=True)
def workbench_cards(context):
    """The carded matters the user answers for (a unit) or supervises."""
    user = context["request"].user
    cards = carded(user) if user.is_authenticated else []
    if user.is_authenticated and user.role == Role.UNIT:
        cards = [card for card in cards if card.matter.lead_unit_id == user.organization_id]
    return {"cards": cards[:20], "count": len(cards), "show": user.is_authenticated and user.role in (
        Role.UNIT, Role.SUPERVISOR, Role.ADMIN)}



@register.inclusion_tag("supervision/_work_plan.html", takes_context=True)
def work_plan_panel(context, matter):
    """The matter's work plan (细化工作措施) with its milestones and progress, and the forms the user may use on it:
    the lead unit submits or replaces it and reports progress, the service office approves or returns it."""
    user = context["request"].user
    plan = plans.current_plan(matter)
    lead_unit = permissions.allowed(permissions.check_lead_unit, user, matter) and matter.state in AWAITING_UNIT
    approver = permissions.allowed(permissions.check_plan_approver, user, matter)
    approved = plan is not None and plan.status == WorkPlan.Status.APPROVED
    today = clock.today()
    milestones = [{"milestone": m, "missed": approved and m.reached_at is None and m.due < today}
                  for m in plan.milestones.all()] if plan else []
    return {
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
        "matter": matter,
        "plan": plan,
        "milestones": milestones,
        "reports": plan.progress_reports.select_related("by", "milestone") if plan else [],
        "may_submit": lead_unit,
        "may_decide": approver and plan is not None and plan.status == WorkPlan.Status.SUBMITTED,
        "may_report": lead_unit and approved,
        "plan_form": PlanForm(auto_id="plan-%s"),
        "decision_form": PlanDecisionForm(auto_id="plan-decision-%s"),
        "progress_form": ProgressForm(plan=plan, auto_id="plan-progress-%s") if approved else None,
    }
