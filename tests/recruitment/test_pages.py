"""The recruitment pages: the public application form and tracking, the office's round page."""

import datetime
import re

import pytest

from tests import factories as f
from tests.recruitment.published import published_round
from tests.recruitment.rounds import applicant, at, id_number, proofreader_round
from tests.web.pages import text_of

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


def _without_codes(page) -> str:
    """The page as a reader sees it, less what differs on every receipt: the two codes."""
    text = text_of(page)
    for code in re.findall(r'data-receipt="\w+"><strong>([^<]+)</strong>', page.content.decode()):
        text = text.replace(code, "…")
    return text


def test_an_id_number_that_already_applied_gets_the_same_answer_and_no_second_application(client):
    round_ = proofreader_round()
    number = id_number(datetime.date(1994, 3, 8))
    with at(datetime.date(2023, 11, 3)):
        first = client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data(id_number=number))
        stranger = client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data(
            id_number=number, name="冒名者", phone="13900000000"))
        nobody_yet = client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data(
            id_number=id_number(datetime.date(1994, 3, 8)), name="冒名者", phone="13900000000"))
    assert first.status_code == stranger.status_code == nobody_yet.status_code == 201
    assert _without_codes(stranger) == _without_codes(nobody_yet)
    assert "如此前已用同一身份证号报名，以原报名为准" in text_of(stranger)
    assert "已报名" not in text_of(stranger).replace("如此前已用同一身份证号报名", "")
    assert round_.applications.count() == 2
    assert round_.applications.filter(name="李思雨").count() == 1


def _codes(page) -> dict:
    html = page.content.decode()
    return {key: re.search(rf'data-receipt="{key}"><strong>([^<]+)</strong>', html).group(1)
            for key in ("tracking_number", "follow_up_code")}


def test_the_tracker_shows_a_receipt_of_a_form_sent_again_like_any_new_application(client):
    round_ = proofreader_round()
    number = id_number(datetime.date(1994, 3, 8))
    with at(datetime.date(2023, 11, 3)):
        client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data(id_number=number))
        again = _codes(client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data(id_number=number)))
        new = _codes(client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data(
            id_number=id_number(datetime.date(1994, 3, 8)))))
        pages = [client.post("/recruitment/track/", {"tracking_number": codes["tracking_number"],
                                                     "follow_up_code": codes["follow_up_code"]})
                 for codes in (again, new)]
    assert [page.status_code for page in pages] == [200, 200]
    texts = [text_of(page).replace(codes["tracking_number"], "…") for page, codes in zip(pages, (again, new))]
    assert texts[0] == texts[1] and "待审查" in texts[0]


def test_the_tracker_refuses_an_address_that_looks_up_too_often(client, settings):
    settings.HUISHANG_SUGGESTION_LIMITS = {"job_track": (3, 60)}
    round_ = proofreader_round()
    with at(datetime.date(2023, 11, 3)):
        codes = _codes(client.post(f"/recruitment/rounds/{round_.pk}/apply/", form_data()))
    guess = {"tracking_number": codes["tracking_number"], "follow_up_code": "WRONG234"}
    answers = [client.post("/recruitment/track/", guess, REMOTE_ADDR="203.0.113.9").status_code for _ in range(3)]
    assert answers == [404, 404, 404]
    refused = client.post("/recruitment/track/", codes, REMOTE_ADDR="203.0.113.9")
    assert refused.status_code == 429 and round_.applications.get().tracking_number not in text_of(refused)
    assert client.post("/recruitment/track/", codes, REMOTE_ADDR="10.0.0.5").status_code == 200
