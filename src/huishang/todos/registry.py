"""Where the apps' to-do providers are found: each app that asks something of someone declares it in its own
``todos`` module with ``@provider``, and ``providers()`` loads them all once."""

import importlib
import importlib.util
from collections.abc import Callable, Iterable

from django.apps import apps

_providers: list[Callable] = []
_loaded = False


def provider(function: Callable[[object], Iterable]) -> Callable:
    """Register ``function(user)``, which yields the ``Todo`` items its app has for ``user``."""
    if function not in _providers:
        _providers.append(function)
    return function


def providers() -> list[Callable]:
    global _loaded
    if not _loaded:
        for app in apps.get_app_configs():
            module = f"{app.name}.todos"
            if app.name.startswith("huishang.") and app.name != "huishang.todos" \
                    and importlib.util.find_spec(module) is not None:
                importlib.import_module(module)
        _loaded = True
    return list(_providers)
