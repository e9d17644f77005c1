"""Reading an assessment: totals from the weights, the ranking, and what each reader may see."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from huishang.assessment.models import Assessment, Indicator, Participant, Score
from huishang.assessment.permissions import visible_assessments
from huishang.core.errors import NotFound

TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class Standing:
    participant: Participant
    total: Decimal
    rank: int
    by_indicator: dict  # indicator id -> reviewers' mean score (None when not scored yet)


def assessment_for(user, pk) -> Assessment:
    assessment = visible_assessments(user).filter(pk=pk).first()
    if assessment is None:
        raise NotFound(_("This assessment was not found."))
    return assessment


def indicator_means(assessment: Assessment) -> dict:
    """(participant id, indicator id) -> the mean of the reviewers' scores."""
    sums = defaultdict(lambda: [Decimal(0), 0])
    for row in Score.objects.filter(participant__assessment=assessment).values("participant", "indicator", "score"):
        entry = sums[(row["participant"], row["indicator"])]
        entry[0] += row["score"]
        entry[1] += 1
    return {key: total / count for key, (total, count) in sums.items()}


def weighted_total(indicators: list[Indicator], means: dict, participant_id: int) -> Decimal:
    """Σ weight × mean score / 100, two decimals: a union scoring 100 everywhere gets the sum of the weights."""
    total = sum((Decimal(indicator.weight) * means.get((participant_id, indicator.pk), Decimal(0)) / 100
                 for indicator in indicators), Decimal(0))
    return total.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def standings(assessment: Assessment) -> list[Standing]:
    """Every participant by total, highest first. Equal totals share a rank (1, 2, 2, 4) and are listed by name."""
    indicators = list(assessment.indicators.all())
    means = indicator_means(assessment)
    participants = list(assessment.participants.select_related("union"))
    totals = [(weighted_total(indicators, means, p.pk), p) for p in participants]
    totals.sort(key=lambda pair: (-pair[0], pair[1].union.name))
    rows, previous, rank = [], None, 0
    for position, (total, participant) in enumerate(totals, start=1):
        if total != previous:
            rank, previous = position, total
        rows.append(Standing(
            participant=participant, total=total, rank=rank,
            by_indicator={indicator.pk: means.get((participant.pk, indicator.pk)) for indicator in indicators},
        ))
    return rows


def unscored(assessment: Assessment) -> int:
    """How many (union, indicator) pairs no reviewer has scored yet."""
    means = indicator_means(assessment)
    pairs = [(p, i) for p in assessment.participants.values_list("pk", flat=True)
             for i in assessment.indicators.values_list("pk", flat=True)]
    return sum(1 for pair in pairs if pair not in means)
