"""``{% supporting_opinions matter %}``: the 协办 panel of the matter page."""

from django import template

from huishang.cases.selectors import current_assignment
from huishang.directory.models import Role
from huishang.dispatch import selectors
from huishang.dispatch.forms import OpinionForm

register = template.Library()


@register.inclusion_tag("dispatch/_opinions.html", takes_context=True)
def supporting_opinions(context, matter, assignment=None):
    """The current assignment's supporting units with their opinions (or the limit they are waited for), and
    the opinion form for a handler of a supporting unit that has not filed one."""
    assignment = assignment or current_assignment(matter)
    if assignment is None or not assignment.supporting_units.all():
        return {"shown": False}
    user = context["request"].user
    missing = selectors.units_without_opinion(assignment)
    may_file = (
        getattr(user, "role", None) == Role.UNIT and matter.state in selectors.OPINION_STATES
        and user.organization_id in {unit.pk for unit in missing}
    )
    return {
        "shown": True, "matter": matter, "opinions": selectors.opinions_of(assignment), "missing": missing,
        "due": selectors.opinion_due(assignment), "overdue": bool(selectors.overdue_opinions(assignment)),
        "form": OpinionForm() if may_file else None,
    }
