from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class DemoConfig(AppConfig):
    name = "huishang.demo"
    label = "demo"
    verbose_name = pgettext_lazy("app", "Demo data")
