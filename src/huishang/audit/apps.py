from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "huishang.audit"
    label = "audit"
    verbose_name = _("Audit log")

    def ready(self):
        from huishang.audit import receivers

        receivers.connect()
