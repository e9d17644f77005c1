from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "huishang.demo"
    label = "demo"
    verbose_name = "Demo data"
