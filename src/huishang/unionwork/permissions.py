"""Who reads and who acts on union work.

Reading: staff, unit handlers and union officers read the union work of their jurisdiction (a cooperation
agreement also where one of its parties lies). Acting: the organising union's own officers (and the
administrator) set up plans, the reform's group, campaigns and competitions of their jurisdiction and score
competitions; a task's responsible body reports its progress; the office and union officers record cooperation.
"""

from django.db.models import Q, QuerySet

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Role

READERS = {Role.ADMIN, Role.AUDITOR, Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.UNION, Role.UNIT}
COOPERATION_RECORDERS = {Role.ADMIN, Role.OFFICE, Role.UNION}


def _active(user) -> bool:
    return user.is_authenticated and user.is_active


def is_admin(user) -> bool:
    return _active(user) and (user.is_superuser or user.role == Role.ADMIN)


def reads(user) -> bool:
    return _active(user) and (user.is_superuser or user.role in READERS)


def runs(user, organiser: Organization) -> bool:
    """The administrator, or an officer of the organising union, inside their jurisdiction."""
    if not _active(user) or not jurisdiction_of(user).covers_organization(organiser):
        return False
    return is_admin(user) or (user.role == Role.UNION and user.organization_id == organiser.pk)


def unions_run_by(user) -> QuerySet[Organization]:
    """The unions whose union work ``user`` may set up (``runs`` for each): every union of the administrator's
    jurisdiction, a union officer's own union."""
    unions = jurisdiction_of(user).organizations(Organization.Kind.UNION).order_by("name")
    if is_admin(user):
        return unions
    if _active(user) and user.role == Role.UNION and user.organization_id:
        return unions.filter(pk=user.organization_id)
    return unions.none()


def organiser_of(task) -> Organization:
    return task.plan.organiser if task.plan_id else task.member.group.organiser


def reports_on(user, task) -> bool:
    """A task's progress is reported by its responsible body's own accounts, or by those who run its plan or group."""
    if not _active(user):
        return False
    own = user.role in (Role.UNIT, Role.UNION) and user.organization_id == task.responsible_id
    return own or runs(user, organiser_of(task))


def confined(user, rows: QuerySet, field: str = "region") -> QuerySet:
    """``rows`` of the user's jurisdiction, nothing for those who do not read union work."""
    if not reads(user):
        return rows.none()
    return rows.filter(jurisdiction_of(user).within(field))


def cooperation_condition(user) -> Q:
    jurisdiction = jurisdiction_of(user)
    return (jurisdiction.within("region") | jurisdiction.within("parties__region")
            | jurisdiction.within("parties__organization__region"))


def records_cooperation(user) -> bool:
    return _active(user) and (user.is_superuser or user.role in COOPERATION_RECORDERS)


def reports_on_cooperation(user, cooperation) -> bool:
    """Recorders whose jurisdiction holds the agreement or one of its parties, and a party organisation's officers."""
    if not _active(user):
        return False
    if user.organization_id and cooperation.parties.filter(organization=user.organization_id).exists():
        return True
    if not records_cooperation(user):
        return False
    jurisdiction = jurisdiction_of(user)
    return jurisdiction.covers(cooperation.region) or any(
        jurisdiction.covers(party.region) or jurisdiction.covers_organization(party.organization)
        for party in cooperation.parties.select_related("region", "organization__region"))
