from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class CoreConfig(AppConfig):
    name = "huishang.core"
    label = "core"
    verbose_name = pgettext_lazy("app", "Platform core")
