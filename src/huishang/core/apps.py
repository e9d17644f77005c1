from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "huishang.core"
    label = "core"
    verbose_name = "Huishang core"
