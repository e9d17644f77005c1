"""Open311 GeoReport v2 driven by a client nobody here wrote: the `georeport` package (PyPI), over HTTP,
against a live server, in JSON and in XML; and every error, whatever its kind, is Open311's error list."""

import json
from xml.etree import ElementTree

import georeport
import pytest
import requests

from huishang.directory.models import Region
from huishang.suggestions.models import Suggestion
from tests.suggestions import helpers

pytestmark = pytest.mark.django_db(transaction=True)
FORMATS = ("json", "xml")
REQUEST = {"service_code": "riverside", "description": "滨江步道夜间照明不足，建议延长亮灯时间。",
           "lat": "31.2560", "long": "121.5210", "address_string": "杨树浦路670号", "phone": "13912345678",
           "first_name": "建华", "last_name": "王"}


@pytest.fixture
def endpoint(live_server, world):
    return f"{live_server.url}/open311/v2"


def post_request(endpoint, fmt, **fields):
    """georeport has no method that creates a request: POST the spec's form fields by hand."""
    return requests.post(f"{endpoint}/requests.{fmt}", data={**REQUEST, **fields}, timeout=30)


def created_id(response, fmt) -> str:
    assert response.status_code == 201, response.text
    if fmt == "json":
        return response.json()[0]["service_request_id"]
    return ElementTree.fromstring(response.content).find("request/service_request_id").text


def open311_errors(response, fmt) -> list[dict]:
    """The response as GeoReport v2's error list, or a failed assertion saying what came instead."""
    kind = response.headers["Content-Type"]
    if fmt == "json":
        assert kind.startswith("application/json"), (kind, response.text[:200])
        rows = response.json()
    else:
        assert kind.startswith("text/xml"), (kind, response.text[:200])
        root = ElementTree.fromstring(response.content)
        assert root.tag == "errors"
        rows = [{"code": int(item.findtext("code")), "description": item.findtext("description")}
                for item in root.findall("error")]
    assert rows and all(set(row) == {"code", "description"} and row["description"] for row in rows), rows
    assert rows[0]["code"] == response.status_code
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_client_lists_services_posts_a_request_and_reads_it_back_alone_and_in_the_list(endpoint, fmt):
    client = georeport.GeoReport(endpoint, jurisdiction=helpers.YANGPU, output_format=fmt)
    services = client.get_service_list()
    service = services if isinstance(services, dict) else services[0]  # xmltodict: one element is a dict
    assert service["service_code"] == "riverside" and service["service_name"] == "滨江管理"

    number = created_id(post_request(endpoint, fmt, jurisdiction_id=helpers.YANGPU), fmt)

    one = client.get_service_request(number)
    assert one["service_request_id"] == number and one["status"] == "open"
    assert one["service_code"] == "riverside" and one["address"] == "杨树浦路670号"
    assert float(one["lat"]) == 31.256 and float(one["long"]) == 121.521
    assert "13912345678" not in json.dumps(one, ensure_ascii=False)
    listed = client.get_service_requests()
    listed = [listed] if isinstance(listed, dict) else listed
    assert [row["service_request_id"] for row in listed] == [number]
    if fmt == "json":  # the client cannot read an empty XML list (xmltodict gives None)
        assert client.get_service_requests(status="closed") == []


def test_jurisdiction_id_may_be_left_out_where_the_deployment_serves_one(endpoint):
    client = georeport.GeoReport(endpoint)
    assert client.get_service_list()[0]["service_code"] == "riverside"
    number = created_id(post_request(endpoint, "json"), "json")
    assert client.get_service_request(number)["service_request_id"] == number
    assert Suggestion.objects.get().matter.region.code == "310000"


def test_a_known_jurisdiction_id_narrows_the_list_to_requests_inside_it(endpoint):
    number = created_id(post_request(endpoint, "json", jurisdiction_id=helpers.YANGPU), "json")
    inside = georeport.GeoReport(endpoint, jurisdiction=helpers.YANGPU).get_service_requests()
    assert [row["service_request_id"] for row in inside] == [number]
    Region.objects.create(code="310101", name="黄浦区", parent=Region.objects.get(code="310000"))
    assert georeport.GeoReport(endpoint, jurisdiction="310101").get_service_requests() == []


