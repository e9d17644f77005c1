"""The published list (公示) masks names and ID numbers, and exists only once published."""

import pytest

from huishang.recruitment.selectors import public_result
from tests.recruitment.published import published_round
from tests.recruitment.rounds import apply, proofreader_round

pytestmark = pytest.mark.django_db


def test_names_are_masked_in_the_published_list():
    round_, _office = published_round()
    assert [row["name"] for row in public_result(round_)] == ["欧**娜", "王*婷", "张*", "李*"]


def test_id_numbers_show_only_the_area_and_the_last_four():
    round_, _office = published_round()
    application = round_.applications.get(name="欧阳娜娜")
    row = public_result(round_)[0]
    assert row["id_number"] == application.id_number[:6] + "********" + application.id_number[-4:]
    assert application.id_number[6:14] not in row["id_number"]


def test_an_unpublished_round_has_no_public_list():
    round_ = proofreader_round()
    apply(round_)
    assert public_result(round_) == []


def test_the_public_page_shows_the_masked_list(client):
    round_, _office = published_round()
    page = client.get(f"/recruitment/rounds/{round_.pk}/result/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "欧**娜" in text and "欧阳娜娜" not in text
    assert round_.applications.get(name="张三").id_number not in text


def test_the_public_page_of_an_unpublished_round_is_not_found(client):
    round_ = proofreader_round()
    assert client.get(f"/recruitment/rounds/{round_.pk}/result/").status_code == 404
