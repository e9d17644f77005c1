from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class AlliancesConfig(AppConfig):
    name = "huishang.alliances"
    label = "alliances"
    verbose_name = pgettext_lazy("app", "Studio alliances")
