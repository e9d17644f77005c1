from django.apps import AppConfig


class RecruitmentConfig(AppConfig):
    name = "huishang.recruitment"
    label = "recruitment"
