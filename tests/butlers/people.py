"""The people of a butler test: an office, a butler caring for an enterprise, and the others around them."""

from dataclasses import dataclass

from huishang.butlers import services
from huishang.directory.models import Organization, Role, User
from tests import factories as f


def butler(*, of_unit=None, username=None) -> User:
    return f.user(Role.BUTLER, organization=of_unit or f.unit(), scope=f.region(), username=username)


@dataclass
class ButlerWorld:
    office: User
    butler: User
    enterprise: Organization
    contact: User


def butler_world() -> ButlerWorld:
    """A butler with one enterprise in care, assigned by the office of the enterprise's region."""
    f.category("talent", "用工人才")
    office = f.office()
    enterprise = f.enterprise()
    person = butler()
    services.assign_butler(by=office, enterprise=enterprise, butler=person)
    return ButlerWorld(office=office, butler=person, enterprise=enterprise, contact=f.enterprise_contact(enterprise))
