"""A 内江 office, a matter of 东兴区 and the units it may go to."""

from dataclasses import dataclass

import pytest

from tests import factories as f


@dataclass
class Place:
    office: object
    lead: object  # a handler of the lead unit the table names
    supporting: object  # a handler of a supporting unit the table names
    other: object  # a handler of a unit the table does not name
    contact: object


@pytest.fixture
def place() -> Place:
    f.district()
    return Place(
        office=f.office(), lead=f.unit_handler(f.unit("内江市人社局")), supporting=f.unit_handler(f.unit("内江市经信局")),
        other=f.unit_handler(f.unit("内江市商务局")), contact=f.enterprise_contact(),
    )
