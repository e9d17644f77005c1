"""Rows of the internship bases and the subsidy ledger for the query-count cases, through the services."""

import datetime
import itertools
from types import SimpleNamespace

from huishang.core import clock
from huishang.employment import internships, subsidies
from tests import factories as f
from tests.employment import makers as employment_makers
from tests.scale.rows import next_name

_serial = itertools.count(1)


def base_world() -> SimpleNamespace:
    """One recognised base of 内江, read by the administrator."""
    admin = f.admin()
    return SimpleNamespace(viewer=admin, admin=admin, base=employment_makers.base(office=admin), names=[])


def add_bases(world, n: int) -> None:
    """Recognised bases, each with an intern."""
    for _ in range(n):
        base = employment_makers.base(office=world.admin, enterprise=f.enterprise(name=next_name(world, "见习基地企业")))
        employment_makers.intern(base, by=world.admin, serial=next(_serial) % 1000)


def add_posts(world, n: int) -> None:
    for _ in range(n):
        internships.add_post(by=world.admin, base=world.base, title=next_name(world, "见习岗位"), places=3)


def add_interns(world, n: int) -> None:
    """Interns of the world's base, each at a post of their own."""
    for _ in range(n):
        post = internships.add_post(by=world.admin, base=world.base, title="客服专员", places=3)
        internships.record_intern(by=world.admin, base=world.base, post=post, name=next_name(world, "见习人员"),
                                  id_number=employment_makers.id_number("20010305", next(_serial) % 1000),
                                  starts_on=datetime.date(2023, 4, 1), ends_on=datetime.date(2023, 6, 30))


def add_subsidies(world, n: int) -> None:
    """Hiring rewards of distinct people, paid to distinct enterprises."""
    with clock.frozen_at(datetime.datetime(2023, 8, 5, 10, 0)):
        for _ in range(n):
            subsidies.record_subsidy(
                by=world.admin, kind="hiring_reward", beneficiary="enterprise", enterprise=f.enterprise(),
                person_name=next_name(world, "人员"), basis="招用登记失业人员",
                person_id_number=employment_makers.id_number("19990101", next(_serial) % 1000),
                period_from=datetime.date(2023, 7, 1), period_to=datetime.date(2023, 7, 31), amount_fen=100_000)
