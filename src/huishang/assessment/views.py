"""Pages of union work: the assessment with its ranking, self-reports and scoring, and the risk register."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.assessment import permissions, risks, selectors, services
from huishang.assessment.forms import (
    CampaignForm, RegradeForm, RiskForm, ScoreForm, ScreeningForm, SelfReportForm, StabilityPlanForm, TargetForm,
    setup_forms, unions_run_by,
)
from huishang.assessment.models import Assessment, AssessmentRole, Risk
from huishang.core.errors import DomainError, NotFound
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.web.errors import show_on_form


def assessment_or_404(user, pk) -> Assessment:
    try:
        return selectors.assessment_for(user, pk)
    except NotFound:
        raise Http404


@login_required
def assessment_list(request):
    return render(request, "assessment/list.html", {
        "assessments": permissions.visible_assessments(request.user),
        "reads_risks": permissions.may_read_risks(request.user), "sets_up": unions_run_by(request.user).exists()})


def detail_page(request, assessment, *, failed_forms=None, status=200):
    """The assessment's page; ``failed_forms`` are setup forms sent back with their errors."""
    user = request.user
    everything = permissions.sees_everything(user, assessment)
    published = assessment.state == Assessment.State.PUBLISHED
    own = permissions.own_participant(user, assessment)
    indicators = list(assessment.indicators.all())
    reports = {}
    if own:
        reports = {report.indicator_id: report for report in own.self_reports.all()}
    context = {
        "assessment": assessment, "indicators": indicators,
        "standings": selectors.standings(assessment) if published or everything else None,
        "own": own, "reports": reports,
        "reporting": own is not None and assessment.state == Assessment.State.OPEN,
        "reviewing": permissions.reviews(user, assessment) and assessment.state == Assessment.State.REVIEWING,
        "organises": permissions.organises(user, assessment),
        "self_report_form": SelfReportForm(), "score_form": ScoreForm(),
        "weight_total": sum(indicator.weight for indicator in indicators),
        "participants": assessment.participants.select_related("union"),
        "reviewers": assessment.roles.filter(role=AssessmentRole.Role.REVIEWER).select_related("user"),
    }
    context.update(setup_forms(user, assessment, failed_forms or {}))
    return render(request, "assessment/detail.html", context, status=status)


@login_required
def assessment_detail(request, pk):
    return detail_page(request, assessment_or_404(request.user, pk))


def _done(request, assessment, call, success):
    try:
        call()
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, success)
    return redirect("assessment:detail", assessment.pk)


@login_required
@require_POST
def self_report(request, pk, indicator_pk):
    assessment = assessment_or_404(request.user, pk)
    indicator = assessment.indicators.filter(pk=indicator_pk).first() or _missing()
    form = SelfReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a self score between 0 and 100 and the evidence."))
        return redirect("assessment:detail", assessment.pk)
    return _done(request, assessment, lambda: services.submit_self_report(
        by=request.user, assessment=assessment, indicator=indicator, **form.cleaned_data),
        _("The self-report was saved."))


@login_required
@require_POST
def score(request, pk, participant_pk, indicator_pk):
    assessment = assessment_or_404(request.user, pk)
    participant = assessment.participants.filter(pk=participant_pk).first() or _missing()
    indicator = assessment.indicators.filter(pk=indicator_pk).first() or _missing()
    form = ScoreForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("A score lies between 0 and 100."))
        return redirect("assessment:detail", assessment.pk)
    return _done(request, assessment, lambda: services.score(
        by=request.user, participant=participant, indicator=indicator, value=form.cleaned_data["score"],
        note=form.cleaned_data["note"]), _("The score was saved."))


@login_required
@require_POST
def advance(request, pk):
    """The organiser's next step: open for reports, start the review, or publish."""
    assessment = assessment_or_404(request.user, pk)
    steps = {
        Assessment.State.DRAFT: (services.open_for_reports, Assessment.State.OPEN),
        Assessment.State.OPEN: (services.start_review, Assessment.State.REVIEWING),
        Assessment.State.REVIEWING: (services.publish, Assessment.State.PUBLISHED),
    }
    if assessment.state not in steps:
        raise Http404
    step, next_state = steps[assessment.state]
    return _done(request, assessment, lambda: step(by=request.user, assessment=assessment),
                 _("The assessment is now %(state)s.") % {"state": next_state.label})


def _missing():
    raise Http404


@login_required
def risk_list(request):
    if not permissions.may_read_risks(request.user):
        raise PermissionDenied
    form = RiskForm(request.POST or None, user=request.user)
    status = 200
    may_record = request.user.is_superuser or request.user.role in risks.SCREENING_ROLES
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                risk = risks.record_risk(by=request.user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("%(number)s was recorded.") % {"number": risk.matter.number})
                return redirect("assessment:risks")
    level = request.GET.get("level", "")
    found = risks.visible_risks(request.user)
    return render(request, "assessment/risks.html", {
        "risks": found.filter(level=level) if level in Risk.Level.values else found, "levels": Risk.Level.choices,
        "level": level, "form": form if may_record else None,
        "reads_campaigns": risks.may_read_campaigns(request.user)}, status=status)


