from django.apps import AppConfig


class ButlersConfig(AppConfig):
    name = "huishang.butlers"
    label = "butlers"
