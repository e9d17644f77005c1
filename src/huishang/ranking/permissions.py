"""Who edits the scheme, publishes a month and reads a ranking.

The service office publishes months and edits the scheme of a region inside its jurisdiction (the whole
deployment's only when its jurisdiction is the whole deployment); supervisors and leaders read the live
ranking there too. A unit handler reads the published months of every region holding its unit: the whole
table and its own line, not the live ranking before it is published.
"""

from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Region, Role

MANAGING_ROLES = {Role.OFFICE, Role.ADMIN}
LIVE_READERS = MANAGING_ROLES | {Role.SUPERVISOR, Role.LEADER}


def _active(user) -> bool:
    return user.is_authenticated and user.is_active


def _governs(user, region: Region | None) -> bool:
    jurisdiction = jurisdiction_of(user)
    return jurisdiction.wide or (region is not None and jurisdiction.covers(region))


def manages(user, region: Region | None) -> bool:
    """The office edits the scheme and publishes and corrects the months of ``region``."""
    return _active(user) and (user.is_superuser or user.role in MANAGING_ROLES) and _governs(user, region)


def reads_live(user, region: Region | None) -> bool:
    """The ranking as the records give it now, before (or apart from) any publication."""
    return _active(user) and (user.is_superuser or user.role in LIVE_READERS) and _governs(user, region)


def own_unit_ranked(user, region: Region | None):
    """The unit of a unit handler when ``region``'s ranking holds it, else None."""
    if not _active(user) or user.role != Role.UNIT or user.organization is None:
        return None
    if region is not None and not Jurisdiction(region=region).covers_organization(user.organization):
        return None
    return user.organization


def reads_published(user, region: Region | None) -> bool:
    return reads_live(user, region) or own_unit_ranked(user, region) is not None


# 约谈 (talks.py)

def records_talks(user, region: Region | None) -> bool:
    """The office that publishes a region's months records the talks with its bottom units."""
    return manages(user, region)


def reads_talks(user) -> bool:
    """The office, supervisors and leaders read the talks with the units of their jurisdiction."""
    return _active(user) and (user.is_superuser or user.role in LIVE_READERS)


def own_talks_unit(user):
    """The unit of a unit handler, whose talks and commitments the handler reads; else None."""
    if not _active(user) or user.role != Role.UNIT:
        return None
    return user.organization


def keeps_commitments(user, talk) -> bool:
    """A handler of the talked-to unit marks its commitments done."""
    unit = own_talks_unit(user)
    return unit is not None and unit.pk == talk.unit_id
