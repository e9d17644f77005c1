from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TodosConfig(AppConfig):
    """What waits on each person (待办): every app says what it asks of whom; the workbench and the API list it,
    oldest deadline first."""

    name = "huishang.todos"
    label = "todos"
    verbose_name = _("To-dos")
