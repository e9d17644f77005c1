"""The matter list: only visible matters, filters that combine, pages."""

import pytest

from huishang.cases.states import State
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def numbers_on(response) -> set[str]:
    return {word for word in text_of(response).split() if word.startswith("HS-")}


def test_the_list_filters_by_state_kind_category_region_lead_unit_and_text_combined():
    people = cast()
    office = people.office
    talent = f.category("talent", "用工人才")
    f.category("finance", "融资")
    wanted = f.assigned_matter(lead=people.handler.organization, by_office=office, title="技工招聘困难",
                               category_code="talent", by=people.contact)
    other_unit = f.assigned_matter(by_office=office, title="技工招聘困难", category_code="talent", by=people.contact)
    other_category = f.assigned_matter(lead=people.handler.organization, by_office=office, title="技工招聘困难",
                                       category_code="finance", by=people.contact)
    other_words = f.assigned_matter(lead=people.handler.organization, by_office=office, title="电价上涨",
                                    description="用电成本上升", category_code="talent", by=people.contact)
    not_yet_assigned = f.accepted_matter(by_office=office, title="技工招聘困难", by=people.contact)
    elsewhere = f.assigned_matter(
        lead=people.handler.organization, by_office=office, title="技工招聘困难",
        by=f.enterprise_contact(f.enterprise(in_region=f.region("511024", "威远县", parent=f.region()))),
    )
    client = signed_in(office)
    everything = numbers_on(client.get("/matters/"))
    assert {wanted.number, other_unit.number, other_category.number, other_words.number,
            not_yet_assigned.number, elsewhere.number} <= everything
    narrowed = client.get("/matters/", {
        "state": State.ASSIGNED, "kind": "problem", "category": talent.code, "region": "511011",
        "unit": people.handler.organization.pk, "q": "招聘",
    })
    assert narrowed.status_code == 200
    assert numbers_on(narrowed) == {wanted.number}
    assert "共 1 件事项" in text_of(narrowed)


def test_the_list_shows_only_what_the_user_may_see():
    people = cast()
    own = matter_in(State.SUBMITTED, people)
    strangers = f.matter()
    assert numbers_on(signed_in(people.contact).get("/matters/")) == {own.number}
    assert strangers.number in numbers_on(signed_in(people.office).get("/matters/"))


def test_the_list_shows_number_title_enterprise_state_lead_unit_and_deadline():
    people = cast()
    matter = matter_in(State.ASSIGNED, people)
    text = text_of(signed_in(people.office).get("/matters/"))
    for shown in (matter.number, matter.title, matter.enterprise.name, "已交办", matter.lead_unit.name,
                  matter.due.isoformat()):
        assert shown in text


def test_the_list_is_paginated_and_keeps_the_filters_on_the_next_page():
    contact = f.enterprise_contact()
    for n in range(23):
        f.matter(by=contact, title=f"问题{n}")
    client = signed_in(f.office())
    first = client.get("/matters/", {"state": "submitted"})
    assert len(numbers_on(first)) == 20 and "第 1 页，共 2 页" in text_of(first)
    assert "?state=submitted&amp;page=2" in first.content.decode()
    second = client.get("/matters/", {"state": "submitted", "page": 2})
    assert len(numbers_on(second)) == 3


def test_an_unknown_filter_value_is_reported_and_not_guessed():
    people = cast()
    matter_in(State.SUBMITTED, people)
    response = signed_in(people.office).get("/matters/", {"category": "nonexistent"})
    assert response.status_code == 200
    assert "类别：" in text_of(response)
