from django.apps import AppConfig


class SuggestionsConfig(AppConfig):
    name = "huishang.suggestions"
    label = "suggestions"
