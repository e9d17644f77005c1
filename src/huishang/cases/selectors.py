"""Reading matters: what a user may see, and the list filters every interface shares."""

from django.db.models import Case, F, Q, QuerySet, Value, When
from django.utils.translation import gettext as _

from huishang.cases.models import Matter, Transition
from huishang.cases.states import AWAITING_UNIT, State
from huishang.core import clock, parsing
from huishang.core.errors import NotAllowed, ValidationError
from huishang.core.prepared import PreparedRead
from huishang.core.queries import unique_or_none
from huishang.directory.jurisdiction import jurisdiction_of
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
        return jurisdiction_of(user).within()
    if user.role == Role.UNIT:
        return Q(assignments__lead_unit=user.organization_id) | Q(
            assignments__supporting_units=user.organization_id
        )
    if user.role == Role.ENTERPRISE:
        return Q(enterprise=user.organization_id) | Q(submitted_by=user)
    if user.role == Role.BUTLER:
        return Q(enterprise__in=user.enterprises_in_care.all()) | Q(submitted_by=user)
    return Q(pk__in=[])


# What a matter is shown with, in lists and on its page.
SHOWN_WITH = ("category", "enterprise", "region", "lead_unit")


def visible_matters(user) -> QuerySet[Matter]:
    condition = visibility(user)
    matters = Matter.objects.all()
    if condition:
        # Joins through assignments can repeat a matter; the subquery keeps one row each.
        matters = matters.filter(pk__in=Matter.objects.filter(condition).values("pk"))
    return matters.select_related(*SHOWN_WITH)


# Every change to a matter reads it first: for a user who sees every matter, compiled once.
_matter_by_id = PreparedRead(Matter, lambda pk: Matter.objects.select_related(*SHOWN_WITH).filter(pk=pk), int)
_matter_by_number = PreparedRead(
    Matter, lambda number: Matter.objects.select_related(*SHOWN_WITH).filter(number=number), str
)


def _viewer(user) -> tuple | None:
    """What a user's visibility depends on, so a yes kept on a matter instance is not reused for another
    user, or for the same user after a change of role, scope or status."""
    if not user.is_authenticated:
        return None
    return (user.pk, user.role, user.region_id, user.organization_id, user.is_active, user.is_superuser)


def can_view(user, matter: Matter) -> bool:
    """Asked once per viewer and matter instance: a yes is kept on the instance."""
    viewer = _viewer(user)
    if viewer is not None and getattr(matter, "_seen_by", None) == viewer:
        return True
    condition = visibility(user)
    # An empty condition: the user sees every matter, so there is nothing to ask the database.
    visible = matter.pk is not None if not condition else visible_matters(user).filter(pk=matter.pk).exists()
    if visible:
        matter._seen_by = viewer
    return visible


def get_visible_matter(user, key) -> Matter | None:
    """A matter by id or number, or None when it does not exist or the user may not see it."""
    key = parsing.record_key(key)
    if key is None:
        return None
    by_id = isinstance(key, int)
    if visibility(user):
        lookup = {"pk": int(key)} if by_id else {"number": str(key)}
        matter = unique_or_none(visible_matters(user).filter(**lookup))
    else:
        # Nothing to ask about visibility (see ``visible_matters``): the same read, compiled once.
        matter = _matter_by_id.one(int(key)) if by_id else _matter_by_number.one(str(key))
    if matter is not None:
        # Read through this user's visibility, so ``can_view`` need not ask again. Keeping a yes is safe
        # because no service takes a matter out of anyone's sight: its region and enterprise stay, and a
        # unit keeps seeing what it was once assigned (sent-back assignments are kept).
        matter._seen_by = _viewer(user)
    return matter


def matter_to_link(user, key, *, field: str) -> Matter:
    """The matter a request names to link with another (merge into, put on an agenda): one the user sees;
    a matter that exists outside the user's reach is refused (403 naming ``field``), as every link across
    jurisdictions is; a key naming no matter is a wrong value (422)."""
    matter = get_visible_matter(user, key)
    if matter is not None:
        return matter
    key = parsing.record_key(key)
    lookup = {"pk": key} if isinstance(key, int) else {"number": key}
    if key is not None and Matter.objects.filter(**lookup).exists():
        raise NotAllowed(_("Matter %(key)s lies outside your jurisdiction.") % {"key": key}, field=field)
    raise ValidationError(_("Matter %(key)s was not found.") % {"key": key or ""}, field=field)


def in_state_order(field: str = "state") -> Case:
    """A matter's state as its place in the order a matter goes through them, for sorting a list by state."""
    return Case(*(When(**{field: state}, then=Value(order)) for order, state in enumerate(State.values)))


# The orders a list may ask for besides the default (newest first, or relevance for a search).
ORDERINGS = {
    "due": (F("due").asc(nulls_last=True), "id"),
}


def filter_matters(
    matters: QuerySet[Matter], *, state=None, kind=None, category=None, region=None, unit=None,
    enterprise=None, q=None, sort=None, overdue=False,
) -> QuerySet[Matter]:
    """Narrow a list of matters by the filters shown in the web list and the API, in the order asked for."""
    if state:
        matters = matters.filter(state=state)
    if overdue:
        # As the figures count it: a unit still owes the answer and the deadline has passed.
        matters = matters.filter(state__in=AWAITING_UNIT, due__lt=clock.today())
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


def trail_of(matter: Matter) -> list[Transition]:
    """The matter's trail, oldest first, with who did each step."""
    return _trail(matter.pk)


# Read after every change to a matter, for the answer: compiled once.
_trail = PreparedRead(
    Transition,
    lambda matter_id: Transition.objects.filter(matter=matter_id).select_related("actor").order_by("at", "id"),
    int,
)


def current_assignment(matter: Matter):
    return (
        matter.assignments.filter(sent_back_at__isnull=True, ended_at__isnull=True)
        .select_related("lead_unit")
        .prefetch_related("supporting_units")
        .order_by("-assigned_at", "-id")
        .first()
    )
