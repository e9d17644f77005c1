from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "huishang.web"
    label = "web"
    verbose_name = "Web UI"
