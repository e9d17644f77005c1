from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class VaultConfig(AppConfig):
    name = "huishang.vault"
    label = "vault"
    verbose_name = pgettext_lazy("app", "Personal data vault")
