from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class SuggestionsConfig(AppConfig):
    name = "huishang.suggestions"
    label = "suggestions"
    verbose_name = pgettext_lazy("app", "People's suggestions")
