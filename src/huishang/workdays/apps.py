from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkdaysConfig(AppConfig):
    """The working-day calendar every deadline is counted in: China's national calendar and the deployment's
    own corrections."""

    name = "huishang.workdays"
    label = "workdays"
    verbose_name = _("Working days")
