"""Open311 GeoReport v2 as its clients meet it: the spec's paths, field names and error format."""

from xml.etree import ElementTree

import pytest

from huishang.suggestions.models import Suggestion
from huishang.suggestions.points import issue_client_key
from tests import factories as f
from tests.suggestions import helpers, worlds

pytestmark = pytest.mark.django_db
BASE = "/open311/v2"
REQUEST_FIELDS = {"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                  "agency_responsible", "requested_datetime", "updated_datetime", "address", "lat", "long", "media_url"}


def _create(client, **fields):
    data = {"service_code": "riverside", "description": "滨江步道夜间照明不足，建议延长亮灯时间。",
            "jurisdiction_id": helpers.YANGPU, "lat": "31.2560", "long": "121.5210", "address_string": "杨树浦路670号",
            "phone": "13912345678", "first_name": "建华", "last_name": "王", **fields}
    return client.post(f"{BASE}/requests.json", data, REMOTE_ADDR="10.1.1.1")


def test_services_are_listed_in_json_and_xml(client, world):
    rows = client.get(f"{BASE}/services.json").json()
    assert rows[0]["service_code"] == "riverside" and rows[0]["service_name"] == "滨江管理"
    assert {"metadata", "type", "keywords", "group", "description"} <= set(rows[0])
    root = ElementTree.fromstring(client.get(f"{BASE}/services.xml").content)
    assert root.tag == "services" and root.find("service/service_code").text == "riverside"


def test_a_request_is_created_and_answers_its_service_request_id(client, world):
    response = _create(client)
    assert response.status_code == 201
    number = response.json()[0]["service_request_id"]
    suggestion = Suggestion.objects.get(matter__number=number)
    assert suggestion.channel == "open311" and suggestion.contact_phone == "13912345678"
    assert str(suggestion.latitude) == "31.256000"


def test_a_created_request_is_read_back_open_in_json_and_xml(client, world):
    number = _create(client).json()[0]["service_request_id"]
    row = client.get(f"{BASE}/requests/{number}.json").json()[0]
    assert REQUEST_FIELDS <= set(row) and row["status"] == "open" and row["lat"] == 31.256
    assert "13912345678" not in str(row) and "建华" not in str(row)
    root = ElementTree.fromstring(client.get(f"{BASE}/requests/{number}.xml").content)
    assert root.tag == "service_requests" and root.find("request/service_request_id").text == number


def test_requests_are_listed_with_status_filters(client, world):
    cast = worlds.Cast()
    open_number = _create(client).json()[0]["service_request_id"]
    closed = worlds.submitted(title="另一条建议", phone="13700000000")
    worlds.answered(cast, closed)
    matter = closed.suggestion.matter
    matter.refresh_from_db()
    worlds.matter_services.review(matter, by=cast.supervisor, satisfied=True)
    rows = client.get(f"{BASE}/requests.json").json()
    assert {row["service_request_id"] for row in rows} == {open_number, closed.number}
    done = client.get(f"{BASE}/requests.json?status=closed").json()
    assert [row["service_request_id"] for row in done] == [closed.number]
    assert "切实可行" in done[0]["status_notes"]
    by_id = client.get(f"{BASE}/requests.xml?service_request_id={open_number}")
    assert ElementTree.fromstring(by_id.content).find("request/status").text == "open"


def test_errors_come_in_open311_format(client, world):
    missing = _create(client, description="")
    assert missing.status_code == 400
    assert missing.json()[0]["code"] == 400 and "description" in missing.json()[0]["description"]
    unknown = client.post(f"{BASE}/requests.xml", {"service_code": "nope", "description": "x"})
    root = ElementTree.fromstring(unknown.content)
    assert unknown.status_code == 400 and root.tag == "errors" and root.find("error/code").text == "400"
    assert client.get(f"{BASE}/requests/HS-1999-000001.json").json()[0]["code"] == 404


def test_a_wrong_api_key_is_refused_and_a_right_one_names_the_client(client, world):
    _client, key = issue_client_key(by=f.admin(), name="FixMyStreet", region=helpers.yangpu())
    assert _create(client, api_key="wrong").status_code == 403
    response = _create(client, api_key=key, jurisdiction_id="")
    assert response.status_code == 201
    assert Suggestion.objects.get().client.name == "FixMyStreet"


def test_a_keyed_client_is_not_held_to_the_per_address_limit_but_an_anonymous_one_is(client, world, settings):
    settings.HUISHANG_SUGGESTION_LIMITS = {"address": (1, 60)}
    _client, key = issue_client_key(by=f.admin(), name="FixMyStreet", region=helpers.yangpu())
    assert _create(client, phone="13900000001").status_code == 201
    assert _create(client, phone="13900000002").status_code == 429
    assert _create(client, phone="13900000003", api_key=key).status_code == 201
