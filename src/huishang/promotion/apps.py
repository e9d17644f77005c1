from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class PromotionConfig(AppConfig):
    name = "huishang.promotion"
    label = "promotion"
    verbose_name = pgettext_lazy("app", "Investment promotion")
