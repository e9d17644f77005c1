"""What routing suggests for a matter: a category and a lead unit, each with a confidence in [0, 1].

From the newest trained model when there is one, else from the admins' keyword rules. The model learns from
every place the deployment serves, so a suggested unit is bounded by the jurisdiction: only a unit the matter
may be assigned to (of the user's jurisdiction, in the matter's place) is ever suggested."""

from dataclasses import dataclass

from django.db.models import QuerySet

from huishang.cases.models import Category
from huishang.directory.jurisdiction import EVERYWHERE, jurisdiction_of
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


def _unit(pk, allowed: QuerySet[Organization] | None) -> Organization | None:
    units = Organization.objects.filter(kind=Organization.Kind.UNIT) if allowed is None else allowed
    return units.filter(pk=pk).first() if pk else None


def _best_allowed_unit(model, text: str, allowed: QuerySet[Organization] | None) -> tuple[Organization | None, float]:
    """The most likely unit among ``allowed`` (any unit when None), with the model's confidence in it."""
    ranking = classifier.ranked(model, text)
    if allowed is None:
        unit_id, confidence = ranking[0]
        return _unit(int(unit_id), None), confidence
    allowed_ids = set(allowed.values_list("pk", flat=True))
    for unit_id, confidence in ranking:
        if int(unit_id) in allowed_ids:
            return _unit(int(unit_id), allowed), confidence
    return None, 0.0


def suggest_for_text(text: str, *, units: QuerySet[Organization] | None = None) -> Suggestion | None:
    """The suggestion for a text; ``units`` bounds the lead unit it may name (None: any unit)."""
    row, models = store.latest()
    if models is not None:
        code, confidence = classifier.confidences(models["category"], [text])[0]
        suggestion = Suggestion(
            basis="model", category=Category.objects.filter(code=code).first(), category_confidence=confidence,
        )
        if models["unit"] is not None:
            suggestion.lead_unit, suggestion.unit_confidence = _best_allowed_unit(models["unit"], text, units)
        elif code in models["usual_unit"]:
            suggestion.lead_unit = _unit(models["usual_unit"][code], units)
            suggestion.unit_confidence = confidence if suggestion.lead_unit else 0.0
        return suggestion
    rule, confidence = rules.best_rule(text)
    if rule is None:
        return None
    lead_unit = _unit(rule.lead_unit_id, units)
    return Suggestion(
        basis="rules", category=rule.category, category_confidence=confidence,
        lead_unit=lead_unit, unit_confidence=confidence if lead_unit else 0.0,
    )


def suggest(matter, *, user=None) -> Suggestion | None:
    """The routing suggestion for ``matter``, or None when neither a model nor a rule has anything to say.

    The lead unit is one ``user`` may assign the matter to (its jurisdiction's, in the matter's place); without
    a user, any unit of the matter's place."""
    jurisdiction = EVERYWHERE if user is None else jurisdiction_of(user)
    return suggest_for_text(history.matter_text(matter), units=jurisdiction.units(near=matter.region))
