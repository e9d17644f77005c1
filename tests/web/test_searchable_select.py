"""Long choice lists are one searchable widget: a complete plain <select> marked data-searchable, which
static/web/searchable-select.js enhances and which works as it is without JavaScript; regions are a tree."""

from html.parser import HTMLParser

import pytest
from django import forms

from huishang.cases.states import State
from huishang.directory.models import Region
from huishang.web.forms.fields import RegionChoiceField
from tests import factories as f
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db


class _Selects(HTMLParser):
    """Every <select> of a page: its attributes and its options as (value, label, attributes)."""

    def __init__(self):
        super().__init__()
        self.selects, self._select, self._option = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "select":
            self._select = {"attrs": attrs, "options": []}
            self.selects[attrs["name"]] = self._select
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "", attrs]
            self._select["options"].append(self._option)

    def handle_data(self, data):
        if self._option is not None:
            self._option[1] += data

    def handle_endtag(self, tag):
        if tag == "option":
            self._option = None
        elif tag == "select":
            self._select = None


def select_named(response, name) -> dict:
    parser = _Selects()
    parser.feed(response.content.decode())
    return parser.selects[name]


def labels(select) -> list[str]:
    return [label for _value, label, _attrs in select["options"]]


def neijiang_tree() -> Region:
    """内江 with two districts and a street, under 四川省; and 永川 beside it, in another province."""
    sichuan = f.region("510000", "四川省")
    neijiang = f.region("511000", "内江市", parent=sichuan)
    shizhong = f.region("511002", "市中区", parent=neijiang)
    f.region("511011", "东兴区", parent=neijiang)
    f.region("511002001", "城西街道", parent=shizhong)
    f.region("500118", "永川区", parent=f.region("500000", "重庆市"))
    return neijiang


def test_the_assign_form_offers_the_units_in_plain_selects_marked_for_the_search_box():
    office = f.office()
    labour = f.unit("区人力资源和社会保障局")
    science = f.unit("区科技局")
    matter = f.accepted_matter(by_office=office)
    page = signed_in(office).get(f"/matters/{matter.number}/")
    lead = select_named(page, "assign-lead_unit")
    assert lead["attrs"]["data-searchable"] == "list" and "multiple" not in lead["attrs"]
    assert labels(lead)[0] == "— 请选择 —"
    assert {"区人力资源和社会保障局", "区科技局"} <= set(labels(lead))
    supporting = select_named(page, "assign-supporting_units")
    assert supporting["attrs"]["data-searchable"] == "list" and "multiple" in supporting["attrs"]
    assert {str(labour.pk), str(science.pk)} <= {value for value, _label, _attrs in supporting["options"]}
    # The box's own texts come with the page, in Chinese; the script holds none.
    assert (lead["attrs"]["data-no-results"], lead["attrs"]["data-clear-label"],
            supporting["attrs"]["data-remove-label"]) == ("没有匹配的选项", "清除", "移除")


def test_without_javascript_the_plain_selects_assign_the_chosen_units():
    office = f.office()
    f.unit("区人力资源和社会保障局")
    f.unit("区科技局")
    matter = f.accepted_matter(by_office=office)
    client = signed_in(office)
    page = client.get(f"/matters/{matter.number}/")
    value_of = {label: value for value, label, _attrs in select_named(page, "assign-lead_unit")["options"]}
    response = client.post(f"/matters/{matter.number}/assign/", {
        "assign-version": matter.version, "assign-lead_unit": value_of["区人力资源和社会保障局"],
        "assign-supporting_units": [value_of["区科技局"]], "assign-working_days": 10, "assign-note": "",
    })
    assert response.status_code == 302
    matter.refresh_from_db()
    assignment = matter.assignments.get()
    assert matter.state == State.ASSIGNED and assignment.lead_unit.name == "区人力资源和社会保障局"
    assert [unit.name for unit in assignment.supporting_units.all()] == ["区科技局"]


@pytest.mark.parametrize(("path", "name"), [
    ("/matters/new/", "enterprise"),
    ("/matters/", "unit"),
    ("/meetings/new/", "chair"),
])
def test_the_long_lists_of_the_core_forms_are_searchable(path, name):
    office = f.office()
    f.enterprise("内江华鑫机械有限公司")
    f.unit("区科技局")
    f.leader()
    page = signed_in(office).get(path)
    assert page.status_code == 200
    assert select_named(page, name)["attrs"]["data-searchable"] == "list"


@pytest.mark.parametrize("path", ["/matters/new/", "/matters/"])
def test_the_offices_region_choice_is_its_own_tree_in_code_order_with_full_names(path):
    office = f.office(scope=neijiang_tree())
    region = select_named(signed_in(office).get(path), "region")
    assert region["attrs"]["data-searchable"] == "tree"
    tree = [(label, attrs["title"], attrs["data-depth"]) for _value, label, attrs in region["options"][1:]]
    assert tree == [
        ("内江市", "四川省 › 内江市", "0"),
        ("\u3000市中区", "四川省 › 内江市 › 市中区", "1"),
        ("\u3000\u3000城西街道", "四川省 › 内江市 › 市中区 › 城西街道", "2"),
        ("\u3000东兴区", "四川省 › 内江市 › 东兴区", "1"),
    ]


def test_the_region_tree_reads_the_names_above_the_list_in_one_query_per_level(django_assert_num_queries):
    neijiang_tree()

    class PlaceForm(forms.Form):
        region = RegionChoiceField(queryset=Region.objects.filter(code="511002001"))

    with django_assert_num_queries(4):  # the street, then its district, its city and its province
        html = PlaceForm().as_p()
    assert 'title="四川省 › 内江市 › 市中区 › 城西街道"' in html and ">城西街道</option>" in html
