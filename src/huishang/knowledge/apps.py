from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "huishang.knowledge"
    label = "knowledge"
