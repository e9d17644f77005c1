"""The kinds of notification the butler service sends (notifications/events.py), for the preferences."""

from django.utils.translation import gettext_lazy as _

from huishang.directory.models import Role
from huishang.notifications import events

events.register("butlers.visit_overdue", _("Enterprises in care not visited in time"),
                roles={Role.BUTLER, Role.OFFICE})
