from django.apps import AppConfig


class DispatchConfig(AppConfig):
    name = "huishang.dispatch"
    label = "dispatch"
