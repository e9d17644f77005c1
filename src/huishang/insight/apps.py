from django.apps import AppConfig


class InsightConfig(AppConfig):
    name = "huishang.insight"
    label = "insight"
