"""What ``huishang stats SUBJECT`` prints. Each subject merges the dicts its providers return;
a provider is ``function(scope: Scope) -> dict`` in the app that owns the records it counts."""

from django.utils.module_loading import import_string

from huishang.figures.selectors import Scope

PROVIDERS = {
    "matters": [
        "huishang.figures.selectors.matter_figures",
        # butlers: its provider returns {"butlers": {...}}
    ],
    "alliances": [
        # alliances
    ],
    "suggestions": [
        # suggestions
    ],
    "promotion": [
        # promotion
    ],
    "employment": [
        # recruitment (events, intentions, positions, campus events, universities)
        # employment (job station, ledger, training)
    ],
    "assessment": [
        # assessment (union target assessment, risk screening)
    ],
}


def subjects() -> list[str]:
    """The subjects that have at least one provider."""
    return [name for name, providers in PROVIDERS.items() if providers]


def figures_for(subject: str, scope: Scope) -> dict:
    figures = {}
    for path in PROVIDERS[subject]:
        figures.update(import_string(path)(scope))
    return figures
