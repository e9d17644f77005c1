from django.apps import AppConfig


class VaultConfig(AppConfig):
    name = "huishang.vault"
    label = "vault"
    verbose_name = "Huishang vault"
