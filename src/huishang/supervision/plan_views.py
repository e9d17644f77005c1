"""The work plan's steps on the matter page (细化工作措施): the lead unit submits it, the office decides it, the unit
reports progress. Views parse the form and call supervision/plans.py; a refusal comes back as a message."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import NotFound
from huishang.supervision import plans
from huishang.supervision.forms import PlanDecisionForm, PlanForm, ProgressForm
from huishang.supervision.views import _act
from huishang.web.views.lookups import matter_or_404


def _plan_or_none(request, matter):
    try:
        return plans.plan_of(matter, user=request.user)
    except NotFound:
        return None


@login_required
@require_POST
def submit(request, number):
    matter = matter_or_404(request.user, number)
    return _act(request, matter, PlanForm(request.POST), lambda data: plans.submit_plan(
        matter, by=request.user, measures=data["measures"], milestones=data["milestones"]),
        _("The work plan was sent to the service office."))


@login_required
@require_POST
def decide(request, number):
    matter = matter_or_404(request.user, number)
    plan = _plan_or_none(request, matter)
    if plan is None:
        raise PermissionDenied
    return _act(request, matter, PlanDecisionForm(request.POST), lambda data: plans.decide_plan(
        plan, by=request.user, approve=data["approve"], note=data["note"]), _("The decision was recorded."))


@login_required
@require_POST
def progress(request, number):
    matter = matter_or_404(request.user, number)
    plan = _plan_or_none(request, matter)
    if plan is None:
        raise PermissionDenied

    def report(data):
        milestone = plan.milestones.filter(pk=data["milestone"]).first() if data["milestone"] else None
        return plans.report_progress(plan, by=request.user, content=data["content"], milestone=milestone,
                                     reached=data["reached"])

    return _act(request, matter, ProgressForm(request.POST, plan=plan), report, _("The progress was recorded."))
