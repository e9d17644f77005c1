from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """Telling people: the bell, e-mail and SMS, for every app's events."""

    name = "huishang.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        # Each app declares the kinds of notification it sends in its own ``notices`` module (events.py).
        autodiscover_modules("notices")
