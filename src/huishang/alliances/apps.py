from django.apps import AppConfig


class AlliancesConfig(AppConfig):
    name = "huishang.alliances"
    label = "alliances"
