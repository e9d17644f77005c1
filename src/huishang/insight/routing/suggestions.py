"""What routing suggests for a matter: a category and a lead unit, each with a confidence in [0, 1].

From the newest trained model when there is one, else from the admins' keyword rules."""

from dataclasses import dataclass

from huishang.cases.models import Category
from huishang.directory.models import Organization
from huishang.insight.routing import classifier, history, rules, store


@dataclass
class Suggestion:
    basis: str  # "model" or "rules"
    category: Category | None = None
    category_confidence: float = 0.0
    lead_unit: Organization | None = None
    unit_confidence: float = 0.0

    @property
    def category_percent(self) -> int:
        return round(self.category_confidence * 100)

    @property
    def unit_percent(self) -> int:
        return round(self.unit_confidence * 100)


def _unit(pk) -> Organization | None:
    return Organization.objects.filter(pk=pk, kind=Organization.Kind.UNIT).first() if pk else None


def suggest_for_text(text: str) -> Suggestion | None:
    row, models = store.latest()
    if models is not None:
        code, confidence = classifier.confidences(models["category"], [text])[0]
        suggestion = Suggestion(
            basis="model", category=Category.objects.filter(code=code).first(), category_confidence=confidence,
        )
        if models["unit"] is not None:
            unit_id, unit_confidence = classifier.confidences(models["unit"], [text])[0]
            suggestion.lead_unit, suggestion.unit_confidence = _unit(int(unit_id)), unit_confidence
        elif code in models["usual_unit"]:
            suggestion.lead_unit, suggestion.unit_confidence = _unit(models["usual_unit"][code]), confidence
        return suggestion
    rule, confidence = rules.best_rule(text)
    if rule is None:
        return None
    return Suggestion(
        basis="rules", category=rule.category, category_confidence=confidence,
        lead_unit=rule.lead_unit, unit_confidence=confidence if rule.lead_unit else 0.0,
    )


def suggest(matter) -> Suggestion | None:
    """The routing suggestion for ``matter``, or None when neither a model nor a rule has anything to say."""
    return suggest_for_text(history.matter_text(matter))
