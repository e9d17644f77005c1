"""A follow-up (回访) falling due tells the office and supervision accounts over its matter, once per follow-up."""

import datetime

import pytest

from huishang.cases.states import State
from huishang.notifications.models import Notification
from huishang.supervision import jobs
from huishang.supervision.models import FollowUp
from tests import factories as f
from tests.cases.worlds import cast, matter_in

pytestmark = pytest.mark.django_db


def test_a_follow_up_due_tells_the_office_and_the_supervisors_over_it_once(django_capture_on_commit_callbacks):
    people = cast()
    elsewhere = f.supervisor(scope=f.region("500118", "永川区"))
    matter = matter_in(State.RESOLVED, people)
    jobs.schedule_follow_ups()
    due = FollowUp.objects.get(matter=matter).due
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.announce_due_follow_ups(today=due - datetime.timedelta(days=1)) == 0
        assert jobs.announce_due_follow_ups(today=due) == 2
        assert jobs.announce_due_follow_ups(today=due + datetime.timedelta(days=1)) == 0
    told = Notification.objects.filter(event="supervision.follow_up_due")
    assert set(told.values_list("recipient", flat=True)) == {people.office.pk, people.supervisor.pk}
    assert elsewhere.pk not in told.values_list("recipient", flat=True)
    assert told.first().subject == f"事项 {matter.number} 回访到期"
    assert told.first().link == f"/matters/{matter.number}/"


def test_a_recorded_follow_up_tells_nobody():
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    jobs.schedule_follow_ups()
    follow_up = FollowUp.objects.get(matter=matter)
    FollowUp.objects.filter(pk=follow_up.pk).update(done_at=matter.resolved_at)
    assert jobs.announce_due_follow_ups(today=follow_up.due) == 0
