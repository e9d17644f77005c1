"""Suggestions brought to a given point of their life through the services."""

import datetime

from huishang.cases import services as matter_services
from huishang.core import clock
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting
from huishang.suggestions import services
from tests import factories as f
from tests.suggestions import helpers


class Cast:
    def __init__(self):
        region = helpers.yangpu()
        self.office = f.office(scope=region)
        self.unit = f.unit("杨浦区绿化和市容管理局", in_region=region)
        self.handler = f.unit_handler(of=self.unit)
        self.supervisor = f.supervisor(scope=region)


def submitted(title="滨江步道增设饮水点", phone="13812345678", **fields):
    return services.submit_suggestion(
        title=title, text="夏天跑步的人多，建议增设直饮水设施。", category="riverside", region=helpers.YANGPU,
        contact_name="王建华", contact_phone=phone, **helpers.solved(), **fields,
    )


def on_agenda(cast, receipt, held_on=None):
    matter = receipt.suggestion.matter
    matter_services.accept(matter, by=cast.office)
    meeting = meeting_services.create_meeting(
        by=cast.office, kind=Meeting.Kind.SYMPOSIUM, held_on=held_on or clock.today(), region=cast.office.region,
    )
    return meeting_services.add_to_agenda(meeting, matter, by=cast.office)


def decided(cast, receipt, outcome="adopted"):
    item = on_agenda(cast, receipt)
    return services.decide_suggestion(
        item, by=cast.office, outcome=outcome, reason="切实可行", lead_unit=cast.unit,
        due=clock.today() + datetime.timedelta(days=30),
    )


Receipt = services.Receipt


def answered(cast, receipt, outcome="adopted"):
    decision = decided(cast, receipt, outcome)
    matter = receipt.suggestion.matter
    matter.refresh_from_db()
    matter = matter_services.acknowledge(matter, by=cast.handler)
    matter_services.respond(matter, by=cast.handler, content="已新增直饮水点6处。")
    return decision
