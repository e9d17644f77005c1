from django.apps import AppConfig


class PromotionConfig(AppConfig):
    name = "huishang.promotion"
    label = "promotion"
