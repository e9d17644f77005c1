"""What ``huishang stats SUBJECT`` prints. Each subject merges the dicts its providers return;
a provider is ``function(scope: Scope) -> dict`` in the app that owns the records it counts."""

from django.utils.module_loading import import_string

from huishang.figures.selectors import Scope

PROVIDERS = {
    "matters": [
        "huishang.figures.selectors.matter_figures",
        "huishang.figures.selectors.assessment_figures",
        "huishang.butlers.figures.butler_figures",
        "huishang.supervision.figures.supervision_figures",
    ],
    "alliances": [
        "huishang.alliances.figures.alliance_figures",
    ],
    "suggestions": [
        "huishang.suggestions.figures.suggestion_figures",
    ],
    "promotion": [
        "huishang.promotion.figures.promotion_figures",
    ],
    "employment": [
        "huishang.recruitment.figures.recruitment_figures",
        "huishang.employment.figures.employment_figures",
        "huishang.employment.figures.internship_figures",
        "huishang.employment.figures.cooperation_figures",
    ],
    "assessment": [
        "huishang.assessment.figures.assessment_figures",
    ],
    "knowledge": [
        "huishang.knowledge.figures.knowledge_figures",
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
