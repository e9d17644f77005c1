"""Hot issues are grouped ahead by the worker and read from its last run: the job fills the table on the
shared queue's schedule, readers group nothing and make a fixed few queries, every reader sees only the
issues of its jurisdiction, and a page says when the run was made, or that none was made yet."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from huishang.core import clock
from huishang.insight import tasks
from huishang.insight.hot_runs import compute_hot_issues
from huishang.insight.models import HotIssue, HotIssueMatter, HotIssueRun
from huishang.core.queue import ScheduledOnce, queue
from tests import factories as f
from tests.api.client import as_user
from tests.insight.test_hot import NOISE, PARKING, moment, raise_matters

pytestmark = pytest.mark.django_db

# Complaints that share no words but 请尽快处理: each one an issue of its own.
TOPICS = ["供电线路老化", "污水管道堵塞", "公交站台破损", "菜市场油烟扰民", "工地夜间施工", "学校门口拥堵",
          "小区电梯故障", "公园座椅损坏", "企业用地审批慢", "职工子女入学难", "贷款利率偏高", "高校合作不畅"]


def matter_in(region, title, description, at):
    contact = f.enterprise_contact(of=f.enterprise(in_region=region))
    with clock.frozen_at(at):
        return f.matter(by=contact, title=title, description=description)


def grouped_keys(answer) -> set[str]:
    return {matter["key"] for issue in answer["issues"] for matter in issue["matters"]}


def test_the_workers_job_groups_the_newest_matters_into_the_table():
    first = raise_matters(f.office())
    run = compute_hot_issues()
    assert run.matters == 4  # the merged repeat is support, not a matter of its own
    parking = HotIssue.objects.get(run=run, members__matter=first[0])
    members = HotIssueMatter.objects.filter(issue=parking)
    assert sorted(members.values_list("matter", flat=True)) == sorted(matter.pk for matter in first)
    assert members.get(matter=first[0]).support == 1
    assert "停车费" in parking.label and parking.region == first[0].region


def test_the_worker_groups_hot_issues_every_15_minutes_on_the_shared_queue(monkeypatch):
    # ScheduledOnce: of several servers' workers on one queue, only one runs each scheduled minute
    # (tests/scale/test_scheduled_once.py proves it for any periodic task of this queue).
    assert isinstance(queue, ScheduledOnce)
    scheduled = tasks.group_hot_issues.s()
    assert scheduled.validate_datetime(datetime.datetime(2026, 3, 2, 8, 15))
    assert not scheduled.validate_datetime(datetime.datetime(2026, 3, 2, 8, 7))
    monkeypatch.setattr(queue, "immediate", True)
    raise_matters(f.office())
    tasks.group_hot_issues()
    assert HotIssueRun.objects.get().matters == 4


def test_the_api_answers_from_the_last_run_and_groups_nothing_itself():
    raise_matters(f.office())
    compute_hot_issues()
    reader = as_user(f.leader())
    before = reader.get("/insight/hot").json()
    later = matter_in(f.region(), NOISE[0][0], NOISE[0][1], moment(7))
    assert reader.get("/insight/hot").json()["issues"] == before["issues"]
    compute_hot_issues()
    assert later.number in grouped_keys(reader.get("/insight/hot").json())


def test_reading_hot_issues_takes_as_many_queries_for_many_issues_as_for_one():
    reader = as_user(f.leader())
    region = f.region()
    for day, (title, text) in enumerate(PARKING, 1):
        matter_in(region, title, text, moment(day))
    compute_hot_issues()
    reader.get("/insight/hot")  # the first request fills per-process caches
    with CaptureQueriesContext(connection) as few:
        reader.get("/insight/hot")
    for n, topic in enumerate(TOPICS):
        matter_in(region, topic, f"{topic}，请尽快处理。", moment(10 + n))
    compute_hot_issues()
    with CaptureQueriesContext(connection) as many:
        answer = reader.get("/insight/hot", top=20).json()
    assert len(answer["issues"]) > 10
    assert len(many) == len(few)


def test_a_period_counts_each_issue_within_it():
    region = f.region()
    early = [matter_in(region, title, text, moment(2)) for title, text in PARKING[:2]]
    late = matter_in(region, *PARKING[2], moment(20))
    compute_hot_issues()
    reader = as_user(f.leader())
    whole = reader.get("/insight/hot").json()["issues"][0]
    assert (whole["count"], whole["growth"]) == (3, -1)
    march_end = reader.get("/insight/hot", **{"from": "2026-03-15", "to": "2026-03-31"}).json()["issues"][0]
    assert (march_end["count"], [m["key"] for m in march_end["matters"]]) == (1, [late.number])
    assert {m["key"] for m in whole["matters"]} == {m.number for m in [*early, late]}


def test_each_reader_sees_only_the_issues_of_its_jurisdiction():
    neijiang, shizhong, yongchuan = f.two_served_places()
    inland = {matter_in(shizhong, title, text, moment(3)).number for title, text in PARKING}
    own = {matter_in(yongchuan, title, text, moment(4)).number for title, text in NOISE}
    compute_hot_issues()
    assert grouped_keys(as_user(f.office(scope=yongchuan)).get("/insight/hot").json()) == own
    assert grouped_keys(as_user(f.leader(scope=neijiang)).get("/insight/hot").json()) == inland
    assert grouped_keys(as_user(f.admin()).get("/insight/hot").json()) == inland | own
    outside = as_user(f.office(scope=yongchuan)).get("/insight/hot", region=neijiang.code)
    assert outside.status_code == 403 and outside.json()["field"] == "region"


def test_the_page_reads_the_run_within_the_readers_jurisdiction_and_says_when_it_was_made():
    neijiang, shizhong, yongchuan = f.two_served_places()
    inland = matter_in(shizhong, *PARKING[0], moment(3))
    own = matter_in(yongchuan, *NOISE[0], moment(4))
    with clock.frozen_at(moment(25)):
        compute_hot_issues()
    reader = Client()
    reader.force_login(f.office(scope=yongchuan))
    with clock.frozen_at(moment(25) + datetime.timedelta(minutes=10)):
        page = reader.get("/insight/hot/").content.decode()
    assert own.number in page and inland.number not in page
    assert "更新于 2026-03-25 10:00" in page and "超过" not in page


def test_before_the_first_run_the_page_and_the_api_say_it_is_being_computed():
    raise_matters(f.office())
    answer = as_user(f.leader()).get("/insight/hot")
    assert answer.status_code == 200
    assert answer.json() == {"status": "pending", "computed_at": None, "window_from": None, "window_to": None,
                             "issues": []}
    reader = Client()
    reader.force_login(f.leader())
    page = reader.get("/insight/hot/").content.decode()
    assert "计算中" in page and "更新于" not in page


def test_a_run_older_than_an_hour_is_still_read_and_marked_stale():
    first = raise_matters(f.office())
    with clock.frozen_at(moment(20)):
        compute_hot_issues()
    reader = Client()
    reader.force_login(f.leader())
    with clock.frozen_at(moment(20) + datetime.timedelta(minutes=59)):
        assert as_user(f.leader()).get("/insight/hot").json()["status"] == "current"
    with clock.frozen_at(moment(20) + datetime.timedelta(hours=2)):
        answer = as_user(f.leader()).get("/insight/hot").json()
        page = reader.get("/insight/hot/").content.decode()
    assert answer["status"] == "stale" and first[0].number in grouped_keys(answer)
    assert "huishang worker" in page and first[0].number in page


def test_only_the_last_two_runs_are_kept():
    raise_matters(f.office())
    runs = [compute_hot_issues() for _ in range(3)]
    assert set(HotIssueRun.objects.values_list("pk", flat=True)) == {runs[1].pk, runs[2].pk}
    assert set(HotIssue.objects.values_list("run", flat=True).distinct()) == {runs[1].pk, runs[2].pk}
    assert set(HotIssueMatter.objects.values_list("run", flat=True).distinct()) == {runs[1].pk, runs[2].pk}


def test_the_dashboards_top_list_reads_the_same_run_within_the_readers_jurisdiction():
    neijiang, shizhong, yongchuan = f.two_served_places()
    for title, text in PARKING:
        matter_in(shizhong, title, text, moment(3))
    for title, text in NOISE:
        matter_in(yongchuan, title, text, moment(4))
    reader = Client()
    reader.force_login(f.leader(scope=yongchuan))
    assert "计算中" in reader.get("/dashboard/").content.decode()
    compute_hot_issues()
    page = reader.get("/dashboard/").content.decode()
    noise = HotIssue.objects.get(region=yongchuan).label
    assert noise in page and HotIssue.objects.get(region=shizhong).label not in page
    assert "更新于" in page
