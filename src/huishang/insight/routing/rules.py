"""Routing before there is any history: each category's keywords, as the administrators wrote them."""

import re

from huishang.insight import text as chinese
from huishang.insight.models import RoutingRule

_SEPARATORS = re.compile(r"[\s,，、;；]+")


def keywords_of(rule: RoutingRule) -> list[str]:
    return [word for word in _SEPARATORS.split(rule.keywords or "") if word]


def best_rule(text: str) -> tuple[RoutingRule | None, float]:
    """The rule whose keywords occur most in ``text``, with its share of all keyword hits as confidence."""
    text = chinese.normalise(text)
    hits = []
    for rule in RoutingRule.objects.select_related("category", "lead_unit"):
        count = sum(1 for word in keywords_of(rule) if word in text)
        if count:
            hits.append((count, rule))
    if not hits:
        return None, 0.0
    hits.sort(key=lambda pair: (-pair[0], pair[1].category.order, pair[1].category.code))
    total = sum(count for count, _ in hits)
    return hits[0][1], hits[0][0] / total
