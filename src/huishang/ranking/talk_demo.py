"""The talk (约谈) in the Neijiang demo: 内江's office talks with a unit its July 2023 通报 flagged at the bottom
(the demo unit handler's own unit when it is flagged), a week after publishing; of the two commitments the unit
made, it has done the first and let the second pass its date, so the morning job reminds it in its bell."""

import datetime

from django.utils import timezone

from huishang.core import clock
from huishang.directory.models import Organization, Region, Role, User
from huishang.ranking import talks
from huishang.ranking.demo import PLACE, PUBLISHED
from huishang.ranking.models import PublishedMonth

DEMO_USERNAMES: set[str] = set()

MONTH = PUBLISHED[0][0]
HELD = datetime.datetime(2023, 8, 15, 15, 0)
DONE = datetime.datetime(2023, 8, 30, 11, 0)
COMMITMENTS = [("对7月超期未办结的诉求逐件复核，10个工作日内全部办结并回访。", datetime.date(2023, 8, 31)),
               ("建立诉求办理日调度机制，签收、首次联系均在时限内完成，9月响应率达到95%以上。", datetime.date(2023, 9, 30))]


def _flagged_unit(published: PublishedMonth):
    """The flagged unit the demo talks with: the demo unit handler's when flagged, else the lowest with a handler."""
    handled = set(User.objects.filter(role=Role.UNIT, is_active=True).values_list("organization_id", flat=True))
    flagged = [line for line in published.ranking["units"] if line["flagged"] and line["unit_id"] in handled]
    own = User.objects.filter(username="unit").values_list("organization_id", flat=True).first()
    flagged.sort(key=lambda line: (line["unit_id"] != own, -(line["rank"] or 0)))
    return flagged[0]["unit_id"] if flagged else None


def build_demo(accounts, rng) -> None:
    """The talk, its commitments (one done, one overdue) and the reminders the morning job has sent since."""
    office = User.objects.get(username="office")
    region = Region.objects.get(code=PLACE)
    published = talks.latest_publication(month=MONTH, region=region)
    unit_id = _flagged_unit(published) if published else None
    if unit_id is None:
        return
    unit = Organization.objects.get(pk=unit_id)
    with clock.frozen_at(timezone.make_aware(HELD)):
        talk = talks.record_talk(
            by=office, unit=unit, month=MONTH, region=region, held_on=HELD.date(),
            chaired_by="内江市政务服务管理局 副局长", attendees=f"{unit.name} 主要负责人、分管负责人、12345工作联络员；市政务服务管理局督查科",
            problems="7月份响应率、解决率均低于全市平均，3件诉求超期未办结，部分诉求未在时限内首次联系群众。",
            commitments=[talks.Promise(content, due) for content, due in COMMITMENTS])
    handler = User.objects.filter(role=Role.UNIT, is_active=True, organization=unit).order_by("pk").first()
    with clock.frozen_at(timezone.make_aware(DONE)):
        talks.mark_done(talk.commitments.order_by("due").first(), by=handler, note="7月超期诉求已全部办结，回访满意。")
    talks.remind_overdue_commitments(today=clock.today())
