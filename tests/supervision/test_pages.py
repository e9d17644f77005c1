"""The supervision board, its Excel export, the matter page's supervision panel, the unit's workbench cards
and the notifications page, through the web client; and the same actions over the API."""

import datetime
import io

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from openpyxl import load_workbook

from huishang.cases.states import State
from huishang.notifications.models import Notification
from huishang.supervision.cards import compute_cards
from huishang.supervision.models import ExtensionRequest, Reminder
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast, matter_in
from tests.supervision.conftest import handed_out
from tests.web.pages import section_of, signed_in, text_of

pytestmark = pytest.mark.django_db
YESTERDAY = datetime.date.today() - datetime.timedelta(days=1)


@pytest.fixture
def world():
    """One overdue, yellow-carded matter and one resolved one, of the same unit."""
    people = cast()
    overdue = handed_out(people, on=YESTERDAY - datetime.timedelta(days=20), due=YESTERDAY)
    matter_in(State.RESOLVED, people)
    compute_cards()
    return people, overdue


def test_the_supervisor_sees_overdue_and_carded_matters_and_the_unit_ranking(world):
    people, overdue = world
    response = signed_in(people.supervisor).get("/supervision/")
    assert response.status_code == 200
    assert overdue.number in section_of(response, "carded") and "黄牌" in section_of(response, "carded")
    assert overdue.number in section_of(response, "overdue")
    ranking = section_of(response, "ranking")
    assert people.handler.organization.name in ranking and "50.0" in ranking


@pytest.mark.parametrize("role", ["unit", "enterprise", "office", "butler"])
def test_the_board_is_refused_to_roles_that_do_not_supervise(world, role):
    people, _overdue = world
    user = {"unit": people.handler, "enterprise": people.contact, "office": people.office,
            "butler": f.user("butler")}[role]
    assert signed_in(user).get("/supervision/").status_code == 403
    assert signed_in(user).get("/supervision/export.xlsx").status_code == 403


def test_a_leader_reads_the_board(world):
    assert signed_in(f.leader()).get("/supervision/").status_code == 200


def test_the_board_exports_to_an_excel_workbook_with_chinese_headers(world):
    people, overdue = world
    response = signed_in(people.supervisor).get("/supervision/export.xlsx")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["单位排名", "超期事项", "亮牌"]
    ranking = list(book["单位排名"].values)
    assert ranking[0][:2] == ("排名", "牵头单位") and ranking[1][1] == people.handler.organization.name
    assert list(book["亮牌"].values)[1][:3] == (overdue.number, overdue.title, "黄牌")


def test_the_matter_page_shows_the_card_and_working_days_and_the_supervisor_reminds_from_it(world):
    people, overdue = world
    client = signed_in(people.supervisor)
    page = client.get(f"/matters/{overdue.number}/")
    panel = section_of(page, "supervision")
    assert "黄牌" in panel and "已超期" in panel and "剩余工作日" in panel
    assert 'data-action="remind"' in page.content.decode()
    response = client.post(f"/supervision/matters/{overdue.number}/remind/", {"note": "请本周办结"}, follow=True)
    assert "已催办责任单位。" in text_of(response)
    assert Reminder.objects.get(matter=overdue).note == "请本周办结"


def test_the_unit_page_offers_an_extension_request_and_no_supervisor_form(world):
    people, overdue = world
    client = signed_in(people.handler)
    html = client.get(f"/matters/{overdue.number}/").content.decode()
    assert 'data-action="extension-request"' in html and 'data-action="remind"' not in html
    later = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    response = client.post(f"/supervision/matters/{overdue.number}/extension/", {"requested_due": later, "reason": "需审批"})
    assert response.status_code == 302 and ExtensionRequest.objects.filter(matter=overdue).exists()
    response = client.post(f"/supervision/matters/{overdue.number}/remind/", {"note": "自己催自己"}, follow=True)
    assert "只有督查组可以执行此操作。" in text_of(response) and not Reminder.objects.exists()


