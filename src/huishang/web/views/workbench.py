"""The workbench ("/"): what waits for this user: its to-do list (todos), the matter sections of its role, then
the panels of the other modules whose records name it (workbench_panels)."""

from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from huishang.cases.selectors import visible_matters
from huishang.cases.states import AWAITING_UNIT, DONE, State
from huishang.core import clock
from huishang.directory.models import Role
from huishang.figures.selectors import Scope, matter_figures
from huishang.meetings.selectors import visible_meetings
from huishang.todos.services import todos_of
from huishang.web.access import role_of
from huishang.web.views.figure_cards import headline_cards
from huishang.web.views.workbench_panels import panels_for

SECTION_SIZE = 10
TODOS_SHOWN = 20


def _section(key, title, matters, *, more=None, empty):
    """One block of the workbench: a titled table of matters and a link to the whole list."""
    return {
        "key": key, "title": title, "matters": matters[:SECTION_SIZE], "count": matters.count(), "more": more,
        "empty": empty,
    }


def _office(user):
    matters = visible_matters(user).order_by("submitted_at")
    return {
        "sections": [
            _section("to_accept", _("Submitted, waiting to be accepted"), matters.filter(state=State.SUBMITTED),
                     more="state=submitted", empty=_("Nothing waits to be accepted.")),
            _section("to_dispatch", _("Accepted, to put before a meeting or assign"),
                     matters.filter(state=State.ACCEPTED), more="state=accepted",
                     empty=_("Nothing waits to be dispatched.")),
        ],
        "meetings": visible_meetings(user).filter(held_on__gte=clock.today()).order_by("held_on", "id")[:SECTION_SIZE],
        "meetings_title": _("Upcoming meetings"),
    }


def _unit(user):
    ours = visible_matters(user).filter(lead_unit=user.organization_id).order_by("due", "submitted_at")
    return {
        "sections": [
            _section("to_acknowledge", _("Assigned to us, to acknowledge"), ours.filter(state=State.ASSIGNED),
                     more="state=assigned", empty=_("No new assignment.")),
            _section("to_respond", _("In progress, to respond"), ours.filter(state=State.IN_PROGRESS),
                     more="state=in_progress", empty=_("Nothing in progress.")),
            _section("answered", _("Answered, waiting for the review"), ours.filter(state=State.RESPONDED),
                     more="state=responded", empty=_("No answer waits for review.")),
            _section("done", _("Resolved and closed"),
                     ours.filter(state__in=DONE).order_by(F("resolved_at").desc(nulls_last=True), "-pk"),
                     more="state=resolved", empty=_("Nothing resolved yet.")),
        ],
    }


def _enterprise(user):
    matters = visible_matters(user)
    # Responded matters have their own section above; rejected and merged ones are over.
    not_open = [*DONE, State.RESPONDED, State.REJECTED, State.MERGED]
    return {
        "raise_button": True,
        "sections": [
            _section("to_review", _("Responded, waiting for review"), matters.filter(state=State.RESPONDED),
                     more="state=responded", empty=_("No response waits for review.")),
            _section("open", _("Our matters being handled"), matters.exclude(state__in=not_open), more="",
                     empty=_("You have no open matter. Raise a problem when you meet one.")),
            _section("done", _("Resolved and closed"), matters.filter(state__in=DONE), more="state=resolved",
                     empty=_("Nothing resolved yet.")),
        ],
    }


def _supervisor(user):
    matters = visible_matters(user).order_by("due")
    return {
        "sections": [
            _section("overdue", _("Overdue"), matters.filter(state__in=AWAITING_UNIT, due__lt=clock.today()),
                     empty=_("Nothing is overdue.")),
            _section("to_review", _("Responded, to review"), matters.filter(state=State.RESPONDED),
                     more="state=responded", empty=_("No response waits for review.")),
        ],
    }


def _leader(user):
    return {
        "cards": headline_cards(matter_figures(Scope(region=user.region))),
        "meetings": visible_meetings(user)[:SECTION_SIZE],
        "meetings_title": _("Recent meetings"),
    }


def _admin(user):
    return {"admin_links": True, **_office(user)}


BY_ROLE = {
    Role.OFFICE: _office,
    Role.UNIT: _unit,
    Role.ENTERPRISE: _enterprise,
    Role.BUTLER: _enterprise,
    Role.SUPERVISOR: _supervisor,
    Role.LEADER: _leader,
    Role.ADMIN: _admin,
}


@login_required
def workbench(request):
    # Roles of the other apps (union officers, the auditor) have no matter sections: their panels lead.
    user = request.user
    context = BY_ROLE.get(role_of(user), lambda user: {})(user)
    context["role_acts_on_matters"] = role_of(user) in BY_ROLE
    todos = todos_of(user)
    context.update(todos=todos[:TODOS_SHOWN], todo_count=len(todos))
    context["panels"] = panels_for(user)
    if context["panels"] and not visible_matters(user).exists():
        # An account whose work is elsewhere (a job station's staff, a unit whose butlers care for
        # enterprises) and whose scope holds no matter: no empty matter queue stands before its panels.
        context.update(sections=[], meetings_title=None)
    return render(request, "web/workbench.html", context)
