from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class ButlersConfig(AppConfig):
    name = "huishang.butlers"
    label = "butlers"
    verbose_name = pgettext_lazy("app", "Enterprise butlers")
