"""Reminders and digests go out once each through a real SMTP server on loopback (aiosmtpd); the scheduled
jobs are idempotent; the queue runs them (huey, immediate mode) and ``huishang worker --once`` too."""

import datetime

import pytest
from django.core.management import call_command

from huishang.cases.states import State
from huishang.core import clock
from huishang.core.queue import queue
from huishang.notifications.models import Notification
from huishang.supervision import jobs, services
from huishang.supervision.models import Card, FollowUp, Reminder
from tests.cases.worlds import cast, matter_in
from tests.notifications.loopback import inbox  # noqa: F401  (the SMTP server on loopback)
from tests.supervision.conftest import at, handed_out

D = datetime.date
pytestmark = pytest.mark.django_db
DUE = D(2024, 3, 18)
LATE = D(2024, 3, 20)


def _with_email(user):
    user.email = f"{user.username}@example.cn"
    user.save()
    return user


def test_a_supervisors_reminder_is_mailed_to_the_unit_handler(inbox, django_capture_on_commit_callbacks):
    people = cast()
    _with_email(people.handler)
    matter = matter_in(State.IN_PROGRESS, people)
    with django_capture_on_commit_callbacks(execute=True):
        services.remind(matter, by=people.supervisor, note="请于本周内办结")
    assert inbox.subjects(people.handler.email) == [f"催办：事项 {matter.number} 需要贵单位办理"]
    assert "请于本周内办结" in inbox.messages[0][1].get_payload(decode=True).decode("utf-8")
    assert Notification.objects.get(recipient=people.handler).emailed_at is not None


def test_automatic_reminders_are_sent_once_a_day_however_often_the_job_runs(inbox, django_capture_on_commit_callbacks):
    people = cast()
    _with_email(people.handler)
    matter = handed_out(people, due=DUE)
    with clock.frozen_at(at(LATE)), django_capture_on_commit_callbacks(execute=True):
        jobs.compute_cards(today=LATE)
        assert jobs.send_due_reminders(today=LATE) == 1
        assert jobs.send_due_reminders(today=LATE) == 0
    assert len(inbox.subjects(people.handler.email)) == 1
    assert Reminder.objects.filter(matter=matter).count() == 1
    with clock.frozen_at(at(LATE + datetime.timedelta(days=1))), django_capture_on_commit_callbacks(execute=True):
        assert jobs.send_due_reminders(today=LATE + datetime.timedelta(days=1)) == 1
    assert len(inbox.subjects(people.handler.email)) == 2


def test_the_daily_digest_is_sent_once_per_supervisor_and_day(inbox, django_capture_on_commit_callbacks):
    people = cast()
    _with_email(people.supervisor)
    handed_out(people, due=DUE)
    with clock.frozen_at(at(LATE)), django_capture_on_commit_callbacks(execute=True):
        jobs.compute_cards(today=LATE)
        assert jobs.send_daily_digest(today=LATE) == 1
        assert jobs.send_daily_digest(today=LATE) == 0
    subjects = inbox.subjects(people.supervisor.email)
    assert subjects == ["督查日报 2024-03-20"]
    body = inbox.messages[0][1].get_payload(decode=True).decode("utf-8")
    assert "超期事项：1" in body and "黄牌：1" in body


def test_follow_ups_are_scheduled_once_per_resolution_within_five_working_days():
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    assert jobs.schedule_follow_ups() == 1
    assert jobs.schedule_follow_ups() == 0
    row = FollowUp.objects.get(matter=matter)
    assert row.due > matter.resolved_at.date() and row.done_at is None


def test_running_the_whole_daily_round_twice_sends_nothing_twice():
    people = cast()
    handed_out(people, due=DUE)
    with clock.frozen_at(at(LATE)):
        first = jobs.run_daily(today=LATE)
        second = jobs.run_daily(today=LATE)
    assert first["reminders"] == 1 and first["digests"] == 1 and first["cards"]["issued"] == 1
    assert second == {"cards": {"issued": 0, "cleared": 0}, "reminders": 0, "follow_ups": 0, "follow_ups_due": 0,
                      "digests": 0}


def test_the_queue_runs_the_daily_round_as_a_task(monkeypatch):
    from huishang.supervision import tasks

    monkeypatch.setattr(queue, "immediate", True)
    people = cast()
    matter = handed_out(people, due=datetime.date.today())
    result = tasks.run_daily_now()
    assert result()["cards"]["issued"] == 1
    assert Card.objects.get(matter=matter).level == Card.Level.WARNING


def test_the_worker_command_runs_the_daily_jobs_once(capsys):
    handed_out(due=datetime.date.today())
    call_command("worker", "--once")
    assert "cards issued 1" in capsys.readouterr().out
