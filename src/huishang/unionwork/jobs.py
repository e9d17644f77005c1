"""The daily reminder (催办) of union-work tasks past their deadline, through the notifications service."""

from django.urls import reverse

from huishang.core import clock
from huishang.directory.models import Role, User
from huishang.notifications.services import notify
from huishang.unionwork.selectors import overdue_tasks

RECIPIENT_ROLES = (Role.UNIT, Role.UNION)


def remind_overdue() -> int:
    """Each active account of a task's responsible body is told once per task and deadline that it is overdue
    (a deadline moved later is told again once it passes); the number of notifications made."""
    today = clock.today()
    sent = 0
    for task in overdue_tasks(today):
        recipients = User.objects.filter(is_active=True, role__in=RECIPIENT_ROLES, organization=task.responsible_id)
        for recipient in recipients:
            made = notify(recipient, key=f"unionwork.overdue:{task.pk}:{task.deadline.isoformat()}:{recipient.pk}",
                          event="unionwork.task_overdue",
                          context={"task": task, "days": (today - task.deadline).days},
                          link=reverse("unionwork:task", args=[task.pk]))
            sent += made is not None
    return sent
