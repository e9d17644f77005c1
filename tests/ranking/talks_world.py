"""What the talk (约谈) tests share: 内江's office, a unit flagged at the bottom of a published month and one
ranked above it, their handlers, and a talk recorded with that unit."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from huishang.core import clock
from huishang.directory.models import Organization, Region, User
from huishang.ranking import talks
from huishang.ranking.models import PublishedMonth, Talk
from tests import factories as f

OCTOBER = datetime.date(2026, 10, 1)
NOVEMBER = datetime.date(2026, 11, 1)
PUBLISHED_ON = datetime.date(2026, 11, 3)
HELD_ON = datetime.date(2026, 11, 10)


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def published(month: datetime.date, region: Region, lines: list[tuple[Organization, int | None, bool]], *,
              by: User, on: datetime.date, version: int = 1, reason: str = "") -> PublishedMonth:
    """A month of ``region`` as published on ``on``: each (unit, rank, flagged) line, frozen as the ranking keeps it."""
    units = [{"unit": unit.name, "unit_id": unit.pk, "kind": "city", "rates": {}, "rank": rank,
              "score": None if rank is None else 100.0 - 10 * rank, "flagged": flagged}
             for unit, rank, flagged in lines]
    end = (month + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    number = PublishedMonth.objects.count() + 1
    scheme = {"region": region.code, "year": month.year, "weights": {}, "fairly_weight": 1.0, "grouping": "by_level",
              "flagged": 1, "closing_day": None}
    return PublishedMonth.objects.create(
        month=month, region=region, version=version, reason=reason, number=number, period_start=month,
        period_end=end, published_by=by, published_at=at(on), scheme=scheme,
        ranking={"month": f"{month:%Y-%m}", "region": region.code, "units": units, "scheme": scheme,
                 "period": {"from": month.isoformat(), "to": end.isoformat()}},
    )


@dataclass
class World:
    city: Region
    office: User
    flagged: Organization
    handler: User
    ranked: Organization
    ranked_handler: User
    october: PublishedMonth


def world() -> World:
    """October 2026 of 内江 published on 3 November: 内江市住建局 ranked 2nd and flagged, 内江市交通局 1st."""
    city = f.region()
    office = f.office(city)
    flagged, ranked = f.unit("内江市住建局", in_region=city), f.unit("内江市交通局", in_region=city)
    october = published(OCTOBER, city, [(ranked, 1, False), (flagged, 2, True)], by=office, on=PUBLISHED_ON)
    return World(city=city, office=office, flagged=flagged, handler=f.unit_handler(flagged), ranked=ranked,
                 ranked_handler=f.unit_handler(ranked), october=october)


def promises(*dues: datetime.date) -> list[talks.Promise]:
    return [talks.Promise(f"第{n}项整改：三个工作日内回复群众诉求", due) for n, due in enumerate(dues, start=1)]


def talk_with(w: World, *, dues=(datetime.date(2026, 11, 30), datetime.date(2027, 1, 15))) -> Talk:
    """The office's talk with the flagged unit on 10 November, recorded that afternoon."""
    with clock.frozen_at(at(HELD_ON, 16)):
        return talks.record_talk(
            by=w.office, unit=w.flagged, month=OCTOBER, region=w.city, held_on=HELD_ON, chaired_by="市政务服务局 王副局长",
            attendees="内江市住建局 李局长、张科长", problems="10月响应率偏低，3件诉求超期未办结。", commitments=promises(*dues))
