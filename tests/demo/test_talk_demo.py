"""The demo's talk (约谈): a unit flagged in July 2023's 通报 was talked to, did one commitment and let the
other pass its date, and its handler's bell holds the reminder."""

import pytest

from huishang.notifications.models import Notification
from huishang.ranking import talks
from huishang.ranking.models import Commitment, Talk

pytestmark = pytest.mark.django_db


def test_the_demo_holds_a_talk_with_a_flagged_unit_one_commitment_done_and_one_overdue(demo_world):
    talk = Talk.objects.get()
    assert talks.line_of(talks.latest_publication(month=talk.month, region=talk.region), talk.unit_id)["flagged"]
    commitments = list(talk.commitments.order_by("due"))
    assert [c.done_at is not None for c in commitments] == [True, False]
    assert talk.month.isoformat() == "2023-07-01" and talk.region.code == "511000"
    assert Commitment.objects.filter(done_at=None).count() == 1


def test_the_overdue_commitment_is_in_its_units_bell(demo_world):
    talk = Talk.objects.get()
    overdue = talk.commitments.get(done_at=None)
    reminders = Notification.objects.filter(event="ranking.commitment_overdue", key__contains=f":{overdue.pk}:")
    assert reminders.exists() and {row.recipient.organization_id for row in reminders} == {talk.unit_id}
