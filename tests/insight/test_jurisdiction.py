"""管辖范围 in insight: a routing suggestion names only a unit the matter may be assigned to (of the account's
jurisdiction, in the matter's place); duplicates are offered only from the matter's own place; hot issues
group only the reader's matters.

The world: the deployment serves 内江 and 永川, each with its own units and enterprises.
"""

import pytest

from huishang.directory.models import Region
from huishang.insight.duplicates import likely_duplicates
from huishang.insight.hot_runs import compute_hot_issues
from huishang.insight.models import RoutingRule
from huishang.insight.routing.suggestions import suggest
from huishang.insight.routing.training import train_routing
from tests import factories as f
from tests.api.client import as_user
from tests.insight import data
from tests.insight.test_duplicates import long_messages
from tests.insight.test_hot import NOISE, PARKING
from tests.insight.test_routing import LABEL_CODES, history_from_messages

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    neijiang = f.region("511000", "内江市", f.region("510000", "四川省"))
    yongchuan = f.region("500118", "永川区", f.region("500000", "重庆市"))
    Region.objects.filter(code__in=["511000", "500118"]).update(served=True)
    return {"neijiang": neijiang, "yongchuan": yongchuan}


def matter_in(region, title, description, category_code="talent"):
    contact = f.enterprise_contact(of=f.enterprise(in_region=region))
    return f.matter(by=contact, title=title, description=description, category_code=category_code)


def test_a_rules_suggestion_names_its_unit_only_for_a_matter_of_that_units_place(places):
    talent = f.category("talent", "用工人才")
    neijiang_bureau = f.unit("内江市人社局", in_region=places["neijiang"])
    RoutingRule.objects.create(category=talent, keywords="招聘 技工", lead_unit=neijiang_bureau)
    admin = f.admin()
    inland = suggest(matter_in(places["neijiang"], "技工招聘难", "一线技工招聘困难"), user=admin)
    assert (inland.category, inland.lead_unit) == (talent, neijiang_bureau)
    elsewhere = suggest(matter_in(places["yongchuan"], "技工招聘难", "一线技工招聘困难"), user=admin)
    assert (elsewhere.category, elsewhere.lead_unit, elsewhere.unit_confidence) == (talent, None, 0.0)


def test_the_routing_api_never_suggests_a_unit_outside_the_callers_jurisdiction(places):
    talent = f.category("talent", "用工人才")
    RoutingRule.objects.create(category=talent, keywords="招聘 技工",
                               lead_unit=f.unit("内江市人社局", in_region=places["neijiang"]))
    matter = matter_in(places["yongchuan"], "技工招聘难", "一线技工招聘困难")
    answer = as_user(f.office(scope=places["yongchuan"])).get(f"/insight/matters/{matter.number}/suggestion")
    assert answer.status_code == 200
    assert answer.json()["category"] == "talent" and answer.json()["lead_unit"] is None


def test_a_learnt_suggestion_takes_the_best_unit_of_the_matters_place(places):
    office = f.office(scope=places["neijiang"])
    units = {label: f.unit(f"内江{label}责任单位", in_region=places["neijiang"]) for label in LABEL_CODES}
    history_from_messages(office, units)
    train_routing(by=office)
    # A message of the label beyond the ten the history was raised from.
    held_out = data.of_label("劳动和社会保障")[12]
    subject, detail = held_out.subject, held_out.detail
    admin = f.admin()
    inland = suggest(matter_in(places["neijiang"], subject, detail, "labour"), user=admin)
    assert inland.lead_unit in units.values()
    # The model knows only 内江's units: for a 永川 matter it names none rather than another city's.
    elsewhere = suggest(matter_in(places["yongchuan"], subject, detail, "labour"), user=admin)
    assert elsewhere.lead_unit is None and elsewhere.category is not None


def test_duplicates_are_offered_only_from_the_matters_own_place(places):
    [(subject, detail)] = long_messages(1)
    inland_original = matter_in(places["neijiang"], subject[:200], detail)
    matter_in(places["yongchuan"], subject[:200], detail)
    repeat = matter_in(places["neijiang"], subject[:200], detail)
    found = [duplicate.matter for duplicate in likely_duplicates(repeat, user=f.admin())]
    assert found == [inland_original]


def test_hot_issues_group_only_the_matters_of_the_readers_jurisdiction(places):
    inland = [matter_in(places["neijiang"], title, text).number for title, text in PARKING]
    own = [matter_in(places["yongchuan"], title, text).number for title, text in NOISE]
    compute_hot_issues()
    issues = as_user(f.office(scope=places["yongchuan"])).get("/insight/hot").json()["issues"]
    grouped = {matter["key"] for issue in issues for matter in issue["matters"]}
    assert grouped == set(own) and not grouped & set(inland)
