from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "huishang.surveys"
    label = "surveys"
