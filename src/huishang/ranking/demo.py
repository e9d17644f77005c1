"""The monthly unit ranking in the Neijiang demo: the office's 2023 scheme, the rankings of July, August and
September 2023 published (通报) early the month after, each counted from the seed's records as they stood,
and October left open for the office to publish."""

import datetime

from django.utils import timezone

from huishang.core import clock
from huishang.directory.models import Region, User
from huishang.ranking import selectors, services

DEMO_USERNAMES: set[str] = set()

PLACE = "511000"
WEIGHTS = {"response_rate": 10, "solved_rate": 40, "satisfaction_rate": 40, "acknowledge_on_time_rate": 10}
SCHEME_SET = datetime.datetime(2023, 6, 20, 9, 0)
# Published months and the moment each was published; October 2023 stays open.
PUBLISHED = [(datetime.date(2023, 7, 1), datetime.datetime(2023, 8, 8, 10, 0)),
             (datetime.date(2023, 8, 1), datetime.datetime(2023, 9, 8, 10, 0)),
             (datetime.date(2023, 9, 1), datetime.datetime(2023, 10, 10, 10, 0))]
OPEN_MONTH = datetime.date(2023, 10, 1)


def _summary(month: datetime.date, region: Region) -> str:
    ranking = selectors.compute_ranking(month=month, region=region)
    ranked = [line for line in ranking["units"] if line["rank"] is not None]
    flagged = [line["unit"] for line in ranked if line["flagged"]]
    text = (f"{month.year}年{month.month}月，全市{len(ranking['units'])}家责任单位中{len(ranked)}家有考核事项并参与排名，"
            f"其余单位本月无事项，不参与排名。")
    if flagged:
        text += f"\n{'、'.join(flagged)}位列末位，请于通报后10个工作日内接受约谈并提交整改承诺。"
    return text


def build_demo(accounts, rng) -> None:
    """内江's 2023 scheme and three published months, built by its office through the services."""
    office = User.objects.get(username="office")
    region = Region.objects.get(code=PLACE)
    with clock.frozen_at(timezone.make_aware(SCHEME_SET)):
        services.update_scheme(by=office, region=region, year=2023, weights=WEIGHTS, fairly_weight="0.8",
                               grouping="by_level", flagged=2, closing_day=None)
    for month, moment in PUBLISHED:
        with clock.frozen_at(timezone.make_aware(moment)):
            services.publish(by=office, month=month, region=region, summary=_summary(month, region))
