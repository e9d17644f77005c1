from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class EmploymentConfig(AppConfig):
    name = "huishang.employment"
    label = "employment"
    verbose_name = pgettext_lazy("app", "Employment services")
