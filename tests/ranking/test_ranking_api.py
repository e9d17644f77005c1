"""The ranking through the API: GET /api/v1/ranking/months/{YYYY-MM} gives every unit's counted rates with
numerator and denominator, score and rank; the office publishes and corrects; a unit may not publish and reads
only published months; the scheme is read and set under /api/v1/ranking/scheme; jurisdiction holds."""

import datetime

import pytest

from tests import factories as f
from tests.api.client import as_user
from tests.ranking.ranking_world import at, history, lines  # noqa: F401 (history: a fixture)

pytestmark = pytest.mark.django_db
D = datetime.date
APRIL_10 = D(2024, 4, 10)


def test_the_month_gives_each_unit_its_rates_score_and_rank(history):
    client = as_user(history["office"])
    with at(APRIL_10, 9):
        answer = client.get("/ranking/months/2024-03")
    assert answer.status_code == 200, answer.content
    body = answer.json()
    building = lines(body)["城建局"]
    assert building["rates"]["solved_rate"] == {"value": 75.0, "numerator": 3, "denominator": 4}
    assert (building["kind"], building["score"], building["rank"]) == ("city", 85.42, 1)
    assert lines(body)["水务局"]["rank"] is None and body["published"] is False


def test_the_office_publishes_and_corrects_a_month(history):
    client = as_user(history["office"])
    with at(APRIL_10, 9):
        published = client.post("/ranking/months/2024-03/publish", {"summary": "三月"})
        again = client.post("/ranking/months/2024-03/publish", {})
        corrected = client.post("/ranking/months/2024-03/corrections", {"reason": "补录复核"})
    assert published.status_code == 201, published.content
    assert published.json()["versions"][0]["number"] == "〔2024〕1号"
    assert again.status_code == 409
    assert corrected.status_code == 201 and [v["version"] for v in corrected.json()["versions"]] == [2, 1]


def test_a_unit_cannot_publish_and_reads_only_published_months(history):
    client = as_user(history["handler"])
    with at(APRIL_10, 9):
        assert client.get("/ranking/months/2024-03?region=511000").status_code == 403
        assert client.post("/ranking/months/2024-03/publish?region=511000", {}).status_code == 403
        as_user(history["office"]).post("/ranking/months/2024-03/publish", {})
        answer = client.get("/ranking/months/2024-03", region="511000")
    assert answer.status_code == 200
    assert answer.json()["own_unit_id"] == history["building"].pk


def test_an_office_elsewhere_is_refused(history):
    elsewhere = as_user(f.office(f.region("500118", "永川区")))
    with at(APRIL_10, 9):
        assert elsewhere.get("/ranking/months/2024-03", region="511000").status_code == 403
        assert elsewhere.post("/ranking/months/2024-03/publish?region=511000", {}).status_code == 403


def test_a_malformed_month_names_the_field(history):
    answer = as_user(history["office"]).get("/ranking/months/2024-13")
    assert answer.status_code == 422 and answer.json()["field"] == "month"


def test_the_office_sets_the_scheme_and_the_month_follows_it(history):
    client = as_user(history["office"])
    assert client.get("/ranking/scheme", year=2024).json()["weights"] == {
        "response_rate": 10, "solved_rate": 45, "satisfaction_rate": 45}
    answer = client.call("PUT", "/ranking/scheme", {"year": 2024, "weights": {"send_back_rate": 1}, "fairly_weight": 1,
                                                    "grouping": "together", "flagged": 1, "closing_day": None})
    assert answer.status_code == 200, answer.content
    with at(APRIL_10, 9):
        body = client.get("/ranking/months/2024-03").json()
    assert {line["kind"] for line in body["units"]} == {"all"}
    assert lines(body)["城建局"]["rates"].keys() == {"send_back_rate"}
    refused = as_user(history["handler"]).call("PUT", "/ranking/scheme?region=511000", {
        "year": 2024, "weights": {"solved_rate": 1}, "fairly_weight": 1, "grouping": "together", "flagged": 1})
    assert refused.status_code == 403
    unknown = client.call("PUT", "/ranking/scheme", {"year": 2024, "weights": {"speed": 1}, "fairly_weight": 1,
                                                     "grouping": "together", "flagged": 1})
    assert unknown.status_code == 422


@pytest.mark.parametrize("path", ["/ranking/months/2024-03", "/ranking/scheme"])
def test_a_region_code_is_made_printable_before_it_is_looked_up_and_an_unknown_one_named(history, path):
    client = as_user(history["office"])
    with at(APRIL_10, 9):
        assert client.get(path, region="5110\x0000").json() == client.get(path, region="511000").json()
        unknown = client.get(path, region="51\x00")
    assert unknown.status_code == 422 and unknown.json()["field"] == "region"


def test_a_scheme_year_outside_2000_to_2100_is_refused_naming_the_year(history):
    answer = as_user(history["office"]).get("/ranking/scheme", year=10**20)
    assert answer.status_code == 422 and "year" in str(answer.json())
