"""Union work figures for ``huishang stats assessment``, counted from the records.

- assessments_published: assessments published in the period; assessed_unions: the unions they rank;
  assessment_top: the union ranked first in the latest of them, with its total.
- risks: risk matters of the scope submitted in the period, with a level; risks_by_level and
  risks_by_state split them; risks_resolved: those now resolved or closed; risk_resolution_rate in %.
- reform_tasks: the industrial-worker reform's member units and their tasks (unionwork/figures.py).
- risk_screening: the screening campaigns of the scope's region starting in the period; their enterprises to
  screen and those screened (coverage = screened ÷ to screen, in %); the risks recorded in them and those now
  resolved or closed.
- rights_cases: worker-rights cases (category worker_rights) of the scope submitted in the period (received),
  those assigned, those now resolved or closed, and resolution_rate = resolved ÷ assigned in %, as 办结率 counts.
"""

from django.db.models import Count

from huishang.assessment.models import Assessment, Participant, Risk, ScreeningCampaign, ScreeningTarget
from huishang.assessment.rights import rights_cases
from huishang.assessment.selectors import standings
from huishang.cases.states import DONE
from huishang.figures.selectors import Scope, percent
from huishang.unionwork.figures import reform_task_figures


def _published(scope: Scope):
    return Assessment.objects.filter(scope.moment_range("published_at"), scope.within("region"),
                                     state=Assessment.State.PUBLISHED)


def _top(assessments) -> dict | None:
    latest = assessments.order_by("-published_at").first()
    if latest is None:
        return None
    first = standings(latest)[0]
    return {"assessment": latest.title, "union": first.participant.union.name, "total": float(first.total)}


def risk_screening_figures(scope: Scope) -> dict:
    campaigns = ScreeningCampaign.objects.filter(scope.within("region"), scope.day_range("starts_on"))
    targets = ScreeningTarget.objects.filter(campaign__in=campaigns.values("pk"))
    to_screen, screened = targets.count(), targets.exclude(screened_on=None).count()
    found = Risk.objects.filter(campaign__in=campaigns.values("pk"))
    return {
        "campaigns": campaigns.count(), "enterprises_to_screen": to_screen, "enterprises_screened": screened,
        "coverage": percent(screened, to_screen), "risks_found": found.count(),
        "risks_resolved": found.filter(matter__state__in=DONE).count(),
    }


def rights_case_figures(scope: Scope) -> dict:
    received = rights_cases(scope.matters().filter(scope.moment_range("submitted_at")))
    assigned = received.exclude(first_assigned_at=None).count()
    resolved = received.filter(state__in=DONE).count()
    return {"received": received.count(), "assigned": assigned, "resolved": resolved,
            "resolution_rate": percent(resolved, assigned)}


def assessment_figures(scope: Scope) -> dict:
    """Published assessments and risk screening figures for one period and scope."""
    assessments = _published(scope)
    risks = Risk.objects.filter(matter__in=scope.matters().filter(scope.moment_range("submitted_at")).values("pk"))
    total = risks.count()
    resolved = risks.filter(matter__state__in=DONE).count()
    by_level = {level: 0 for level in Risk.Level.values}
    by_level.update({row["level"]: row["n"] for row in risks.values("level").annotate(n=Count("pk"))})
    by_state = {row["matter__state"]: row["n"] for row in risks.values("matter__state").annotate(n=Count("pk"))}
    return {
        "assessments_published": assessments.count(),
        "assessed_unions": Participant.objects.filter(assessment__in=assessments).count(),
        "assessment_top": _top(assessments),
        "risks": total,
        "risks_by_level": by_level,
        "risks_by_state": by_state,
        "risks_resolved": resolved,
        "risk_resolution_rate": percent(resolved, total),
        "reform_tasks": reform_task_figures(scope),
        "risk_screening": risk_screening_figures(scope),
        "rights_cases": rights_case_figures(scope),
    }
