"""Object-level access: a role's scope (own enterprise, own unit, own region) holds on every read and
write, in the web UI and the API alike; a record outside it is answered as if it did not exist."""

import pytest
from django.test import Client

from huishang.api.tokens import issue_token
from tests import factories as f
from tests.reliability.threads import api_caller

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    f.category()
    neijiang, chengdu = f.region(), f.region("510100", "成都市")
    ours, theirs = f.enterprise(in_region=f.district()), f.enterprise(in_region=f.region("510104", "锦江区", chengdu))
    our_unit, their_unit = f.unit(in_region=neijiang), f.unit(in_region=neijiang)
    office = f.office(scope=neijiang)
    our_matter = f.assigned_matter(by=f.enterprise_contact(of=ours), lead=our_unit, by_office=office)
    their_contact = f.enterprise_contact(of=theirs)
    their_matter = f.matter(by=their_contact)
    return {
        "our_matter": our_matter, "their_matter": their_matter, "their_contact": their_contact,
        "contact": f.enterprise_contact(of=ours), "handler": f.unit_handler(of=our_unit),
        "other_handler": f.unit_handler(of=their_unit), "office": office,
        "other_office": f.office(scope=chengdu),
    }


def _web(user, path, method="get"):
    client = Client()
    client.force_login(user)
    return getattr(client, method)(path)


def _api_get(user, path):
    key, _token = issue_token(user)
    return Client().get(f"/api/v1{path}", headers={"Authorization": f"Bearer {key}"})


@pytest.mark.parametrize("reader, matter, may", [
    ("contact", "our_matter", True),
    ("contact", "their_matter", False),
    ("handler", "our_matter", True),
    ("other_handler", "our_matter", False),
    ("office", "our_matter", True),
    ("office", "their_matter", False),
    ("other_office", "their_matter", True),
    ("other_office", "our_matter", False),
])
def test_a_matter_is_read_only_within_the_readers_scope_on_the_web_and_the_api(world, reader, matter, may):
    user, subject = world[reader], world[matter]
    page = _web(user, f"/matters/{subject.number}/")
    api = _api_get(user, f"/matters/{subject.number}")
    supervision = _web(user, f"/supervision/matters/{subject.number}/remind/", "post")
    assert (page.status_code == 200) is may and (page.status_code == 404) is not may
    assert (api.status_code == 200) is may and (api.status_code == 404) is not may
    if not may:
        assert supervision.status_code == 404
        assert subject.number not in _web(user, "/matters/").content.decode()


def test_an_enterprise_contact_cannot_act_on_another_enterprises_matter(world):
    act = api_caller(world["contact"])
    theirs = world["their_matter"]
    for path, body in (("review", {"satisfied": True, "solved": True}), ("accept", {}), ("respond", {"content": "x"})):
        response = act(f"/matters/{theirs.number}/{path}", body)
        assert response.status_code == 404, (path, response.content)
    theirs.refresh_from_db()
    assert theirs.state == "submitted" and theirs.version == 1


def test_a_unit_handler_cannot_answer_a_matter_assigned_to_another_unit(world):
    response = api_caller(world["other_handler"])(f"/matters/{world['our_matter'].number}/acknowledge", {})
    assert response.status_code == 404
    world["our_matter"].refresh_from_db()
    assert world["our_matter"].state == "assigned"


def test_an_office_cannot_accept_a_matter_of_another_region(world):
    response = api_caller(world["office"])(f"/matters/{world['their_matter'].number}/accept", {})
    assert response.status_code == 404
    world["their_matter"].refresh_from_db()
    assert world["their_matter"].state == "submitted"


def test_the_matter_list_of_the_api_holds_only_the_callers_matters(world):
    numbers = {item["number"] for item in _api_get(world["contact"], "/matters").json()["items"]}
    assert world["our_matter"].number in numbers and world["their_matter"].number not in numbers
