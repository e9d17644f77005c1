"""The kinds of notification the ranking sends (notifications/events.py), for the preferences."""

from django.utils.translation import gettext_lazy as _

from huishang.directory.models import Role
from huishang.notifications import events

events.register("ranking.published", _("Monthly unit rankings (通报) published"), roles={Role.UNIT})
events.register("ranking.talk_recorded", _("Talks (约谈) recorded with your unit"), roles={Role.UNIT})
events.register("ranking.commitment_overdue", _("Talk commitments past their date"), roles={Role.UNIT})
