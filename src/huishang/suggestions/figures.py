"""The figures of people's suggestions, counted from the records for a period and a scope.

- received: suggestions submitted in the period (held ones included: they were received).
- decided / adopted / partly_adopted / not_adopted: meeting decisions taken in the period; adopted
  counts adopted and partly adopted; adoption_rate = adopted / decided, in %.
- implemented: implementations (落实情况) published in the period.
- rated / average_rating: ratings given in the period.
- points: active collection points opened on or before the period's last day.
- topics: consultation topics opened in the period; topic_opinions: opinions given on topics in the period
  (held ones included); supports: supports given in the period. By the topic's region.
"""

from django.db.models import Avg, Count, Q, QuerySet
from django.db.models.functions import TruncMonth

from huishang.cases.models import Matter
from huishang.directory.jurisdiction import Jurisdiction
from huishang.figures.selectors import Scope, percent
from huishang.suggestions.models import CollectionPoint, Opinion, Suggestion, Support, Topic

ADOPTED = ["adopted", "partly_adopted"]


def _suggestions(scope: Scope) -> QuerySet[Suggestion]:
    return Suggestion.objects.filter(matter__in=scope.matters().filter(kind=Matter.Kind.SUGGESTION).values("pk"))


def _points(scope: Scope) -> QuerySet[CollectionPoint]:
    points = CollectionPoint.objects.filter(active=True)
    if scope.date_to:
        points = points.filter(opened_on__lte=scope.date_to)
    if scope.region:
        points = points.filter(Jurisdiction(region=scope.region).within())
    return points


def _figures(*, received, decided, fully, partly, not_adopted, implemented) -> dict:
    adopted = fully + partly
    return {
        "received": received, "decided": decided, "adopted": adopted, "fully_adopted": fully,
        "partly_adopted": partly, "not_adopted": not_adopted, "implemented": implemented,
        "adoption_rate": percent(adopted, decided),
    }


def _counts(suggestions: QuerySet[Suggestion], scope: Scope) -> dict:
    received = suggestions.filter(scope.moment_range("matter__submitted_at")).count()
    decisions = suggestions.filter(scope.moment_range("decision__decided_at"), decision__isnull=False).aggregate(
        decided=Count("pk"),
        adopted=Count("pk", filter=Q(decision__outcome="adopted")),
        partly=Count("pk", filter=Q(decision__outcome="partly_adopted")),
        not_adopted=Count("pk", filter=Q(decision__outcome="not_adopted")),
    )
    implemented = suggestions.filter(scope.moment_range("implementation__published_at"), implementation__isnull=False).count()
    return _figures(received=received, decided=decisions["decided"], fully=decisions["adopted"],
                    partly=decisions["partly"], not_adopted=decisions["not_adopted"], implemented=implemented)


def suggestion_figures(scope: Scope) -> dict:
    """The headline figures of people's suggestions (``huishang stats suggestions``)."""
    suggestions = _suggestions(scope)
    ratings = suggestions.filter(scope.moment_range("rated_at"), rating__isnull=False).aggregate(n=Count("pk"), avg=Avg("rating"))
    return {
        **_counts(suggestions, scope),
        "held": suggestions.filter(scope.moment_range("matter__submitted_at"), held=True).count(),
        "rated": ratings["n"],
        "average_rating": round(ratings["avg"], 1) if ratings["avg"] else 0.0,
        "points": _points(scope).count(),
        **topic_figures(scope),
    }


def topic_figures(scope: Scope) -> dict:
    """The consultation topics' figures: topics opened, opinions given and supports given in the period."""
    return {
        "topics": Topic.objects.filter(scope.within(), scope.moment_range("opened_at")).count(),
        "topic_opinions": Opinion.objects.filter(scope.within("topic__region"), scope.moment_range("submitted_at")).count(),
        "supports": Support.objects.filter(scope.within("topic__region"), scope.moment_range("at")).count(),
    }


def _grouped(scope: Scope, key: str, label: str) -> list[dict]:
    """The figures of each group that received suggestions in the period, all groups in one grouped query."""
    # Q(pk__isnull=False) keeps each condition a real one when the scope has no period.
    submitted = Q(pk__isnull=False) & scope.moment_range("matter__submitted_at")
    decided = Q(decision__isnull=False) & scope.moment_range("decision__decided_at")
    implemented = Q(implementation__isnull=False) & scope.moment_range("implementation__published_at")
    groups = _suggestions(scope).order_by().values(key, label).annotate(
        received=Count("pk", filter=submitted), decided=Count("pk", filter=decided),
        fully=Count("pk", filter=decided & Q(decision__outcome="adopted")),
        partly=Count("pk", filter=decided & Q(decision__outcome="partly_adopted")),
        not_adopted=Count("pk", filter=decided & Q(decision__outcome="not_adopted")),
        implemented=Count("pk", filter=implemented),
    )
    rows = [
        {"key": group[key], "name": group[label] or "",
         **_figures(**{name: group[name] for name in ("received", "decided", "fully", "partly", "not_adopted",
                                                      "implemented")})}
        for group in sorted(groups, key=lambda group: str(group[label] or "")) if group["received"]
    ]
    return sorted(rows, key=lambda row: -row["received"])


def suggestion_breakdowns(scope: Scope) -> dict:
    """The figures by month of submission, category, region and collection point (the results page)."""
    suggestions = _suggestions(scope).filter(scope.moment_range("matter__submitted_at"))
    by_month = (
        suggestions.annotate(month=TruncMonth("matter__submitted_at")).values("month")
        .annotate(received=Count("pk"), adopted=Count("pk", filter=Q(decision__outcome__in=ADOPTED)),
                  implemented=Count("pk", filter=Q(implementation__isnull=False)))
        .order_by("month")
    )
    return {
        "by_month": [{"month": row["month"].strftime("%Y-%m"), "received": row["received"], "adopted": row["adopted"],
                      "implemented": row["implemented"]} for row in by_month],
        "by_category": _grouped(scope, "matter__category__code", "matter__category__name"),
        "by_region": _grouped(scope, "matter__region__code", "matter__region__name"),
        "by_point": _grouped(scope, "point__code", "point__name"),
    }