def test_a_refused_form_names_what_is_missing_and_saves_nothing(world):
    people, overdue = world
    response = signed_in(people.supervisor).post(f"/supervision/matters/{overdue.number}/remind/", {"note": ""},
                                                 follow=True)
    assert "请填写备注。" in text_of(response) and not Reminder.objects.exists()


def test_the_units_workbench_lists_its_carded_matters(world):
    people, overdue = world
    section = section_of(signed_in(people.handler).get("/"), "cards")
    assert overdue.number in section and "黄牌" in section
    other_unit = signed_in(f.unit_handler()).get("/")
    assert overdue.number not in section_of(other_unit, "cards")


def test_notifications_are_listed_to_their_recipient_and_marked_read(world):
    people, overdue = world
    client = signed_in(people.supervisor)
    client.post(f"/supervision/matters/{overdue.number}/remind/", {"note": "请本周办结"})
    handler = signed_in(people.handler)
    assert "催办：事项" in text_of(handler.get("/notifications/"))
    handler.post("/notifications/read/")
    assert not Notification.objects.filter(recipient=people.handler, read_at=None).exists()
    assert "催办：事项" not in text_of(client.get("/notifications/"))


def _api(user):
    return as_user(user)


def test_the_api_gives_a_deadline_in_working_days_and_a_matters_supervision(world):
    people, overdue = world
    api = _api(people.supervisor)
    assert api.call("GET", "/supervision/deadline", working_days=1).status_code == 200
    bad = api.call("GET", "/supervision/deadline", working_days=0)
    assert bad.status_code == 422 and bad.json()["field"] == "working_days"
    body = api.call("GET", f"/supervision/matters/{overdue.number}").json()
    assert body["overdue"] is True and body["cards"][0]["level"] == "yellow"


def test_the_api_reminds_for_a_supervisor_and_refuses_a_unit(world):
    people, overdue = world
    assert _api(people.supervisor).call(
        "POST", f"/supervision/matters/{overdue.number}/reminders", {"note": "请办结"}).status_code == 201
    refused = _api(people.handler).call("POST", f"/supervision/matters/{overdue.number}/reminders", {"note": "x"})
    assert refused.status_code == 403 and refused.json()["code"] == "not_allowed"


def test_the_api_carries_an_extension_request_from_the_unit_to_the_supervisors_decision(world):
    people, overdue = world
    later = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    created = _api(people.handler).call(
        "POST", f"/supervision/matters/{overdue.number}/extension-requests", {"requested_due": later, "reason": "需审批"})
    assert created.status_code == 201
    pk = created.json()["id"]
    assert _api(people.handler).call("POST", f"/supervision/extension-requests/{pk}/decision",
                                     {"approve": True}).status_code == 403
    decided = _api(people.supervisor).call("POST", f"/supervision/extension-requests/{pk}/decision", {"approve": True})
    assert decided.json()["status"] == "approved"
    overdue.refresh_from_db()
    assert overdue.due.isoformat() == later


def test_a_supervisor_reopens_a_resolved_matter_from_its_page_and_a_unit_is_not_offered_it():
    people = cast()
    resolved = matter_in(State.RESOLVED, people)
    assert 'data-action="reopen"' not in signed_in(people.handler).get(f"/matters/{resolved.number}/").content.decode()
    client = signed_in(people.supervisor)
    assert 'data-action="reopen"' in client.get(f"/matters/{resolved.number}/").content.decode()
    response = client.post(f"/matters/{resolved.number}/reopen/",
                           {"reopen-version": resolved.version, "reopen-reason": "回访发现问题未解决"})
    assert response.status_code == 302
    resolved.refresh_from_db()
    assert resolved.state == State.IN_PROGRESS


def test_the_bell_counts_the_users_unread_notifications(world):
    people, overdue = world
    signed_in(people.supervisor).post(f"/supervision/matters/{overdue.number}/remind/", {"note": "请本周办结"})
    request = RequestFactory().get("/")
    request.user = people.handler
    bell = Template("{% load notifications %}{% notification_bell %}").render(Context({"request": request}))
    assert 'data-unread="1"' in bell
    request.user = people.contact
    assert 'data-unread="0"' in Template("{% load notifications %}{% notification_bell %}").render(
        Context({"request": request}))
