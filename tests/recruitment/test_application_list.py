"""A round's applications on its page: sorted by number, name or review, filtered by review and by the
automatic check, paged by twenty, the last filter remembered for that round."""

import datetime
import re

import pytest

from huishang.recruitment import services
from tests import factories as f
from tests.recruitment.rounds import apply, at, proofreader_round
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def numbers_in_order(response) -> list[str]:
    return re.findall(r'data-application="([^"]+)"', response.content.decode())


def round_of_three():
    office = f.office()
    round_ = proofreader_round(office)
    apply(round_, name="王五", hour=9)
    apply(round_, name="丁一", hour=10)
    apply(round_, name="李四", hour=11, born_on=datetime.date(1980, 1, 1))  # too old: fails the automatic check
    wang, ding, li = round_.applications.order_by("submitted_at")
    return office, round_, wang, ding, li


def test_a_rounds_applications_sort_by_name_and_by_number_both_ways():
    office, round_, wang, ding, li = round_of_three()
    client = signed_in(office)
    url = f"/recruitment/rounds/{round_.pk}/"
    assert numbers_in_order(client.get(url)) == [wang.tracking_number, ding.tracking_number, li.tracking_number]
    by_name = {a.name: a.tracking_number for a in (wang, ding, li)}
    # 丁 (U+4E01), 李 (U+674E), 王 (U+738B): by the characters' code, as the database compares them.
    assert numbers_in_order(client.get(url, {"sort": "name"})) == [by_name["丁一"], by_name["李四"], by_name["王五"]]
    assert numbers_in_order(client.get(url, {"sort": "-name"})) == [by_name["王五"], by_name["李四"], by_name["丁一"]]
    numbers = sorted(by_name.values())
    assert numbers_in_order(client.get(url, {"sort": "number"})) == numbers
    assert numbers_in_order(client.get(url, {"sort": "-number"})) == numbers[::-1]
    assert numbers_in_order(client.get(url, {"sort": "id_number"})) == [
        wang.tracking_number, ding.tracking_number, li.tracking_number]


def test_a_rounds_applications_filter_by_review_and_by_the_automatic_check():
    office, round_, wang, ding, li = round_of_three()
    with at(datetime.date(2023, 11, 16)):
        services.review_application(wang, by=office, approve=True)
    client = signed_in(office)
    url = f"/recruitment/rounds/{round_.pk}/"
    assert numbers_in_order(client.get(url, {"eligible": "no"})) == [li.tracking_number]
    assert numbers_in_order(client.get(url, {"review": "approved"})) == [wang.tracking_number]
    assert numbers_in_order(client.get(url, {"review": "pending", "eligible": "yes"})) == [ding.tracking_number]


def test_a_rounds_applications_page_by_twenty_and_the_rounds_filter_is_remembered_until_cleared():
    office = f.office()
    round_ = proofreader_round(office)
    for n in range(22):
        apply(round_, name=f"申请人{n:02d}", hour=8 + n % 10, day=datetime.date(2023, 11, 2 + n // 10))
    other_round = proofreader_round(office)
    client = signed_in(office)
    url = f"/recruitment/rounds/{round_.pk}/"
    first = client.get(url, {"eligible": "yes", "sort": "-name"})
    assert len(numbers_in_order(first)) == 20 and "第 1 页，共 2 页" in text_of(first)
    second = client.get(url, {"eligible": "yes", "sort": "-name", "page": 2})
    names = {a.tracking_number: a.name for a in round_.applications.all()}
    assert [names[n] for n in numbers_in_order(second)] == ["申请人01", "申请人00"]
    bare = client.get(url)
    assert bare.status_code == 302 and bare["Location"] == f"{url}?eligible=yes&sort=-name"
    assert client.get(f"/recruitment/rounds/{other_round.pk}/").status_code == 200  # each round its own
    assert client.get(url, {"clear": "1"})["Location"] == url
    assert client.get(url).status_code == 200


def test_the_office_of_another_region_sorting_a_round_still_does_not_see_it():
    _office, round_, *_ = round_of_three()
    client = signed_in(f.office(scope=f.region("500118", "永川区")))
    assert client.get(f"/recruitment/rounds/{round_.pk}/", {"sort": "name", "eligible": "yes"}).status_code == 404
