from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class SurveysConfig(AppConfig):
    name = "huishang.surveys"
    label = "surveys"
    verbose_name = pgettext_lazy("app", "Surveys")
