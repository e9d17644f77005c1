"""Reading recruitment: rounds and events a user may see, applications, the public result."""

from django.db.models import Count, Q, QuerySet

from huishang.core import masking
from huishang.core import clock
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.recruitment.models import Event, Round
from huishang.recruitment.permissions import may_read
from huishang.recruitment.ranking import ranking


def _in_scope(user, rows):
    return rows.filter(jurisdiction_of(user).within("region"))


def visible_rounds(user) -> QuerySet[Round]:
    if not may_read(user):
        return Round.objects.none()
    return _in_scope(user, Round.objects.annotate(applicants=Count("applications")).order_by("-announced_on", "-pk"))


def published_rounds() -> QuerySet[Round]:
    return Round.objects.exclude(published_at=None)


def open_rounds() -> QuerySet[Round]:
    today = clock.today()
    return Round.objects.filter(announced_on__lte=today, deadline__gte=today, published_at=None)


def visible_events(user) -> QuerySet[Event]:
    if not may_read(user):
        return Event.objects.none()
    return _in_scope(user, Event.objects.select_related("university").annotate(
        employers=Count("participations", distinct=True),
        positions=Count("participations__positions", distinct=True),
        intentions=Count("participations__intentions", distinct=True),
    ).order_by("-held_on", "-pk"))


def public_result(round_: Round) -> list[dict]:
    """The published ranking with names and ID numbers masked; empty before publication."""
    if round_.published_at is None:
        return []
    return [{
        "rank": row["rank"], "name": masking.mask_name_for_public_list(row["application"].name),
        "id_number": masking.mask_id_number(row["application"].id_number),
        "written_score": row["application"].written_score, "interview_score": row["application"].interview_score,
        "total": row["total"], "proposed": row["proposed"],
    } for row in ranking(round_)]


def review_counts(round_: Round) -> dict:
    return round_.applications.aggregate(
        total=Count("pk"), eligible=Count("pk", filter=Q(eligible=True)),
        approved=Count("pk", filter=Q(review="approved")), rejected=Count("pk", filter=Q(review="rejected")),
        pending=Count("pk", filter=Q(review="pending")),
    )
