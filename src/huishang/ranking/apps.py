from django.apps import AppConfig


class RankingConfig(AppConfig):
    name = "huishang.ranking"
    label = "ranking"
