"""Who follows the promotion pipeline: the office works it, supervisors and leaders read it, each within its
jurisdiction (directory.jurisdiction)."""

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role
from huishang.promotion.models import ReportSource

READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN}
MANAGERS = {Role.OFFICE, Role.ADMIN}


def role_of(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


def in_region(user, region) -> bool:
    """Whether a lead in ``region`` lies in the user's jurisdiction."""
    return jurisdiction_of(user).covers(region)


def may_read_pipeline(user) -> bool:
    return user.is_authenticated and role_of(user) in READERS


def may_manage_pipeline(user) -> bool:
    return user.is_authenticated and role_of(user) in MANAGERS


def may_manage_lead(user, lead) -> bool:
    return may_manage_pipeline(user) and in_region(user, lead.region)


def reports_as(user, lead) -> str | None:
    """Who ``user`` reports a landed project's figures as: the office of its region, a contact of the enterprise
    linked to it, or nobody (None)."""
    if may_manage_lead(user, lead):
        return ReportSource.OFFICE
    if (user.is_authenticated and user.is_active and user.role == Role.ENTERPRISE and user.organization_id
            and getattr(getattr(lead, "landed_enterprise", None), "enterprise_id", None) == user.organization_id):
        return ReportSource.ENTERPRISE
    return None
