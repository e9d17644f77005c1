"""Small makers for recruitment tests: the proofreader round, ID numbers, application data."""

import datetime
import itertools

from huishang.core import clock
from huishang.recruitment import services
from huishang.recruitment.identity import check_character
from huishang.recruitment.models import Education
from tests import factories as f

ANNOUNCED = datetime.date(2023, 11, 1)
DEADLINE = datetime.date(2023, 11, 15)
_serial = itertools.count(100)


def at(day: datetime.date, hour: int = 10):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour, 0)))


def id_number(born_on: datetime.date) -> str:
    first17 = f"511002{born_on:%Y%m%d}{next(_serial) % 1000:03d}"
    return first17 + check_character(first17)


def proofreader_round(office=None, **overrides):
    """The Neijiang Daily proofreader round of seed 004 (3 posts, junior college, born on or after 1983-01-01)."""
    office = office or f.office()
    fields = dict(
        title="内江日报社招聘校对人员公告", employer="内江日报社", post="校对人员", head_count=3, region=f.region(),
        announced_on=ANNOUNCED, deadline=DEADLINE, min_education=Education.JUNIOR_COLLEGE, full_time_required=True,
        born_on_or_after=datetime.date(1983, 1, 1), conditions_to_confirm="身体健康，适应夜班工作。",
        preferences="具有校对经验和媒体经验者优先。", written_weight=50, interview_weight=50,
    )
    fields.update(overrides)
    with at(ANNOUNCED, 9):
        return services.create_round(by=office, **fields)


def applicant(**overrides) -> dict:
    born_on = overrides.pop("born_on", datetime.date(1995, 6, 1))
    data = dict(name="李思雨", id_number=id_number(born_on), phone="13883201234", education=Education.BACHELOR,
                full_time=True, school="内江师范学院", major="汉语言文学", confirms_conditions=True)
    data.update(overrides)
    return data


def apply(round_, day=datetime.date(2023, 11, 5), hour=10, **overrides):
    with at(day, hour):
        return services.apply(round_=round_, **applicant(**overrides))
