"""Long choice lists are one searchable widget: a complete plain <select> marked data-searchable, which
static/web/searchable-select.js enhances and which works as it is without JavaScript; regions are a tree."""

import importlib
import pkgutil
from html.parser import HTMLParser

import pytest
from django import forms

import huishang
from huishang.cases.models import Category
from huishang.cases.states import State
from huishang.directory.models import Organization, Region
from huishang.web.forms.fields import RegionChoiceField, UnitChoiceField, UnitsChoiceField
from huishang.web.forms.widgets import SEARCHABLE
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


# --- every app's forms ---------------------------------------------------------------------------------

# Lists of records that stay short wherever the product is deployed, so a plain select serves them best.
SHORT_LISTS = {
    "huishang.alliances.forms.BookingForm.studio": "the studios the booking account leads itself",
    "huishang.alliances.forms.RotationTermForm.handover": "the activities of the one alliance",
    "huishang.employment.internship_forms.InternForm.post": "the posts of the one internship base",
    "huishang.web.forms.actions.AgendaForm.meeting": "the meetings from today on",
    "huishang.suggestions.forms.AgendaForm.meeting": "the meetings from today on",
    "huishang.assessment.forms.RiskForm.campaign": "the screening campaigns of the place, one or two a year",
    "huishang.supervision.forms.RoundForm.members": "the supervisors of the one place, ticked as a group",
    "huishang.surveys.forms.SymposiumForm.meeting": "the symposia held in the place, a handful a year",
    "huishang.surveys.forms.OpinionForm.participant": "the people of the one survey",
    "huishang.surveys.forms.ProposalForm.proposers": "the members of the one survey",
    "huishang.surveys.forms.ProposalForm.opinions": "the opinions of the one survey",
    "huishang.unionwork.forms.AdoptForm.plenary": "the plenaries of the one union",
    "huishang.unionwork.forms.CompetitionForm.campaign": "the campaigns of the union's place",
}
SHORT_MODELS = {Category: "the categories of matters, one small vocabulary"}


def app_forms() -> list[type[forms.BaseForm]]:
    """Every form class of the apps' forms modules (``forms``, ``*_forms`` and the web UI's ``web.forms``)."""
    names = [module.name for module in pkgutil.walk_packages(huishang.__path__, "huishang.")
             if module.name.rsplit(".", 1)[-1] == "forms" or module.name.endswith("_forms")
             or module.name.startswith("huishang.web.forms.")]
    found = []
    for name in names:
        module = importlib.import_module(name)
        found += [value for value in vars(module).values()
                  if isinstance(value, type) and issubclass(value, forms.BaseForm) and value.__module__ == name]
    return found


def record_choices():
    """(dotted name, field) of every choice among records in the apps' forms."""
    for form_class in app_forms():
        for name, field in form_class.base_fields.items():
            if isinstance(field, forms.ModelChoiceField):
                yield f"{form_class.__module__}.{form_class.__name__}.{name}", name, field


def test_every_region_choice_in_the_apps_forms_is_the_tree():
    regions = [(dotted, field) for dotted, name, field in record_choices()
               if name == "region" or (field.queryset is not None and field.queryset.model is Region)]
    assert len(regions) >= 10  # matters, dashboard, suggestions, recruitment, surveys, promotion, employment
    flat = [dotted for dotted, field in regions
            if not isinstance(field, RegionChoiceField) or field.widget.attrs.get(SEARCHABLE) != "tree"]
    assert flat == []


def test_every_other_list_of_records_in_the_apps_forms_is_searchable_or_named_short():
    """A select over units, enterprises, people, studios, seekers or matters is the searchable one; a field a
    person types (an account's user name) is no list; a new plain select fails here until named short."""
    plain = []
    for dotted, _name, field in record_choices():
        lists = isinstance(field.widget, forms.widgets.ChoiceWidget)  # selects, checkboxes and radios
        model = field.queryset.model if field.queryset is not None else None
        if lists and SEARCHABLE not in field.widget.attrs and model not in SHORT_MODELS and dotted not in SHORT_LISTS:
            plain.append(dotted)
    assert plain == []
    known = {dotted for dotted, _name, _field in record_choices()}
    assert set(SHORT_LISTS) - known == set(), "SHORT_LISTS names a field that no longer exists"


