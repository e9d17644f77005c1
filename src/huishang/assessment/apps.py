from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    name = "huishang.assessment"
    label = "assessment"
