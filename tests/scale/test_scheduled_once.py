"""Two workers sharing one queue (as on two application servers) run each scheduled job once, with the
queue in Redis (several machines) or in one SQLite file (several workers on one machine)."""

import datetime

import pytest
from huey import crontab
from huey.consumer import Scheduler

from huishang.core.queue import make_queue
from tests.scale.redis_server import running_redis

EIGHT_O_CLOCK = datetime.datetime(2026, 3, 2, 8, 0, 0)


@pytest.fixture(params=["redis", "sqlite"])
def shared_queue(request, tmp_path):
    """Makes queue objects that all use one storage, as the workers of two machines do."""
    if request.param == "redis":
        with running_redis(tmp_path) as url:
            yield lambda: make_queue(url=url, immediate=False)
    else:
        yield lambda: make_queue(url="", sqlite_file=tmp_path / "queue.sqlite3", immediate=False)


def two_servers_queues(shared_queue):
    """Two queue objects over one storage, each with the same periodic task, as two machines' workers have."""
    queues = [shared_queue() for _ in range(2)]
    ran = []

    def morning_round():
        ran.append(datetime.datetime.now())

    for queue in queues:
        queue.periodic_task(crontab(hour="8", minute="0"), name="morning_round")(morning_round)
    return queues, ran


def schedule_and_work(queues, now):
    """Each worker's scheduler looks at the clock at ``now``; then the workers run what is queued."""
    for queue in queues:
        Scheduler(queue, stop_flag=None, interval=1, periodic=True).enqueue_periodic_tasks(now)
    for queue in queues:
        while (task := queue.dequeue()) is not None:
            queue.execute(task)


def test_two_schedulers_on_one_queue_run_a_scheduled_job_once(shared_queue):
    queues, ran = two_servers_queues(shared_queue)
    schedule_and_work(queues, EIGHT_O_CLOCK)
    assert len(ran) == 1


def test_the_next_days_run_is_not_blocked_by_the_claim_of_the_day_before(shared_queue):
    queues, ran = two_servers_queues(shared_queue)
    for day in range(3):
        schedule_and_work(queues, EIGHT_O_CLOCK + datetime.timedelta(days=day))
    assert len(ran) == 3


def test_a_periodic_task_is_not_queued_outside_its_schedule(shared_queue):
    queues, ran = two_servers_queues(shared_queue)
    schedule_and_work(queues, EIGHT_O_CLOCK + datetime.timedelta(minutes=1))
    assert ran == []
