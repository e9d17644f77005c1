"""Small functions that make an alliance world for the tests: alliance, studios with leaders, council, resources."""

import datetime
import itertools

from huishang.alliances import services
from huishang.alliances.models import CouncilSeat, Resource
from huishang.directory.models import Organization, Role
from tests import factories as f

FOUNDED = datetime.date(2022, 11, 18)
_serial = itertools.count(1)


def union():
    return Organization.objects.get_or_create(
        name="内江市总工会", defaults={"kind": Organization.Kind.UNION, "region": f.region()})[0]


def person(role=Role.UNION, organization=None):
    return f.user(role, organization=organization or union())


def alliance(*, admin=None, name=None, founded_on=FOUNDED):
    admin = admin or f.admin()
    n = next(_serial)
    return services.create_alliance(by=admin, name=name or f"测试联盟{n}", short_name=f"联盟{n}", field="装备制造",
                                    founded_on=founded_on, organiser=union())


def secretary(of_alliance, *, admin=None):
    """A person with the secretary-general's seat of ``of_alliance``."""
    user = person()
    services.appoint_council_seat(of_alliance, by=admin or f.admin(), role=CouncilSeat.Role.SECRETARY_GENERAL,
                                  person_name=user.name, user=user, starts_on=of_alliance.founded_on)
    return user


def studio(*, admin=None, leader=None, in_region=None, name=None):
    admin = admin or f.admin()
    n = next(_serial)
    host = f.enterprise(in_region=in_region)
    leader = leader or person(organization=host)
    return services.register_studio(
        by=admin, name=name or f"测试{n}劳模创新工作室", level="city", leader_name=leader.name, leader=leader, host=host,
        region=in_region or f.region(), field="数控加工", recognised_on=datetime.date(2020, 1, 1),
    )


def member(of_alliance, *, admin=None, joined_on=FOUNDED, **studio_fields):
    admin = admin or f.admin()
    made = studio(admin=admin, **studio_fields)
    services.admit_studio(of_alliance, by=admin, studio=made, joined_on=joined_on)
    return made


def resource(of_alliance, *, admin=None, keeper=None, kind=Resource.Kind.TRAINING_BASE, listed_on=FOUNDED):
    admin = admin or f.admin()
    keeper = keeper or person()
    return services.list_resource(of_alliance, by=admin, kind=kind, name=f"实训基地{next(_serial)}",
                                  owner=f.enterprise(), keeper=keeper, listed_on=listed_on, capacity=20)