@pytest.mark.parametrize("path", [
    "/recruitment/rounds/new/", "/recruitment/events/new/", "/surveys/new/", "/promotion/leads/new/",
    "/employment/ledger/", "/dashboard/",
])
def test_the_apps_pages_show_the_offices_region_choice_as_its_tree(path):
    office = f.office(scope=neijiang_tree())
    page = signed_in(office).get(path)
    assert page.status_code == 200
    region = select_named(page, "region")
    assert region["attrs"]["data-searchable"] == "tree"
    tree = [(label, attrs["title"]) for value, label, attrs in region["options"] if value]
    assert tree == [
        ("内江市", "四川省 › 内江市"),
        ("\u3000市中区", "四川省 › 内江市 › 市中区"),
        ("\u3000\u3000城西街道", "四川省 › 内江市 › 市中区 › 城西街道"),
        ("\u3000东兴区", "四川省 › 内江市 › 东兴区"),
    ]


@pytest.mark.parametrize(("path", "name"), [
    ("/surveys/new/", "enterprises"), ("/butlers/assignments/", "enterprise"), ("/butlers/assignments/", "butler"),
    ("/butlers/trainings/", "butler"),
])
def test_the_apps_pages_show_their_long_lists_in_the_search_box(path, name):
    office = f.office(scope=neijiang_tree())
    f.enterprise("内江华鑫机械有限公司", in_region=office.region)
    page = signed_in(office).get(path)
    assert page.status_code == 200
    assert select_named(page, name)["attrs"]["data-searchable"] == "list"


def unit_known_as(short_name: str, name: str, region: Region) -> Organization:
    return Organization.objects.create(kind=Organization.Kind.UNIT, name=name, short_name=short_name, region=region)


def units_named_alike() -> tuple[Organization, Organization]:
    """区科技局 of 永川 and of 杨浦: one short name, two places."""
    yongchuan = f.region("500118", "永川区", parent=f.region("500000", "重庆市"))
    yangpu = f.region("310110", "杨浦区", parent=f.region("310000", "上海市"))
    return (unit_known_as("区科技局", "重庆市永川区科学技术局", yongchuan),
            unit_known_as("区科技局", "上海市杨浦区科学技术委员会", yangpu))


def test_a_short_name_two_places_share_gives_way_to_the_full_names_and_each_unit_is_titled_with_its_place():
    yongchuan_unit, _yangpu_unit = units_named_alike()
    unit_known_as("区人社局", "重庆市永川区人力资源和社会保障局", yongchuan_unit.region)

    class UnitForm(forms.Form):
        unit = UnitChoiceField(queryset=Organization.objects.filter(kind=Organization.Kind.UNIT).order_by("name"))

    select = _Selects()
    select.feed(UnitForm().as_p())
    options = {label: attrs["title"] for _value, label, attrs in select.selects["unit"]["options"][1:]}
    assert options == {
        "上海市杨浦区科学技术委员会": "上海市杨浦区科学技术委员会（上海市 › 杨浦区）",
        "重庆市永川区科学技术局": "重庆市永川区科学技术局（重庆市 › 永川区）",
        "区人社局": "重庆市永川区人力资源和社会保障局（重庆市 › 永川区）",
    }


def test_the_units_of_a_list_are_placed_in_one_query_per_level_above_them(django_assert_num_queries):
    units_named_alike()

    class UnitsForm(forms.Form):
        units = UnitsChoiceField(queryset=Organization.objects.filter(kind=Organization.Kind.UNIT))

    with django_assert_num_queries(2):  # the units with their districts, then the municipalities above
        html = UnitsForm().as_p()
    assert 'title="重庆市永川区科学技术局（重庆市 › 永川区）"' in html
