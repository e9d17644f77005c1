"""Template helpers of the web UI: the navigation a role sees, and deadline states."""

from django import template

from huishang.core import clock
from huishang.supervision.deadlines import DEFAULT_WARNING_DAYS, is_due_soon, is_overdue
from huishang.web.menu import menu_for

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation(context) -> dict:
    """The menu of the signed-in user (web.menu: the pages it may open), the current page's entry marked."""
    request = context["request"]
    return menu_for(request.user, request.resolver_match.view_name if request.resolver_match else "")


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
