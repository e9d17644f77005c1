from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "huishang.supervision"
    label = "supervision"
