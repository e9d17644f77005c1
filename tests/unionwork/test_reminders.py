"""A task past its deadline and not done is reminded (催办) to its responsible body through the notifications
service, once per task and deadline, by the worker's daily job."""

import datetime

import pytest

from huishang.core.queue import load_app_tasks, run_daily_jobs
from huishang.notifications.models import Notification
from huishang.unionwork import jobs, services
from tests import factories as f
from tests.unionwork import makers as m

pytestmark = pytest.mark.django_db


def _reform_task(deadline=datetime.date(2024, 6, 30)):
    body, by = m.federation()
    hr = m.unit("重庆市永川区人力资源和社会保障局")
    member = services.add_member(by=by, group=m.reform_group(by, body), organization=hr)
    task = services.add_reform_task(by=by, member=member, title="开展技能人才评价", goal="", deadline=deadline)
    return task, f.unit_handler(of=hr), by


def test_a_reform_task_past_its_deadline_is_reminded_to_its_member_unit_once():
    task, handler, _by = _reform_task()
    with m.at(2024, 6, 30):
        assert jobs.remind_overdue() == 0  # due today: not yet overdue
    with m.at(2024, 7, 2):
        assert jobs.remind_overdue() == 1
        assert jobs.remind_overdue() == 0
    notice = Notification.objects.get(recipient=handler)
    assert notice.event == "unionwork.task_overdue" and "开展技能人才评价" in notice.subject
    assert "2024-06-30" in notice.body and "2" in notice.body
    assert notice.link == f"/unionwork/tasks/{task.pk}/"


def test_a_task_done_in_time_is_not_reminded():
    task, handler, _by = _reform_task()
    with m.at(2024, 6, 28):
        services.report_progress(by=handler, task=task, percent=100, note="已完成")
    with m.at(2024, 7, 2):
        assert jobs.remind_overdue() == 0
    assert not Notification.objects.exists()


def test_the_accounts_of_another_unit_are_not_reminded():
    task, handler, _by = _reform_task()
    stranger = f.unit_handler(of=m.unit())
    with m.at(2024, 7, 2):
        jobs.remind_overdue()
    assert Notification.objects.filter(recipient=handler).exists()
    assert not Notification.objects.filter(recipient=stranger).exists()


def test_a_draft_plans_tasks_are_not_reminded():
    body, by = m.federation()
    responsible = m.unit()
    handler = f.unit_handler(of=responsible)
    plan = services.create_plan(by=by, organiser=body, year=2024, title="2024年工会重点工作")
    services.add_plan_task(by=by, plan=plan, title="深化产改", goal="", responsible=responsible,
                           deadline=datetime.date(2024, 3, 1))
    with m.at(2024, 7, 2):
        assert jobs.remind_overdue() == 0
    assert not Notification.objects.filter(recipient=handler).exists()


def test_the_reminder_is_one_of_the_workers_daily_jobs():
    _task, handler, _by = _reform_task()
    load_app_tasks()  # what the worker does when it starts
    with m.at(2024, 7, 2):
        summaries = dict(run_daily_jobs())
    assert summaries["unionwork"] == "overdue task reminders 1"
