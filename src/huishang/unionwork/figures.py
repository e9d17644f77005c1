"""Union-work figures, reported under ``huishang stats assessment`` (assessment/figures.py calls this).

- reform_tasks: the reform's member units and their tasks in the scope (groups placed in it), counted from the
  records: ``member_units`` the memberships, ``tasks`` the member units' tasks with a deadline in the period,
  ``done`` those of them done (a progress report of 100%).
"""

from huishang.figures.selectors import Scope
from huishang.unionwork.models import MemberUnit, Task


def reform_task_figures(scope: Scope) -> dict:
    """The reform's member units, their tasks due in the period and how many of those are done."""
    members = MemberUnit.objects.filter(scope.within("group__region"))
    tasks = Task.objects.filter(scope.within("member__group__region"), scope.day_range("deadline"), member__isnull=False)
    return {"member_units": members.count(), "tasks": tasks.count(), "done": tasks.filter(done_on__isnull=False).count()}
