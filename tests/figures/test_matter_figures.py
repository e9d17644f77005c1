"""The figures, counted on a small history built by hand, equal the values counted by hand."""

import datetime

import pytest

from huishang.cases import services
from huishang.core import clock
from huishang.figures.scopes import scope_from
from huishang.figures.selectors import breakdowns, matter_figures, percent
from huishang.meetings import services as meetings
from tests import factories as f

pytestmark = pytest.mark.django_db


def on(day: str):
    return clock.frozen_at(datetime.datetime.fromisoformat(day + "T10:00"))


def d(day: str) -> datetime.date:
    return datetime.date.fromisoformat(day)


@pytest.fixture
def history():
    """Two 会商会 (March, June 2023), one joint meeting, one direct assignment, one send-back.

    A (E1) March, resolved on time · B (E1) March, reopened once then resolved late ·
    C (E2) deferred in March, assigned in June, responded · D (E3, 威远县) June, not acknowledged ·
    E (E2) assigned directly in August, in progress, overdue · G assigned in August and sent back ·
    F on a joint meeting only.
    """
    city = f.region()
    weiyuan = f.region("511024", "威远县", parent=city)
    office, chair = f.office(scope=city), f.leader(scope=city)
    u1, u2 = f.unit_handler(), f.unit_handler()
    e1, e2 = f.enterprise_contact(), f.enterprise_contact()
    e3 = f.enterprise_contact(of=f.enterprise(in_region=weiyuan))
    with on("2023-03-01"):
        a, b, c = (services.accept(f.matter(by=who), by=office) for who in (e1, e1, e2))
    with on("2023-03-10"):
        march = meetings.create_meeting(by=office, held_on=d("2023-03-10"), chair=chair)
        items = [meetings.add_to_agenda(march, m, by=office) for m in (a, b, c)]
        meetings.decide(items[0], by=office, outcome="assigned", lead_unit=u1.organization, due=d("2023-04-10"))
        meetings.decide(items[1], by=office, outcome="assigned", lead_unit=u2.organization, due=d("2023-04-10"))
        meetings.decide(items[2], by=office, outcome="deferred", decision="补充材料后再议")
    for m in (a, b):
        m.refresh_from_db()
    with on("2023-03-11"):
        services.acknowledge(b, by=u2)
    with on("2023-03-12"):
        services.acknowledge(a, by=u1)
    with on("2023-03-20"):
        services.respond(a, by=u1, content="已协调")
    with on("2023-03-25"):
        services.review(a, by=e1, satisfied=True)
    with on("2023-04-01"):
        services.respond(b, by=u2, content="已答复")
    with on("2023-04-03"):
        services.review(b, by=e1, satisfied=False, note="未落实")
    with on("2023-04-20"):
        services.respond(b, by=u2, content="已落实")
    with on("2023-04-25"):
        services.review(b, by=e1, satisfied=True)
    with on("2023-06-01"):
        dd = services.accept(f.matter(by=e3), by=office)
    with on("2023-06-15"):
        june = meetings.create_meeting(by=office, held_on=d("2023-06-15"), chair=chair)
        c.refresh_from_db()
        for m, unit in ((c, u1), (dd, u1)):
            item = meetings.add_to_agenda(june, m, by=office)
            meetings.decide(item, by=office, outcome="assigned", lead_unit=unit.organization, due=d("2023-07-15"))
    c.refresh_from_db()
    with on("2023-06-16"):
        services.acknowledge(c, by=u1)
    with on("2023-06-30"):
        services.respond(c, by=u1, content="正在推进")
    with on("2023-08-01"):
        e = services.accept(f.matter(by=e2), by=office)
        services.assign(e, by=office, lead_unit=u2.organization, due=d("2023-09-01"))
    with on("2023-08-02"):
        e.refresh_from_db()
        services.acknowledge(e, by=u2)
    with on("2023-08-05"):
        g = services.accept(f.matter(by=e2), by=office)
        services.assign(g, by=office, lead_unit=u2.organization, due=d("2023-09-05"))
    with on("2023-08-06"):
        g.refresh_from_db()
        services.send_back(g, by=u2, reason="不属本单位", approved_by=f.supervisor())
    with on("2023-09-01"):
        joint = meetings.create_meeting(by=office, kind="joint", held_on=d("2023-09-01"))
        meetings.add_to_agenda(joint, services.accept(f.matter(by=e2), by=office), by=office)
    return {"u1": u1.organization}


def figures(**filters):
    return matter_figures(scope_from(**filters))


def test_all_time_figures_equal_the_hand_count(history):
    assert figures() == {
        "meetings": 2,            # the joint meeting is not a 会商会
        "consulted": 4,           # A B C D (C counted once although on two agendas)
        "enterprises": 3,         # E1 E2 E3
        "being_assigned": 1,      # D
        "assigned": 5,            # A B C E G
        "resolved": 2,            # A B
        "resolution_rate": 40.0,
        "on_time_rate": 50.0,     # A by its deadline, B after it
        "satisfaction_rate": 66.7,  # A yes, B no then yes
        "reopen_rate": 50.0,      # B reopened, of 2 resolved
        "send_back_rate": 16.7,   # G, of 6 assignments
        "avg_days_to_resolve": 30.5,  # A 15 days, B 46 days
        "overdue": 2,             # D (not acknowledged) and E (in progress), deadlines passed
    }


def test_a_period_counts_only_what_falls_in_it(history):
    march = figures(date_from="2023-03-01", date_to="2023-03-31")
    assert {k: march[k] for k in ("meetings", "consulted", "enterprises", "being_assigned", "assigned", "resolved",
                                  "resolution_rate")} == {
        "meetings": 1, "consulted": 3, "enterprises": 2, "being_assigned": 0, "assigned": 2, "resolved": 2,
        "resolution_rate": 100.0}
    june = figures(date_from="2023-06-01", date_to="2023-06-30")
    assert (june["meetings"], june["consulted"], june["being_assigned"], june["assigned"], june["resolved"]) == (1, 2, 1, 1, 0)


def test_a_period_with_no_records_gives_zeros(history):
    empty = figures(date_from="1990-01-01", date_to="1990-12-31")
    assert set(empty.values()) == {0}


def test_region_filter_covers_the_regions_inside_it(history):
    weiyuan = figures(region="511024")
    assert (weiyuan["meetings"], weiyuan["consulted"], weiyuan["being_assigned"], weiyuan["assigned"]) == (0, 1, 1, 0)
    assert figures(region="511000")["consulted"] == 4


def test_unit_filter_counts_the_matters_the_unit_leads(history):
    u1 = figures(unit=history["u1"].pk)
    assert (u1["being_assigned"], u1["assigned"], u1["resolved"]) == (1, 2, 1)


def test_breakdowns_by_unit_and_month_add_up_to_the_totals(history):
    rows = breakdowns(scope_from())
    assert sum(row["assigned"] for row in rows["by_unit"]) == 5
    assert [(m["month"], m["assigned"], m["resolved"]) for m in rows["by_month"]] == [
        ("2023-03", 2, 2), ("2023-06", 1, 0), ("2023-08", 2, 0)]


def test_percent_rounds_half_up_to_one_decimal():
    assert (percent(95, 118), percent(1, 8), percent(0, 0), percent(2, 3)) == (80.5, 12.5, 0.0, 66.7)