def _campaign_or_404(user, pk):
    try:
        return risks.campaign_for(user, pk)
    except NotFound:
        raise Http404


def _risk_or_404(user, pk):
    try:
        return risks.risk_for(user, pk)
    except NotFound:
        raise Http404


def _runs_screening(user) -> bool:
    return user.is_superuser or user.role in risks.SCREENING_ROLES


@login_required
def campaign_list(request):
    """The screening campaigns of the jurisdiction with their coverage; the office opens one here."""
    if not risks.may_read_campaigns(request.user):
        raise PermissionDenied
    form = CampaignForm(request.POST or None, user=request.user) if _runs_screening(request.user) else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        status = 422
        if form.is_valid():
            try:
                campaign = risks.open_campaign(by=request.user, **form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The screening campaign was opened."))
                return redirect("assessment:campaign", campaign.pk)
    campaigns = [(campaign, risks.coverage(campaign)) for campaign in risks.visible_campaigns(request.user)]
    return render(request, "assessment/campaigns.html", {"campaigns": campaigns, "form": form}, status=status)


def campaign_page(request, campaign, *, target_form=None, screening_forms=None, status=200):
    user = request.user
    targets = list(campaign.targets.select_related("enterprise", "screener", "screened_by"))
    screening_forms = screening_forms or {}
    for target in targets:
        target.may_screen = target.screened_on is None and risks.may_screen(user, target)
        target.form = screening_forms.get(target.pk) or (ScreeningForm() if target.may_screen else None)
    runs = _runs_screening(user) and jurisdiction_of(user).covers(campaign.region)
    found = campaign.risks.select_related("matter", "responsible_unit", "matter__enterprise")
    return render(request, "assessment/campaign.html", {
        "campaign": campaign, "coverage": risks.coverage(campaign), "targets": targets, "risks": found,
        "target_form": target_form or (TargetForm(campaign=campaign) if runs else None),
    }, status=status)


@login_required
def campaign_detail(request, pk):
    return campaign_page(request, _campaign_or_404(request.user, pk))


@login_required
@require_POST
def campaign_target(request, pk):
    campaign = _campaign_or_404(request.user, pk)
    form = TargetForm(request.POST, campaign=campaign)
    if not form.is_valid():
        return campaign_page(request, campaign, target_form=form, status=422)
    try:
        risks.add_target(by=request.user, campaign=campaign, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        messages.error(request, str(error.message))
        return campaign_page(request, campaign, target_form=form, status=error.http_status)
    messages.success(request, _("The enterprise was added to the screening list."))
    return redirect("assessment:campaign", pk)


@login_required
@require_POST
def campaign_screened(request, pk, target_pk):
    campaign = _campaign_or_404(request.user, pk)
    target = campaign.targets.filter(pk=target_pk).first() or _missing()
    form = ScreeningForm(request.POST)
    if not form.is_valid():
        return campaign_page(request, campaign, screening_forms={target.pk: form}, status=422)
    try:
        risks.record_screening(by=request.user, target=target, **form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        messages.error(request, str(error.message))
        return campaign_page(request, campaign, screening_forms={target.pk: form}, status=error.http_status)
    messages.success(request, _("%(name)s is screened.") % {"name": target.enterprise.name})
    return redirect("assessment:campaign", pk)


def risk_page(request, risk, *, regrade_form=None, plan_form=None, status=200):
    runs = _runs_screening(request.user)
    return render(request, "assessment/risk.html", {
        "risk": risk, "gradings": risk.gradings.select_related("by"),
        "plans": risk.stability_plans.select_related("recorded_by"), "needs_plan": risks.needs_plan(risk),
        "high": risk.level in risks.HIGH_LEVELS,
        "regrade_form": regrade_form or (RegradeForm(initial={"level": risk.level}) if runs else None),
        "plan_form": plan_form or (StabilityPlanForm() if runs and risk.level in risks.HIGH_LEVELS else None),
    }, status=status)


@login_required
def risk_detail(request, pk):
    if not permissions.may_read_risks(request.user):
        raise PermissionDenied
    return risk_page(request, _risk_or_404(request.user, pk))


def _risk_step(request, pk, form_class, key, call, success):
    if not permissions.may_read_risks(request.user):
        raise PermissionDenied
    risk = _risk_or_404(request.user, pk)
    form = form_class(request.POST)
    if not form.is_valid():
        return risk_page(request, risk, status=422, **{key: form})
    try:
        call(risk, form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        messages.error(request, str(error.message))
        return risk_page(request, _risk_or_404(request.user, pk), status=error.http_status, **{key: form})
    messages.success(request, success)
    return redirect("assessment:risk", pk)


@login_required
@require_POST
def risk_regrade(request, pk):
    return _risk_step(request, pk, RegradeForm, "regrade_form",
                      lambda risk, data: risks.regrade(by=request.user, risk=risk, **data), _("The risk was re-graded."))


@login_required
@require_POST
def risk_plan(request, pk):
    return _risk_step(request, pk, StabilityPlanForm, "plan_form",
                      lambda risk, data: risks.record_stability_plan(by=request.user, risk=risk, **data),
                      _("The stability plan was recorded."))
