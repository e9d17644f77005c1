"""The pipeline board, a lead's page and opening a lead in the web UI."""

import datetime

import pytest

from huishang.promotion.models import Lead, Stage
from tests import factories as f
from tests.promotion.leads import lead

pytestmark = pytest.mark.django_db


def test_the_board_shows_the_funnel_and_stale_leads(client):
    lead(day=datetime.date(2023, 3, 1))
    client.force_login(f.leader())
    page = client.get("/promotion/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "promotion-funnel-data" in text and "vendor/echarts/echarts.min.js" in text
    assert "is-stale" in text


def test_the_board_is_not_for_enterprises(client):
    client.force_login(f.enterprise_contact())
    assert client.get("/promotion/").status_code == 403


def test_the_office_opens_a_lead_on_the_form(client):
    office = f.office()
    client.force_login(office)
    answer = client.post("/promotion/leads/new/", {"enterprise_name": "同程旅行", "project": "客服中心",
                                                   "region": f.region().pk, "planned_seats": "0"})
    assert answer.status_code == 302
    assert Lead.objects.get().owner == office


def test_a_missing_project_comes_back_on_the_form(client):
    client.force_login(f.office())
    answer = client.post("/promotion/leads/new/", {"enterprise_name": "同程旅行", "region": f.region().pk})
    assert answer.status_code == 422
    assert not Lead.objects.exists()


def test_a_leader_cannot_open_a_lead(client):
    client.force_login(f.leader())
    assert client.get("/promotion/leads/new/").status_code == 403


def test_the_office_moves_a_lead_on_its_page(client):
    office = f.office()
    subject = lead(office)
    client.force_login(office)
    assert client.get(f"/promotion/leads/{subject.pk}/").status_code == 200
    answer = client.post(f"/promotion/leads/{subject.pk}/advance/",
                         {"to": "negotiating", "version": subject.version, "note": "进入洽谈"})
    assert answer.status_code == 302
    subject.refresh_from_db()
    assert subject.stage == Stage.NEGOTIATING


def test_a_supervisor_sees_the_lead_page_without_forms_and_cannot_post(client):
    subject = lead()
    client.force_login(f.supervisor())
    page = client.get(f"/promotion/leads/{subject.pk}/")
    assert page.status_code == 200 and b'data-action="advance"' not in page.content
    answer = client.post(f"/promotion/leads/{subject.pk}/advance/", {"to": "negotiating", "version": subject.version})
    assert answer.status_code == 403
