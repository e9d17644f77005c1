"""The hand-built history the ranking's tests share: three units of 内江, one March of 2024."""

import pytest

from tests import factories as f
from tests.march_2024 import D, at, hand_out, handle_a_b_c  # noqa: F401 (at: the ranking tests' clock)

MARCH = D(2024, 3, 1)
APRIL = D(2024, 4, 1)


@pytest.fixture
def history():
    """tests/figures/test_assessment_rates.py's March, with the units apart. Handed out on Monday 4 March 2024
    at 10:00 (sign for by Tuesday 11:00, first response by Thursday 14:30): to 城建局 A (signed at once,
    phoned at once, answered, satisfied and solved, follow-up satisfied), B (signed late, answered in time,
    satisfied not solved, follow-up fairly satisfied 基本满意), C (signed in time, first contact late); to 交通局 D (never
    signed for). 水务局 has no matters."""
    place = f.region()
    office = f.office(place)
    building, transport, water = (f.unit(name, in_region=place) for name in ("城建局", "交通局", "水务局"))
    handler, other = f.unit_handler(building), f.unit_handler(transport)
    f.unit_handler(water)
    contact = f.enterprise_contact()
    a, b, c, _d = hand_out([building, building, building, transport], office=office, contact=contact)
    handle_a_b_c(a, b, c, handler=handler, office=office, contact=contact, b_follow_up="fairly", b_note="基本满意")
    return {"place": place, "office": office, "building": building, "transport": transport, "water": water,
            "handler": handler, "other": other}


def lines(ranking: dict) -> dict:
    return {line["unit"]: line for line in ranking["units"]}
