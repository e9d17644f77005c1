from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class RankingConfig(AppConfig):
    name = "huishang.ranking"
    label = "ranking"
    verbose_name = pgettext_lazy("app", "Unit ranking")