# --- every kind of error, through the client where it has a method, else by hand ------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unknown_jurisdiction_id_on_get_is_an_error_not_ignored(endpoint, fmt):
    client = georeport.GeoReport(endpoint, jurisdiction="999999", output_format=fmt)
    for call in (client.get_service_list, client.get_service_requests, lambda: client.get_service_request("x")):
        with pytest.raises(requests.HTTPError) as refused:
            call()
        assert "jurisdiction_id" in open311_errors(refused.value.response, fmt)[0]["description"]
        assert refused.value.response.status_code == 400


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_service_definition_that_does_not_exist_is_a_404_error_list(endpoint, fmt):
    client = georeport.GeoReport(endpoint, output_format=fmt)
    for code in ("riverside", "no-such-service"):
        with pytest.raises(requests.HTTPError) as refused:
            client.get_service_definition(code)
        assert refused.value.response.status_code == 404
        open311_errors(refused.value.response, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_paths_and_a_request_that_does_not_exist_are_404_error_lists(endpoint, fmt):
    for path in (f"nothing-here.{fmt}", f"requests/HS-1999-000001.{fmt}", f"services/x/y.{fmt}"):
        response = requests.get(f"{endpoint}/{path}", timeout=30)
        assert response.status_code == 404
        open311_errors(response, fmt)


def test_an_unknown_format_is_a_404_error_list_in_json_or_as_the_accept_header_asks(endpoint):
    assert open311_errors(requests.get(f"{endpoint}/services.html", timeout=30), "json")[0]["code"] == 404
    as_xml = requests.get(f"{endpoint}/requests.csv", headers={"Accept": "text/xml"}, timeout=30)
    assert open311_errors(as_xml, "xml")[0]["code"] == 404


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_method_an_endpoint_does_not_take_is_a_405_error_list_with_allow(endpoint, fmt):
    for method, path in (("DELETE", f"requests.{fmt}"), ("POST", f"services.{fmt}"), ("PUT", f"requests/X.{fmt}")):
        response = requests.request(method, f"{endpoint}/{path}", timeout=30)
        assert response.status_code == 405 and "GET" in response.headers["Allow"]
        open311_errors(response, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_oversized_body_is_a_413_error_list_and_stores_nothing(endpoint, fmt, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = post_request(endpoint, fmt, description="很长的描述" * 5_000)
    assert response.status_code == 413
    open311_errors(response, fmt)
    assert not Suggestion.objects.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_request_without_any_location_is_refused(endpoint, fmt):
    response = post_request(endpoint, fmt, lat="", long="", address_string="")
    assert response.status_code == 400
    assert "location" in open311_errors(response, fmt)[0]["description"]
    half = post_request(endpoint, fmt, long="", address_string="")
    assert half.status_code == 400 and "lat" in open311_errors(half, fmt)[0]["description"]
    assert not Suggestion.objects.exists()


def test_any_one_location_is_enough(endpoint):
    created_id(post_request(endpoint, "json", address_string="", phone="13900000001"), "json")
    created_id(post_request(endpoint, "json", lat="", long="", phone="13900000002"), "json")
    created_id(post_request(endpoint, "json", lat="", long="", address_string="", address_id="YP-0670",
                            phone="13900000003"), "json")
    assert sorted(Suggestion.objects.values_list("address", flat=True)) == ["", "YP-0670", "杨树浦路670号"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_too_many_requests_is_a_429_error_list_with_retry_after(endpoint, fmt, settings):
    settings.HUISHANG_SUGGESTION_LIMITS = {"address": (1, 60)}
    created_id(post_request(endpoint, fmt, phone="13900000001"), fmt)
    response = post_request(endpoint, fmt, phone="13900000002")
    assert response.status_code == 429
    open311_errors(response, fmt)
    assert 0 < int(response.headers["Retry-After"]) <= 3600


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_server_error_is_a_500_error_list(endpoint, fmt, settings):
    # A real fault, not a stand-in: a limit misconfigured by the operator breaks the intake.
    settings.HUISHANG_SUGGESTION_LIMITS = {"address": None}
    response = post_request(endpoint, fmt)
    assert response.status_code == 500
    assert open311_errors(response, fmt)[0]["description"] == "internal server error"
    assert not Suggestion.objects.exists()
