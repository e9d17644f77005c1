"""The kinds of notification union work sends (notifications/events.py), for the preferences."""

from django.utils.translation import gettext_lazy as _

from huishang.directory.models import Role
from huishang.notifications import events

events.register("unionwork.task_overdue", _("Union-work tasks of your unit past their deadline"),
                roles={Role.UNIT, Role.UNION})
