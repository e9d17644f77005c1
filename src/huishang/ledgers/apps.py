from django.apps import AppConfig


class LedgersConfig(AppConfig):
    name = "huishang.ledgers"
    label = "ledgers"
