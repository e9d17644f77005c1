from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class DispatchConfig(AppConfig):
    name = "huishang.dispatch"
    label = "dispatch"
    verbose_name = pgettext_lazy("app", "Dispatch")
