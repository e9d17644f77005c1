"""Reading matters: what a user may see, and the list filters every interface shares."""

from django.db.models import F, Q, QuerySet

from huishang.cases.models import Matter
from huishang.directory.models import Region, Role
from huishang.insight.search import matching

# Roles whose scope is a region (none = the whole deployment).
REGION_SCOPED_ROLES = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER}


def in_region(region: Region, prefix: str = "region") -> Q:
    """Rows whose region is ``region`` or lies inside it."""
    return Q(**{f"{prefix}__code__startswith": region.code_prefix})


def visibility(user) -> Q:
    """The condition a matter meets when ``user`` may read it; the one rule for every interface."""
    if not user.is_authenticated or not user.is_active:
        return Q(pk__in=[])
    if user.role == Role.ADMIN or user.is_superuser:
        return Q()
    if user.role in REGION_SCOPED_ROLES:
        return in_region(user.region) if user.region_id else Q()
    if user.role == Role.UNIT:
        return Q(assignments__lead_unit=user.organization_id) | Q(
            assignments__supporting_units=user.organization_id
        )
    if user.role == Role.ENTERPRISE:
        return Q(enterprise=user.organization_id) | Q(submitted_by=user)
    if user.role == Role.BUTLER:
        return Q(enterprise__in=user.enterprises_in_care.all()) | Q(submitted_by=user)
    return Q(pk__in=[])


def visible_matters(user) -> QuerySet[Matter]:
    condition = visibility(user)
    matters = Matter.objects.all()
    if condition:
        # Joins through assignments can repeat a matter; the subquery keeps one row each.
        matters = matters.filter(pk__in=Matter.objects.filter(condition).values("pk"))
    return matters.select_related("category", "enterprise", "region", "lead_unit")


def can_view(user, matter: Matter) -> bool:
    return visible_matters(user).filter(pk=matter.pk).exists()


def get_visible_matter(user, key) -> Matter | None:
    """A matter by id or number, or None when it does not exist or the user may not see it."""
    matters = visible_matters(user)
    lookup = {"pk": int(key)} if str(key).isdigit() else {"number": str(key)}
    return matters.filter(**lookup).first()


# The orders a list may ask for besides the default (newest first, or relevance for a search).
ORDERINGS = {
    "due": (F("due").asc(nulls_last=True), "id"),
}


def filter_matters(
    matters: QuerySet[Matter], *, state=None, kind=None, category=None, region=None, unit=None,
    enterprise=None, q=None, sort=None,
) -> QuerySet[Matter]:
    """Narrow a list of matters by the filters shown in the web list and the API, in the order asked for."""
    if state:
        matters = matters.filter(state=state)
    if kind:
        matters = matters.filter(kind=kind)
    if category:
        matters = matters.filter(category__code=category)
    if region:
        region_row = Region.objects.filter(code=region).first()
        # The region ids first, so a region with nothing inside it is one index range already in date order.
        inside = []
        if region_row:
            inside = list(Region.objects.filter(code__startswith=region_row.code_prefix).values_list("pk", flat=True))
        matters = matters.filter(region__in=inside) if inside else matters.none()
    if unit:
        matters = matters.filter(lead_unit=unit)
    if enterprise:
        matters = matters.filter(enterprise=enterprise)
    if q:
        # Chinese words, not substrings: ranked by relevance, each row with a highlighted ``snippet``.
        matters = matching(matters, q)
    if sort:
        matters = matters.order_by(*ORDERINGS[sort])
    return matters


def trail_of(matter: Matter):
    return matter.trail.select_related("actor").order_by("at", "id")


def current_assignment(matter: Matter):
    return (
        matter.assignments.filter(sent_back_at__isnull=True)
        .select_related("lead_unit")
        .prefetch_related("supporting_units")
        .order_by("-assigned_at", "-id")
        .first()
    )
