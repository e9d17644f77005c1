from django.apps import AppConfig


class EmploymentConfig(AppConfig):
    name = "huishang.employment"
    label = "employment"
