"""Pages of union work: the overview, a plan with its tasks, the reform's group and its 通报, a task and its
progress, a campaign, a competition with its scoring and ranking, a cooperation agreement. The forms that start
records and add to them are in record_views; a refusal there draws the record's page here with the refused form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from huishang.audit.log import record_event
from huishang.core import clock
from huishang.core.errors import DomainError, NotFound
from huishang.unionwork import bulletin, permissions, selectors, services
from huishang.unionwork.forms import (
    AdoptForm, EntryForm, MemberForm, MemberTaskForm, NoteForm, ParticipantForm, ProgressForm, ResultForm, ScoreForm,
    TaskForm,
)
from huishang.unionwork.models import Competition, WorkPlan
from huishang.web.errors import show_on_form


def visible(rows, pk):
    try:
        return selectors.one_of(rows, pk)
    except NotFound:
        raise Http404


def reader(request):
    if not permissions.reads(request.user):
        raise PermissionDenied


def _act(request, form, call, success):
    """Runs ``call`` for a valid form; a refusal is shown on the form (status 422/403/409), success redirects."""
    if form.is_valid():
        try:
            call(form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            return error.http_status
        messages.success(request, success)
        return None
    return 422


@require_GET
@login_required
def home(request):
    reader(request)
    user = request.user
    return render(request, "unionwork/home.html", {
        "plans": selectors.visible_plans(user), "groups": selectors.visible_groups(user),
        "campaigns": selectors.visible_campaigns(user), "competitions": selectors.visible_competitions(user),
        "cooperations": selectors.visible_cooperations(user),
        "starts": permissions.unions_run_by(user).exists(), "records_cooperation": permissions.records_cooperation(user)})


def plan_page(request, plan, *, status=200, form=None, task_form=None):
    """A plan with its tasks; while it is a draft, its organisers add tasks and record the adoption here."""
    drafting = permissions.runs(request.user, plan.organiser) and plan.state == WorkPlan.State.DRAFT
    if drafting:
        form = form or AdoptForm(plenaries=selectors.plenaries_for(request.user))
        task_form = task_form or TaskForm(user=request.user)
    return render(request, "unionwork/plan.html", {
        "plan": plan, "tasks": selectors.with_progress(plan.tasks.all()), "progress": selectors.plan_progress(plan),
        "form": form, "task_form": task_form, "today": clock.today()}, status=status)


@login_required
def plan_detail(request, pk):
    reader(request)
    plan = visible(selectors.visible_plans(request.user), pk)
    if request.method != "POST":
        return plan_page(request, plan)
    if not (permissions.runs(request.user, plan.organiser) and plan.state == WorkPlan.State.DRAFT):
        raise PermissionDenied
    form = AdoptForm(request.POST, plenaries=selectors.plenaries_for(request.user))
    status = _act(request, form, lambda data: services.adopt_plan(by=request.user, plan=plan, plenary=data["plenary"]),
                  _("The plan is adopted."))
    if status is None:
        return redirect("unionwork:plan", plan.pk)
    return plan_page(request, plan, status=status, form=form)


def group_page(request, group, *, status=200, member_form=None, task_form=None):
    """The group's member units and their task lists; its organisers add members and tasks here."""
    if permissions.runs(request.user, group.organiser):
        member_form = member_form or MemberForm(user=request.user, group=group)
        task_form = task_form or MemberTaskForm(group=group)
    return render(request, "unionwork/group.html", {
        "group": group, "members": selectors.member_rows(group), "progress": selectors.group_progress(group),
        "member_form": member_form, "task_form": task_form, "today": clock.today()}, status=status)


@require_GET
@login_required
def group_detail(request, pk):
    reader(request)
    return group_page(request, visible(selectors.visible_groups(request.user), pk))


DOCUMENTS = {"docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", bulletin.as_docx),
             "pdf": ("application/pdf", bulletin.as_pdf)}


