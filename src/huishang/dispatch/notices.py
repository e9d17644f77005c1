"""The kinds of notification dispatch sends (notifications/events.py), for the preferences."""

from django.utils.translation import gettext_lazy as _

from huishang.directory.models import Role
from huishang.notifications import events

events.register("dispatch.reassigned", _("Matters reassigned away from your unit (改派)"), roles={Role.UNIT})
events.register("dispatch.opinion_filed", _("Supporting units' opinions on matters your unit leads (协办)"),
                roles={Role.UNIT})
