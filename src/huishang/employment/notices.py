"""The kinds of notification the employment services send (notifications/events.py), for the preferences."""

from django.utils.translation import gettext_lazy as _

from huishang.directory.models import Role
from huishang.notifications import events

BASE_REVIEWED = events.register("employment.base_reviewed", _("Your enterprise's internship-base application decided"),
                                roles={Role.ENTERPRISE})
