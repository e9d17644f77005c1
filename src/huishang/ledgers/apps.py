from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class LedgersConfig(AppConfig):
    name = "huishang.ledgers"
    label = "ledgers"
    verbose_name = pgettext_lazy("app", "Ledgers")
