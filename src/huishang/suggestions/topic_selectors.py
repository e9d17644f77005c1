"""Reading consultation topics: what the public sees, what the office sees, and a topic's summary."""

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _, gettext_lazy

from huishang.core import clock
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.suggestions.figures import ADOPTED
from huishang.suggestions.models import Opinion, Topic
from huishang.suggestions.permissions import manages_topics, reads_suggestions


def stage_of(topic: Topic) -> str:
    """upcoming, open, closed or published (the result is out)."""
    if topic.result_published_at is not None:
        return "published"
    today = clock.today()
    if today < topic.opens_on:
        return "upcoming"
    return "open" if today <= topic.closes_on else "closed"


STAGE_LABELS = {"upcoming": gettext_lazy("Not yet open"), "open": gettext_lazy("Open for opinions"),
                "closed": gettext_lazy("Closed, being summarised"), "published": gettext_lazy("Result published")}


def stage_label(topic: Topic) -> str:
    return str(STAGE_LABELS[stage_of(topic)])


def _with_counts(topics: QuerySet[Topic]) -> QuerySet[Topic]:
    return topics.select_related("region", "point").annotate(
        shown_opinions=Count("opinions", filter=Q(opinions__held=False), distinct=True),
        support_count=Count("supports", distinct=True),
    )


def public_topics() -> QuerySet[Topic]:
    """Topics anyone may read: those whose period has begun, newest first."""
    return _with_counts(Topic.objects.filter(opens_on__lte=clock.today()))


def visible_topics(user) -> QuerySet[Topic]:
    """The office reads the topics of its jurisdiction, also those not yet open."""
    return _with_counts(Topic.objects.filter(jurisdiction_of(user).within("region")))


def readable_topics(user) -> QuerySet[Topic]:
    """What the API reads: the public topics, and for the office's staff also their jurisdiction's not yet open."""
    if not reads_suggestions(user):
        return public_topics()
    return _with_counts(Topic.objects.filter(jurisdiction_of(user).within("region") | Q(opens_on__lte=clock.today())))


def handles(user, topic: Topic) -> bool:
    """Whether ``user`` handles the topic's opinions (sees held ones and the names they were signed with)."""
    return manages_topics(user) and jurisdiction_of(user).covers(topic.region)


def opinions_of(topic: Topic, *, with_held: bool = False) -> QuerySet[Opinion]:
    """A topic's opinions, most supported first, each with ``support_count``; held ones only for the office."""
    opinions = topic.opinions.all() if with_held else topic.opinions.filter(held=False)
    return opinions.annotate(support_count=Count("supports")).order_by("-support_count", "submitted_at", "id")


def summary(topic: Topic) -> dict:
    """The summary of the opinions shown: totals, and per theme its opinions, supports and adopted ones, the
    most supported theme first (opinions not yet filed under a theme are counted together, last)."""
    shown = topic.opinions.filter(held=False)
    rows = shown.order_by().values("theme").annotate(
        opinions=Count("id", distinct=True), supports=Count("supports", distinct=True),
        adopted=Count("id", filter=Q(outcome__in=ADOPTED), distinct=True),
    )
    themes = sorted(
        ({"theme": row["theme"] or _("Not filed under a theme"), "filed": bool(row["theme"]),
          "opinions": row["opinions"], "supports": row["supports"], "adopted": row["adopted"]} for row in rows),
        key=lambda row: (not row["filed"], -row["supports"], -row["opinions"], row["theme"]),
    )
    totals = shown.aggregate(
        opinions=Count("id", distinct=True), supports=Count("supports", distinct=True),
        adopted=Count("id", filter=Q(outcome__in=ADOPTED), distinct=True),
        decided=Count("id", filter=~Q(outcome=""), distinct=True),
    )
    return {**totals, "held": topic.opinions.filter(held=True).count(), "themes": themes}


def adopted_opinions(topic: Topic) -> QuerySet[Opinion]:
    return opinions_of(topic).filter(outcome__in=ADOPTED)
