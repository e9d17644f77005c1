"""Rows of the "1+N" centres and of school–enterprise cooperation for the query-count cases, through the services."""

import datetime
import itertools
from types import SimpleNamespace

from huishang.employment import centres, cooperation
from tests import factories as f
from tests.employment import makers as employment_makers
from tests.scale.rows import next_name

_serial = itertools.count(1)


def add_centres(world, n: int) -> None:
    """Centres of 容东, each with a station."""
    for _ in range(n):
        centre = centres.open_centre(by=world.admin, name=next_name(world, "就业服务中心"),
                                     region=employment_makers.rongdong())
        centres.open_station(by=world.admin, name=f"中心驿站{next(_serial)}", region=centre.region,
                             community="南文营社区", centre=centre)


def centre_world() -> SimpleNamespace:
    """One centre of 容东, read by the administrator."""
    admin = f.admin()
    return SimpleNamespace(viewer=admin, admin=admin, names=[],
                           centre=centres.open_centre(by=admin, name="容东就业服务中心",
                                                      region=employment_makers.rongdong()))


def add_centre_stations(world, n: int) -> None:
    """Stations of the world's centre, each with a seeker registered and a job posted."""
    for _ in range(n):
        station = centres.open_station(by=world.admin, name=next_name(world, "零工驿站"), region=world.centre.region,
                                       community="南文营社区", centre=world.centre)
        employment_makers.seeker(station, by=world.admin)
        employment_makers.job(station, by=world.admin)


def add_training_bases(world, n: int) -> None:
    for _ in range(n):
        cooperation.record_training_base(by=world.admin, name=next_name(world, "实训基地"), host=f.enterprise(),
                                         trades="客服", places=20, opened_on=datetime.date(2023, 3, 1))


def add_cooperations(world, n: int) -> None:
    """Cooperations of distinct schools, each run at a training base of its enterprise with a trainee."""
    for _ in range(n):
        enterprise = f.enterprise()
        base = cooperation.record_training_base(by=world.admin, name=f"合作基地{next(_serial)}", host=enterprise,
                                                trades="客服", places=20, opened_on=datetime.date(2023, 3, 1))
        record = employment_makers.cooperation_of(
            office=world.admin, school_org=employment_makers.school(next_name(world, "职业学院")),
            enterprise=enterprise, form="school_in_factory", base=base)
        _trainee(world, record, f"学员{next(_serial)}")


def cooperation_world() -> SimpleNamespace:
    admin = f.admin()
    return SimpleNamespace(viewer=admin, admin=admin, names=[],
                           cooperation=employment_makers.cooperation_of(office=admin, places=1000))


def _trainee(world, record, name):
    cooperation.record_trainee(by=world.admin, cooperation=record, name=name,
                               id_number=employment_makers.id_number("20040101", next(_serial) % 1000),
                               joined_on=record.starts_on)


def add_trainees(world, n: int) -> None:
    for _ in range(n):
        _trainee(world, world.cooperation, next_name(world, "学员"))
