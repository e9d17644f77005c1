"""Exporting a ledger: the visible, filtered matters in the office layout, phone numbers masked by role."""

import pytest

from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast
from tests.ledgers.sheets import rows_of
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db

PHONE = "13812345678"


def world():
    people = cast()
    people.contact.phone = PHONE
    people.contact.save()
    assigned = f.assigned_matter(lead=people.handler.organization, by_office=people.office, by=people.contact,
                                 title="技工招聘难")
    other = f.matter(title="电价上涨", description="用电成本上升")
    return people, assigned, other


def test_the_ledger_has_the_office_layout_and_only_the_filtered_matters():
    people, assigned, other = world()
    response = signed_in(people.office).get("/ledgers/matters.xlsx", {"q": "技工"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    header, *rows = rows_of(response.content)
    assert header[:3] == ["序号", "事项编号", "企业名称"]
    assert {"问题描述", "责任单位", "办理时限", "办理进展", "办结情况"} <= set(header)
    assert [row[1] for row in rows] == [assigned.number]
    row = dict(zip(header, rows[0]))
    assert row["序号"] == 1 and row["责任单位"] == people.handler.organization.name
    assert row["联系电话"] == PHONE


def test_phone_numbers_are_masked_for_those_who_may_not_see_them():
    people, assigned, _other = world()
    for reader in (people.supervisor, people.handler, f.leader()):
        header, *rows = rows_of(signed_in(reader).get("/ledgers/matters.xlsx").content)
        phones = {dict(zip(header, row))["联系电话"] for row in rows if row[1] == assigned.number}
        assert phones == {"138****5678"}, reader.role


def test_a_ledger_holds_only_what_the_reader_may_see():
    people, assigned, other = world()
    header, *rows = rows_of(signed_in(people.handler).get("/ledgers/matters.xlsx").content)
    assert [row[1] for row in rows] == [assigned.number]


def test_the_api_exports_the_same_ledger_masked_by_role():
    people, assigned, _other = world()
    response = as_user(people.supervisor).get("/ledgers/matters.xlsx", q="技工")
    assert response.status_code == 200
    header, *rows = rows_of(response.content)
    assert [dict(zip(header, row))["联系电话"] for row in rows] == ["138****5678"]
    office_rows = rows_of(as_user(people.office).get("/ledgers/matters.xlsx", q="技工").content)
    assert dict(zip(office_rows[0], office_rows[1]))["联系电话"] == PHONE


def test_the_matter_list_offers_the_ledger_download_with_its_filters():
    people, _assigned, _other = world()
    page = signed_in(people.office).get("/matters/", {"q": "技工"}).content.decode()
    assert 'href="/ledgers/matters.xlsx?q=' in page
