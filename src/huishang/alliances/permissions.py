"""Who may do what in an alliance. The roles are the alliance's own: council seats, studio leaders,
resource keepers; an administrator may do everything."""

from huishang.alliances.models import Alliance, CouncilSeat, Resource, Studio
from huishang.core import clock
from huishang.directory.models import Role

MANAGING_SEATS = {CouncilSeat.Role.CHAIR, CouncilSeat.Role.SECRETARY_GENERAL}


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def is_admin(user) -> bool:
    return _active(user) and (user.is_superuser or user.role == Role.ADMIN)


def current_seats(user):
    today = clock.today()
    return CouncilSeat.objects.filter(user=user, starts_on__lte=today).exclude(ends_on__lt=today)


def manages(user, alliance: Alliance) -> bool:
    """The alliance's chair and secretary-general run it (members, council, rotation, activities)."""
    if not _active(user):
        return False
    return is_admin(user) or current_seats(user).filter(alliance=alliance, role__in=MANAGING_SEATS).exists()


def leads(user, studio: Studio) -> bool:
    """A studio leader edits their own studio, not another's."""
    return _active(user) and (is_admin(user) or studio.leader_id == user.pk)


def records_for(user, alliance: Alliance, studios) -> bool:
    """Agreements, their progress and achievements: the alliance's manager or a party's studio leader."""
    return manages(user, alliance) or any(leads(user, studio) for studio in studios)


def keeps(user, resource: Resource) -> bool:
    """The owner's approver (or an administrator) decides bookings of a resource."""
    return _active(user) and (is_admin(user) or resource.keeper_id == user.pk)


def takes_part(user) -> bool:
    """Anyone with a role in some alliance: a council seat, a studio, a resource."""
    if not _active(user):
        return False
    return (is_admin(user) or user.role in (Role.OFFICE, Role.LEADER, Role.SUPERVISOR)
            or current_seats(user).exists() or user.led_studios.exists() or user.kept_resources.exists())
