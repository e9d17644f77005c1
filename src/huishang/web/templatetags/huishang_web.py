"""Template helpers of the web UI: the navigation a role sees, and deadline states."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from huishang.cases.states import AWAITING_UNIT
from huishang.core import clock
from huishang.figures.permissions import may_read_figures
from huishang.web.access import MEETING_READERS, may_submit, role_of

register = template.Library()

# Within this many days of the deadline a matter is marked "due soon".
DUE_SOON_DAYS = 3


# url name, label, prefix of the view names that belong to the entry (the longest match wins)
MENU = [
    ("web:workbench", _("Workbench"), "web:workbench"),
    ("web:matter-list", _("Matters"), "web:matter-"),
    ("web:matter-new", _("Raise a problem"), "web:matter-new"),
    ("web:meeting-list", _("Meetings"), "web:meeting-"),
    ("web:dashboard", _("Dashboard"), "web:dashboard"),
]


def _shown(name: str, user) -> bool:
    role = role_of(user)
    return {
        "web:matter-new": may_submit(user),
        "web:meeting-list": role in MEETING_READERS,
        "web:dashboard": may_read_figures(user),
    }.get(name, True)


@register.simple_tag(takes_context=True)
def navigation(context) -> list[dict]:
    """The main menu of the signed-in user, with the entry of the current page marked."""
    request = context["request"]
    current = request.resolver_match.view_name if request.resolver_match else ""
    entries = [entry for entry in MENU if _shown(entry[0], request.user)]
    matching = [prefix for _name, _label, prefix in entries if current.startswith(prefix)]
    active = max(matching, key=len, default=None)
    return [{"url": reverse(name), "label": label, "active": prefix == active} for name, label, prefix in entries]


@register.filter
def deadline_state(matter) -> str:
    """How close a matter a unit still owes an answer on is to its deadline: overdue, due-soon or nothing."""
    if matter.due is None or matter.state not in AWAITING_UNIT:
        return ""
    days_left = (matter.due - clock.today()).days
    if days_left < 0:
        return "overdue"
    return "due-soon" if days_left <= DUE_SOON_DAYS else ""
