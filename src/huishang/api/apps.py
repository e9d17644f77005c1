from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "huishang.api"
    label = "api"
    verbose_name = "API"
