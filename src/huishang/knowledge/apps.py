from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class KnowledgeConfig(AppConfig):
    name = "huishang.knowledge"
    label = "knowledge"
    verbose_name = pgettext_lazy("app", "Knowledge base")
