"""Makers for promotion tests."""

import datetime

from huishang.core import clock
from huishang.promotion import services
from tests import factories as f


def at(day: datetime.date):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(10, 0)))


def lead(office=None, *, day=datetime.date(2023, 3, 1), name="同程旅行", seats=0):
    office = office or f.office()
    with at(day):
        return services.open_lead(by=office, enterprise_name=name, project=f"{name}内江客服中心", region=f.region(),
                                  planned_seats=seats)
