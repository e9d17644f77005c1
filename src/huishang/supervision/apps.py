from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class SupervisionConfig(AppConfig):
    name = "huishang.supervision"
    label = "supervision"
    verbose_name = pgettext_lazy("app", "Supervision")
