"""A butler's workbench: enterprises in care, last visit, open matters, and visits due by the set frequency."""

import datetime

import pytest

from huishang.butlers import services
from huishang.butlers.models import ServiceArea
from huishang.butlers.selectors import workbench
from huishang.cases import services as matter_services
from huishang.core import clock
from tests import factories as f
from tests.butlers.people import butler_world
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def visit_on(world, day):
    with clock.frozen_at(datetime.datetime.combine(day, datetime.time(10))):
        services.record_visit(by=world.butler, enterprise=world.enterprise, visited_on=day, people_met="王总",
                              areas=[ServiceArea.NEEDS])


def test_an_enterprise_never_visited_is_due_today():
    world = butler_world()
    [row] = workbench(world.butler)
    assert row.last_visit is None and row.visit_due


def test_the_next_visit_falls_due_after_the_configured_number_of_days(settings):
    settings.HUISHANG_BUTLER_VISIT_DAYS = 10
    world = butler_world()
    visit_on(world, clock.today() - datetime.timedelta(days=9))
    [row] = workbench(world.butler)
    assert not row.visit_due and row.next_visit == clock.today() + datetime.timedelta(days=1)
    settings.HUISHANG_BUTLER_VISIT_DAYS = 9
    [row] = workbench(world.butler)
    assert row.visit_due


def test_the_workbench_counts_open_matters_and_leaves_out_resolved_ones():
    world = butler_world()
    f.matter(by=world.contact)
    f.matter(by=world.contact)
    rejected = f.matter(by=world.contact)
    matter_services.reject(rejected, by=world.office, reason="不属于受理范围")
    [row] = workbench(world.butler)
    assert row.open_matters == 2


def test_the_workbench_page_is_a_butlers_and_refused_to_others():
    world = butler_world()
    page = signed_in(world.butler).get("/butlers/")
    assert page.status_code == 200
    assert world.enterprise.name in text_of(page)
    for other in (world.office, world.contact, f.unit_handler()):
        assert signed_in(other).get("/butlers/").status_code == 403


def test_each_enterprise_shows_the_cards_of_its_open_matters_red_first_and_no_cleared_or_closed_ones():
    from huishang.supervision.models import Card

    world = butler_world()
    now = clock.now()
    red, yellow, cleared = (f.matter(by=world.contact) for _ in range(3))
    rejected = f.matter(by=world.contact)
    Card.objects.create(matter=yellow, level=Card.Level.YELLOW, reason="逾期", issued_at=now)
    Card.objects.create(matter=red, level=Card.Level.RED, reason="逾期超过10个工作日", issued_at=now)
    Card.objects.create(matter=cleared, level=Card.Level.WARNING, reason="临期", issued_at=now, cleared_at=now)
    Card.objects.create(matter=rejected, level=Card.Level.RED, reason="逾期", issued_at=now)
    matter_services.reject(rejected, by=world.office, reason="不属于受理范围")
    [row] = workbench(world.butler)
    assert [(card.matter, card.level) for card in row.cards] == [(red, "red"), (yellow, "yellow")]
    page = signed_in(world.butler).get("/butlers/").content.decode()
    assert page.count('data-card="red"') == 1 and page.count('data-card="yellow"') == 1
    assert f'href="/matters/{red.number}/"' in page


def test_an_enterprise_without_carded_matters_shows_no_card():
    world = butler_world()
    f.matter(by=world.contact)
    [row] = workbench(world.butler)
    assert row.cards == []
    assert "data-card=" not in signed_in(world.butler).get("/butlers/").content.decode()
