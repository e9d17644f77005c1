"""Pages that start union work: the forms that set up a plan, the reform's group, a campaign, a competition or a
cooperation agreement, and those that add a plan's tasks, the group's member units and their tasks, a campaign's
participants and results, a competition's entries. They parse the input and call the services; a refusal comes
back on the form it concerns, with what was filled in."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError
from huishang.unionwork import permissions, selectors, services
from huishang.unionwork.forms import (
    CampaignForm, CompetitionForm, CooperationForm, EntryForm, GroupForm, MemberForm, MemberTaskForm, ParticipantForm,
    PlanForm, ResultForm, TaskForm,
)
from huishang.unionwork.views import campaign_page, competition_page, group_page, plan_page, reader, visible
from huishang.web.errors import show_on_form


def _saved(request, form, call, success, name_of=str):
    """What ``call`` made of a valid form, with ``success`` shown (naming it by ``name_of``); None and the status
    when the form or the service refused it (the refusal is then on the form)."""
    if not form.is_valid():
        return None, 422
    try:
        made = call(form.cleaned_data)
    except DomainError as error:
        show_on_form(form, error)
        return None, error.http_status
    messages.success(request, success % {"name": name_of(made)})
    return made, 200


# --- setting up ----------------------------------------------------------------------------------------------------

def _new(request, *, allowed, form_class, service, success, heading, detail):
    """A page with one form that sets up a record and goes to its page."""
    reader(request)
    if not allowed(request.user):
        raise PermissionDenied
    # A link may choose some fields already (a campaign's "new competition" names the campaign).
    form, status = form_class(request.POST or None, user=request.user, initial=request.GET.dict()), 200
    if request.method == "POST":
        made, status = _saved(request, form, lambda data: service(by=request.user, **data), success)
        if made is not None:
            return redirect(detail, made.pk)
    return render(request, "unionwork/new.html", {"form": form, "heading": heading}, status=status)


def _runs_a_union(user) -> bool:
    return permissions.unions_run_by(user).exists()


@login_required
def plan_new(request):
    return _new(request, allowed=_runs_a_union, form_class=PlanForm, service=services.create_plan,
                success=_("The plan %(name)s is drafted; add its tasks."), heading=_("Draft a year's work plan"),
                detail="unionwork:plan")


@login_required
def group_new(request):
    return _new(request, allowed=_runs_a_union, form_class=GroupForm, service=services.create_reform_group,
                success=_("The leading group %(name)s is recorded; add its member units."),
                heading=_("Record a reform leading group"), detail="unionwork:group")


@login_required
def campaign_new(request):
    return _new(request, allowed=_runs_a_union, form_class=CampaignForm, service=services.create_campaign,
                success=_("The campaign %(name)s is recorded; add its participants."),
                heading=_("Record a campaign"), detail="unionwork:campaign")


@login_required
def competition_new(request):
    return _new(request, allowed=_runs_a_union, form_class=CompetitionForm, service=services.create_competition,
                success=_("The competition %(name)s is set up; enter its competitors."),
                heading=_("Set up a skills competition"), detail="unionwork:competition")


@login_required
def cooperation_new(request):
    return _new(request, allowed=permissions.records_cooperation, form_class=CooperationForm,
                service=services.record_cooperation, success=_("The agreement %(name)s is recorded."),
                heading=_("Record a cooperation agreement"), detail="unionwork:cooperation")


# --- adding to a record, on its page ------------------------------------------------------------------------------

def _participant(participant) -> str:
    return participant.organization.name


def _added(request, record, form, call, success, *, page, route, form_name, name_of=str):
    """Runs ``call`` for the organisers of ``record``; back to its page ``route``, or ``page`` drawn with the
    refused form in place of the empty one."""
    if not permissions.runs(request.user, record.organiser):
        raise PermissionDenied
    made, status = _saved(request, form, call, success, name_of)
    if made is not None:
        return redirect(route, record.pk)
    return page(request, record, status=status, **{form_name: form})


@login_required
@require_POST
def plan_task(request, pk):
    reader(request)
    plan = visible(selectors.visible_plans(request.user), pk)
    form = TaskForm(request.POST, user=request.user)
    return _added(request, plan, form, lambda data: services.add_plan_task(by=request.user, plan=plan, **data),
                  _("The task %(name)s was added."), page=plan_page, route="unionwork:plan", form_name="task_form")


@login_required
@require_POST
def group_member(request, pk):
    reader(request)
    group = visible(selectors.visible_groups(request.user), pk)
    form = MemberForm(request.POST, user=request.user, group=group)
    return _added(request, group, form, lambda data: services.add_member(by=request.user, group=group, **data),
                  _("%(name)s joined the leading group."), page=group_page, route="unionwork:group",
                  form_name="member_form")


@login_required
@require_POST
def group_task(request, pk):
    reader(request)
    group = visible(selectors.visible_groups(request.user), pk)
    form = MemberTaskForm(request.POST, group=group)
    return _added(request, group, form, lambda data: services.add_reform_task(by=request.user, **data),
                  _("The task %(name)s was added."), page=group_page, route="unionwork:group", form_name="task_form")


@login_required
@require_POST
def campaign_participant(request, pk):
    reader(request)
    campaign = visible(selectors.visible_campaigns(request.user), pk)
    form = ParticipantForm(request.POST, user=request.user, campaign=campaign)
    return _added(request, campaign, form,
                  lambda data: services.add_campaign_participant(by=request.user, campaign=campaign, **data),
                  _("%(name)s takes part in the campaign."), page=campaign_page, route="unionwork:campaign",
                  form_name="participant_form", name_of=_participant)


@login_required
@require_POST
def campaign_result(request, pk):
    reader(request)
    campaign = visible(selectors.visible_campaigns(request.user), pk)
    form = ResultForm(request.POST, campaign=campaign)
    return _added(request, campaign, form, lambda data: services.record_campaign_result(by=request.user, **data),
                  _("The result of %(name)s was recorded."), page=campaign_page, route="unionwork:campaign",
                  form_name="result_form", name_of=_participant)


@login_required
@require_POST
def competition_entry(request, pk):
    reader(request)
    competition = visible(selectors.visible_competitions(request.user), pk)
    form = EntryForm(request.POST, user=request.user)
    return _added(request, competition, form,
                  lambda data: services.add_entry(by=request.user, competition=competition, **data),
                  _("%(name)s has entered the competition."), page=competition_page,
                  route="unionwork:competition", form_name="entry_form")
