"""Template helpers of the web UI: the navigation a role sees, and deadline states."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from huishang.audit.permissions import may_read_log
from huishang.butlers.permissions import may_read_all
from huishang.core import clock
from huishang.directory.models import Role
from huishang.employment.permissions import reaches_employment
from huishang.figures.permissions import may_read_figures
from huishang.insight.permissions import may_see_hot_issues
from huishang.promotion.permissions import may_read_pipeline
from huishang.recruitment.permissions import may_read as recruitment_may_read
from huishang.supervision.deadlines import DEFAULT_WARNING_DAYS, is_due_soon, is_overdue
from huishang.supervision.permissions import may_read_board
from huishang.web.access import MEETING_READERS, may_submit, role_of

register = template.Library()

STAFF_READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN}


def _staff(user) -> bool:
    return role_of(user) in STAFF_READERS


def _role_in(*roles):
    return lambda user: role_of(user) in roles


def _everyone(user) -> bool:
    return True


# url name, label, prefix of the view names that belong to the entry (the longest match wins), who sees it.
MENU = [
    ("web:workbench", _("Workbench"), "web:workbench", _everyone),
    ("web:matter-list", _("Matters"), "web:matter-", _everyone),
    ("web:matter-new", _("Raise a problem"), "web:matter-new", may_submit),
    ("web:meeting-list", _("Meetings"), "web:meeting-", _role_in(*MEETING_READERS)),
    ("web:dashboard", _("Dashboard"), "web:dashboard", may_read_figures),
    ("audit:entries", _("Audit log"), "audit:", may_read_log),
]

# The other services of the platform, behind one "more services" entry so the bar stays short.
SERVICES = [
    ("supervision:board", _("Supervision board"), "supervision:", may_read_board),
    ("butlers:workbench", _("My enterprises"), "butlers:workbench", _role_in(Role.BUTLER)),
    ("butlers:visit-list", _("Butler visits"), "butlers:", lambda user: role_of(user) == Role.BUTLER or may_read_all(user)),
    ("ledgers:import", _("Import a ledger"), "ledgers:", _role_in(Role.OFFICE, Role.ADMIN)),
    ("insight:hot", _("Hot issues"), "insight:", may_see_hot_issues),
    ("suggestions:staff-list", _("People's suggestions"), "suggestions:staff", _staff),
    ("suggestions:paper", _("Enter paper suggestions"), "suggestions:paper",
     lambda user: user.kept_points.exists()),
    ("alliances:list", _("Studio alliances"), "alliances:", _role_in(*STAFF_READERS, Role.UNION)),
    ("assessment:list", _("Union assessment"), "assessment:list", _everyone),
    ("assessment:risks", _("Labour-field risks"), "assessment:risk", _role_in(*STAFF_READERS, Role.UNIT)),
    ("surveys:list", _("Surveys"), "surveys:", _staff),
    ("employment:stations", _("Job stations"), "employment:", reaches_employment),
    ("promotion:board", _("Investment promotion"), "promotion:", may_read_pipeline),
    ("recruitment:rounds", _("Recruitment rounds"), "recruitment:round", recruitment_may_read),
    ("recruitment:events", _("Recruitment events"), "recruitment:event", recruitment_may_read),
    ("supervision:notifications", _("Notifications"), "supervision:notifications", _everyone),
]


def _entries(menu, user, active: str | None) -> list[dict]:
    return [
        {"url": reverse(name), "label": label, "active": prefix == active}
        for name, label, prefix, shown in menu
        if shown(user)
    ]


@register.simple_tag(takes_context=True)
def navigation(context) -> dict:
    """The main menu and the "more services" menu of the signed-in user, the current page's entry marked."""
    request = context["request"]
    user = request.user
    current = request.resolver_match.view_name if request.resolver_match else ""
    visible = [entry for entry in MENU + SERVICES if entry[3](user)]
    active = max((prefix for _n, _l, prefix, _s in visible if current.startswith(prefix)), key=len, default=None)
    services = _entries(SERVICES, user, active)
    return {
        "main": _entries(MENU, user, active),
        "services": services,
        "services_active": any(entry["active"] for entry in services),
    }


@register.filter
def deadline_state(matter) -> str:
    """How close a matter a unit still owes an answer on is to its deadline, in working days as the
    supervision cards count them: overdue, due-soon or nothing."""
    if is_overdue(matter):
        return "overdue"
    # Even the Spring Festival cannot stretch the warning's working days past this many calendar days,
    # so a farther deadline is settled without reading the calendar.
    if matter.due is None or (matter.due - clock.today()).days > DEFAULT_WARNING_DAYS * 2 + 10:
        return ""
    return "due-soon" if is_due_soon(matter) else ""
