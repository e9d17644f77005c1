"""The kinds of notification the knowledge base sends (notifications/events.py), for the preferences."""

from django.utils.translation import gettext_lazy as _

from huishang.directory.models import Role
from huishang.notifications import events

events.register("knowledge.review_requested", _("Knowledge articles waiting for your review"),
                roles={Role.OFFICE, Role.ADMIN})
events.register("knowledge.sent_back", _("Your knowledge articles sent back by a reviewer"),
                roles={Role.OFFICE, Role.UNIT, Role.ADMIN})
events.register("knowledge.expiring", _("Your knowledge articles about to expire"),
                roles={Role.OFFICE, Role.UNIT, Role.ADMIN})
