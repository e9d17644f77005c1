import datetime

import pytest

from huishang.meetings import services as meeting_services
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def today() -> str:
    return datetime.date.today().isoformat()


def test_the_office_schedules_a_meeting_numbered_in_its_year():
    client = as_user(f.office())
    first = client.post("/meetings", {"held_on": "2024-04-02", "location": "区政府三楼会议室"})
    second = client.post("/meetings", {"held_on": "2024-04-16"})
    assert first.status_code == 201
    assert (first.json()["sequence"], second.json()["sequence"]) == (1, 2)
    assert second.json()["title"] == "2024年第二次企业化解难题问题会商会"
    assert first.json()["kind"] == "consultation"
    assert first.json()["agenda"] == []


def test_an_enterprise_cannot_schedule_meetings():
    response = as_user(f.enterprise_contact()).post("/meetings", {"held_on": today()})
    assert response.status_code == 403


def test_a_meeting_without_a_date_answers_422_naming_held_on():
    response = as_user(f.office()).post("/meetings", {"title": "会商会"})
    assert response.status_code == 422
    assert response.json()["field"] == "held_on"


def test_meetings_are_listed_within_the_readers_region():
    home, elsewhere = f.region(), f.region("500118", "永川区")
    office = f.office(scope=home)
    meeting_services.create_meeting(by=office, held_on=datetime.date(2024, 4, 2))
    meeting_services.create_meeting(by=f.office(scope=elsewhere), held_on=datetime.date(2024, 4, 3))
    listing = as_user(office).get("/meetings").json()
    assert [meeting["region"]["code"] for meeting in listing] == [home.code]


def test_an_enterprise_sees_only_its_own_matters_on_a_shared_agenda():
    office = f.office()
    contact_a, contact_b = f.enterprise_contact(), f.enterprise_contact()
    own = f.accepted_matter(by=contact_a, by_office=office)
    foreign = f.accepted_matter(by=contact_b, by_office=office)
    meeting = f.consultation(by=office)
    for matter in (own, foreign):
        meeting_services.add_to_agenda(meeting, matter, by=office)
    unrelated = f.consultation(by=office)
    client = as_user(contact_a)

    assert [row["id"] for row in client.get("/meetings").json()] == [meeting.pk]
    agenda = client.get(f"/meetings/{meeting.pk}").json()["agenda"]
    assert [item["matter"]["id"] for item in agenda] == [own.pk]
    assert client.get(f"/meetings/{unrelated.pk}").status_code == 404
    assert len(as_user(office).get(f"/meetings/{meeting.pk}").json()["agenda"]) == 2


def test_a_submitted_matter_cannot_go_on_the_agenda():
    office = f.office()
    meeting = f.consultation(by=office)
    matter = f.matter()
    response = as_user(office).post(f"/meetings/{meeting.pk}/agenda", {"matter": matter.pk})
    assert response.status_code == 409


def test_an_unknown_matter_for_the_agenda_answers_422_naming_matter():
    office = f.office()
    meeting = f.consultation(by=office)
    response = as_user(office).post(f"/meetings/{meeting.pk}/agenda", {"matter": "HS-1999-000009"})
    assert response.status_code == 422
    assert response.json()["field"] == "matter"


def test_removing_an_undecided_item_returns_the_matter_to_accepted():
    office = f.office()
    meeting = f.consultation(by=office)
    matter = f.accepted_matter(by_office=office)
    client = as_user(office)
    item = client.post(f"/meetings/{meeting.pk}/agenda", {"matter": matter.number}).json()
    assert client.delete(f"/meetings/{meeting.pk}/agenda/{item['id']}").status_code == 204
    assert client.get(f"/matters/{matter.pk}").json()["state"] == "accepted"
    assert client.get(f"/meetings/{meeting.pk}").json()["agenda"] == []


def test_a_deferred_item_cannot_be_decided_again():
    office = f.office()
    meeting = f.consultation(by=office)
    item = meeting_services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office)
    client = as_user(office)
    path = f"/meetings/{meeting.pk}/agenda/{item.pk}/decision"
    deferred = client.post(path, {"outcome": "deferred", "decision": "待调研后再议"})
    assert deferred.status_code == 200
    assert deferred.json()["outcome"] == "deferred"
    assert client.post(path, {"outcome": "deferred"}).status_code == 409


def test_assigning_at_a_meeting_without_a_lead_unit_answers_422_naming_lead_unit():
    office = f.office()
    meeting = f.consultation(by=office)
    item = meeting_services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office)
    due = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
    response = as_user(office).post(
        f"/meetings/{meeting.pk}/agenda/{item.pk}/decision", {"outcome": "assigned", "due": due}
    )
    assert response.status_code == 422
    assert response.json()["field"] == "lead_unit"


def test_an_item_of_another_meeting_answers_404():
    office = f.office()
    meeting, other = f.consultation(by=office), f.consultation(by=office)
    item = meeting_services.add_to_agenda(other, f.accepted_matter(by_office=office), by=office)
    response = as_user(office).delete(f"/meetings/{meeting.pk}/agenda/{item.pk}")
    assert response.status_code == 404
