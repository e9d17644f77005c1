"""Yongchuan in April 2024: the butlers and their enterprises, the CPPCC survey and the risk screening."""

import datetime

from huishang.cases import services
from huishang.cases.models import Category
from huishang.core import clock
from huishang.demo import organisations, people, seed_yongchuan as seed
from huishang.demo.accounts import Accounts
from huishang.demo.shapes import Raised
from huishang.directory.models import Organization, Role
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting


def _survey_meeting(office, district) -> None:
    """The survey's discussion (调研座谈会); its problems are taken in as matters, not put on an agenda."""
    with clock.frozen_at(datetime.datetime.combine(seed.SURVEY_DAY, datetime.time(14, 30))):
        meeting = meeting_services.create_meeting(
            by=office, kind=Meeting.Kind.SYMPOSIUM, held_on=seed.SURVEY_DAY, region=district,
            title=seed.SURVEY_TITLE, location="永川区政协会议室", attendees=seed.SURVEY_ATTENDEES,
        )
        meeting_services.record_minutes(meeting, by=office, minutes=seed.SURVEY_MINUTES)


def _raise(raised: Raised, users: dict, enterprises: dict, categories: dict[str, Category], position: int) -> None:
    by = users[raised.raised_by]
    moment = datetime.datetime.combine(raised.day, datetime.time(9, 0)) + datetime.timedelta(minutes=25 * position)
    with clock.frozen_at(moment):
        matter = services.submit_matter(
            by=by, title=raised.title, description=raised.description, category=categories[raised.category],
            enterprise=enterprises[raised.enterprise], source=raised.source, kind=raised.kind,
        )
    if raised.accepted:
        accepted_at = datetime.datetime.combine(seed.ACCEPTED_ON, datetime.time(9, 0))
        with clock.frozen_at(accepted_at + datetime.timedelta(minutes=position)):
            services.accept(matter, by=users[seed.OFFICE_ACCOUNT[0]])


def build_yongchuan(rng, accounts: Accounts, categories: dict[str, Category]) -> None:
    """The district, its union, office, departments, butlers and enterprises, and what they raised."""
    municipality = organisations.region(*seed.MUNICIPALITY)
    district = organisations.region(*seed.DISTRICT, parent=municipality)
    organisations.organisation(Organization.Kind.UNION, seed.UNION[0], short_name=seed.UNION[1], in_region=district)
    office_org = organisations.organisation(
        Organization.Kind.OFFICE, seed.SERVICE_OFFICE[0], short_name=seed.SERVICE_OFFICE[1], in_region=district
    )
    units = {
        unit.key: organisations.organisation(Organization.Kind.UNIT, unit.name, short_name=unit.short_name,
                                             in_region=district)
        for unit in seed.UNITS
    }
    codes = organisations.CreditCodes(rng)
    enterprises = {
        name: organisations.enterprise(
            name, in_region=district, industry=industry,
            credit_code=codes.next(region_code=seed.DISTRICT[0], prefix=prefix),
        )
        for name, industry, prefix in seed.ENTERPRISES
    }
    users = {
        seed.OFFICE_ACCOUNT[0]: accounts.demo(
            seed.OFFICE_ACCOUNT[0], role=Role.OFFICE, name=seed.OFFICE_ACCOUNT[1], organization=office_org,
            region=district, phone=people.mobile_number(rng),
        )
    }
    for unit in seed.UNITS:
        accounts.demo(unit.handler_username, role=Role.UNIT, name=unit.handler_name, organization=units[unit.key],
                      phone=people.mobile_number(rng))
    for butler in seed.BUTLERS:
        user = accounts.demo(butler.username, role=Role.BUTLER, name=butler.name, organization=units[butler.unit],
                             region=district, phone=people.mobile_number(rng))
        user.enterprises_in_care.set([enterprises[name] for name in butler.enterprises])
        users[butler.username] = user

    _survey_meeting(users[seed.OFFICE_ACCOUNT[0]], district)
    raised_in_order = sorted(seed.SURVEY_MATTERS + seed.BUTLER_VISIT_MATTERS + seed.RISK_MATTERS, key=lambda r: r.day)
    for position, raised in enumerate(raised_in_order):
        _raise(raised, users, enterprises, categories, position)