@require_GET
@login_required
def group_bulletin(request, pk, fmt):
    """The reform's progress 通报 as Word or PDF, written from the records of the day."""
    reader(request)
    group = visible(selectors.visible_groups(request.user), pk)
    if fmt not in DOCUMENTS:
        raise Http404
    content_type, write = DOCUMENTS[fmt]
    document = bulletin.progress_bulletin(group)
    response = HttpResponse(write(document), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="reform-progress-{group.pk}.{fmt}"'
    record_event("export", request=request, subject="unionwork.reform_bulletin",
                 detail={"format": fmt, "reform_group": group.pk})
    return response


@login_required
def task_detail(request, pk):
    reader(request)
    try:
        task = selectors.visible_task(request.user, pk)
    except NotFound:
        raise Http404
    reports = permissions.reports_on(request.user, task) and task.done_on is None
    form = ProgressForm(request.POST or None) if reports else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        status = _act(request, form, lambda data: services.report_progress(by=request.user, task=task, **data),
                      _("The progress was reported."))
        if status is None:
            return redirect("unionwork:task", task.pk)
    task = selectors.with_progress(type(task).objects.filter(pk=task.pk)).get()
    return render(request, "unionwork/task.html", {
        "task": task, "owner": task.plan or task.member.group, "reports": task.progress.select_related("reported_by"),
        "form": form}, status=status)


def campaign_page(request, campaign, *, status=200, participant_form=None, result_form=None):
    """A campaign's participants and results; its organisers add participants and record results here."""
    runs = permissions.runs(request.user, campaign.organiser)
    if runs:
        participant_form = participant_form or ParticipantForm(user=request.user, campaign=campaign)
        result_form = result_form or ResultForm(campaign=campaign)
    return render(request, "unionwork/campaign.html", {
        "campaign": campaign, "participants": campaign.participants.select_related("organization"),
        "competitions": campaign.competitions.all(), "participant_form": participant_form, "result_form": result_form,
        "runs": runs}, status=status)


@require_GET
@login_required
def campaign_detail(request, pk):
    reader(request)
    return campaign_page(request, visible(selectors.visible_campaigns(request.user), pk))


def _scoring(user, competition) -> bool:
    return permissions.runs(user, competition.organiser) and competition.state == Competition.State.OPEN


def competition_page(request, competition, *, status=200, failed=None, entry_form=None):
    """The entries with their scores and ranks; while it is open, its organisers enter competitors, score (one
    entry a form, ``failed`` the entry whose score was refused and its form) and publish here."""
    scoring = _scoring(request.user, competition)
    rows = [{"rank": rank, "entry": entry,
             "form": failed[1] if failed and failed[0] == entry.pk else ScoreForm(initial={"entry": entry.pk,
                                                                                             "score": entry.score})}
            for rank, entry in selectors.entry_rows(competition)]
    if scoring:
        entry_form = entry_form or EntryForm(user=request.user)
    return render(request, "unionwork/competition.html", {
        "competition": competition, "rows": rows, "scoring": scoring, "entry_form": entry_form}, status=status)


@login_required
def competition_detail(request, pk):
    reader(request)
    competition = visible(selectors.visible_competitions(request.user), pk)
    if request.method != "POST":
        return competition_page(request, competition)
    if not _scoring(request.user, competition):
        raise PermissionDenied
    if request.POST.get("action") == "publish":
        try:
            services.publish_results(by=request.user, competition=competition)
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(request, _("The ranking and awards are published."))
        return redirect("unionwork:competition", competition.pk)
    form = ScoreForm(request.POST)
    entry = competition.entries.filter(pk=request.POST.get("entry")).first()
    if entry is None:
        raise Http404
    status = _act(request, form, lambda data: services.score_entry(by=request.user, entry=entry, score=data["score"]),
                  _("The score of %(name)s was saved.") % {"name": entry.competitor})
    if status is None:
        return redirect("unionwork:competition", competition.pk)
    return competition_page(request, competition, status=status, failed=(entry.pk, form))


@login_required
def cooperation_detail(request, pk):
    reader(request)
    cooperation = visible(selectors.visible_cooperations(request.user), pk)
    form = NoteForm(request.POST or None) if permissions.reports_on_cooperation(request.user, cooperation) else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        status = _act(request, form, lambda data: services.report_cooperation_progress(
            by=request.user, cooperation=cooperation, note=data["note"]), _("The progress was reported."))
        if status is None:
            return redirect("unionwork:cooperation", cooperation.pk)
    return render(request, "unionwork/cooperation.html", {
        "cooperation": cooperation, "parties": cooperation.parties.select_related("region", "organization"),
        "reports": cooperation.progress.select_related("reported_by"), "form": form}, status=status)
