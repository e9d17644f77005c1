"""The kinds of notification supervision sends (notifications/events.py), for the preferences."""

from django.utils.translation import gettext_lazy as _

from huishang.directory.models import Role
from huishang.notifications import events

events.register("supervision.reminder", _("Reminders (催办) to your unit"), roles={Role.UNIT})
events.register("supervision.escalation", _("Matters escalated to you"), roles={Role.LEADER})
events.register("supervision.extension_requested", _("Extension requests to decide"), roles={Role.SUPERVISOR})
events.register("supervision.extension_decided", _("Decisions on your unit's extension requests"),
                roles={Role.UNIT})
events.register("supervision.send_back_requested", _("Send-back requests to decide"), roles={Role.SUPERVISOR})
events.register("supervision.send_back_decided", _("Decisions on your unit's send-back requests"),
                roles={Role.UNIT})
events.register("supervision.follow_up_due", _("Follow-ups (回访) falling due"),
                roles={Role.OFFICE, Role.SUPERVISOR})
events.register("supervision.digest", _("The daily supervision digest"), roles={Role.SUPERVISOR})
events.register("supervision.plan_submitted", _("Work plans to approve"), roles={Role.OFFICE})
events.register("supervision.plan_decided", _("Decisions on your unit's work plans"), roles={Role.UNIT})
events.register("supervision.plan_required", _("Work plans the supervision group asks of your unit"),
                roles={Role.UNIT})
