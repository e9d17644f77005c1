from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class RecruitmentConfig(AppConfig):
    name = "huishang.recruitment"
    label = "recruitment"
    verbose_name = pgettext_lazy("app", "Recruitment")
