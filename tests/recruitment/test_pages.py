"""The recruitment pages: the public application form and tracking, the office's round page."""

import datetime

import pytest

from tests import factories as f
from tests.recruitment.published import published_round
from tests.recruitment.rounds import applicant, at, proofreader_round

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = applicant(**overrides)
    data["full_time"] = "yes" if data["full_time"] else "no"
    data["confirms_conditions"] = "on"
    return data


def test_the_application_form_shows_the_codes_once(client):
    round_ = proofreader_round()
    with at(datetime.date(2023, 11, 3)):
        page = client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data())
    assert page.status_code == 201
    application = round_.applications.get()
    assert application.tracking_number in page.content.decode()


def test_a_bad_id_number_comes_back_on_the_form(client):
    round_ = proofreader_round()
    with at(datetime.date(2023, 11, 3)):
        page = client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data(id_number="123"))
    assert page.status_code == 422
    assert not round_.applications.exists()


def test_a_closed_round_shows_no_form(client):
    round_ = proofreader_round()
    with at(datetime.date(2023, 11, 20)):
        page = client.get(f"/recruitment/rounds/{round_.pk}/apply/")
    assert b'name="id_number"' not in page.content


def test_the_round_page_is_for_staff_and_masks_id_numbers(client):
    round_, office = published_round()
    client.force_login(office)
    page = client.get(f"/recruitment/rounds/{round_.pk}/")
    assert page.status_code == 200
    assert round_.applications.first().id_number not in page.content.decode()
    client.force_login(f.enterprise_contact())
    assert client.get(f"/recruitment/rounds/{round_.pk}/").status_code == 403


def test_the_office_of_another_region_does_not_see_the_round(client):
    round_, _office = published_round()
    client.force_login(f.office(scope=f.region("500118", "永川区")))
    assert client.get(f"/recruitment/rounds/{round_.pk}/").status_code == 404


def test_the_office_reviews_on_the_round_page(client):
    office = f.office()
    round_ = proofreader_round(office)
    with at(datetime.date(2023, 11, 3)):
        client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data())
    application = round_.applications.get()
    client.force_login(office)
    answer = client.post(f"/recruitment/rounds/{round_.pk}/applications/{application.pk}/review/",
                         {f"r{application.pk}-decision": "reject"})
    assert answer.status_code == 422
    application.refresh_from_db()
    assert application.review == "pending"
    answer = client.post(f"/recruitment/rounds/{round_.pk}/applications/{application.pk}/review/",
                         {f"r{application.pk}-decision": "approve"})
    assert answer.status_code == 302
    application.refresh_from_db()
    assert application.review == "approved"
