"""管辖范围 in people's suggestions: the public intake, Open311 and the paper entry take only the places the
deployment serves (and, for a client or a keeper, their own region); staff read, choose and assign only inside
their jurisdiction. A refusal names the field and stores nothing.

The world: the deployment serves 杨浦 (with its street 五角场街道); 内江 is known but not served.
"""

import datetime

import pytest
from django.urls import reverse

from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import NotAllowed
from huishang.directory.models import Region
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting
from huishang.suggestions import services
from huishang.suggestions.models import CollectionPoint, Decision, Open311Client, Suggestion
from huishang.suggestions.points import issue_client_key, open_point
from tests import factories as f
from tests.api.client import as_user
from tests.suggestions import helpers, worlds
from tests.suggestions.test_public_intake import _submit

pytestmark = pytest.mark.django_db

WUJIAOCHANG = "310110012"


@pytest.fixture
def places(world):
    yangpu = helpers.yangpu()
    street = f.region(WUJIAOCHANG, "五角场街道", yangpu)
    sichuan = f.region("510000", "四川省")
    neijiang = f.region("511000", "内江市", sichuan)
    Region.objects.filter(code=helpers.YANGPU).update(served=True)
    inland = CollectionPoint.objects.create(
        code="nj-01", name="内江征集点", address="内江市市中区", region=neijiang, kind="library",
        latitude="29.580000", longitude="105.058000", opened_on="2024-04-01")
    return {"yangpu": yangpu, "street": street, "neijiang": neijiang, "point": world, "inland_point": inland}


# --- the public form and the public intake


def test_the_public_form_offers_only_the_served_regions_as_a_tree_with_full_names(client, places):
    form = client.get(reverse("suggestions:submit")).context["form"]
    assert [region.code for region in form.fields["region"].queryset] == [helpers.YANGPU, WUJIAOCHANG]
    options = {str(option.data["value"]): option.data["attrs"] for option in form["region"].subwidgets}
    assert options[WUJIAOCHANG]["title"] == "上海市 › 杨浦区 › 五角场街道"
    assert [point.code for point in form.fields["point"].queryset] == ["yp-01"]


def test_the_public_intake_takes_a_served_region_and_its_streets(client, places):
    for code in (helpers.YANGPU, WUJIAOCHANG):
        services.submit_suggestion(title=f"建议{code}", text="内容", category="riverside", region=code,
                                   **helpers.solved())
    assert Suggestion.objects.count() == 2


def test_the_public_intake_refuses_a_region_the_deployment_does_not_serve(client, places):
    with pytest.raises(NotAllowed) as refused:
        services.submit_suggestion(title="内江的建议", text="内容", category="riverside", region="511000",
                                   **helpers.solved())
    assert refused.value.field == "region"
    answer = _submit(client, region="511000")
    assert answer.status_code == 422 and "region" in answer.context["form"].errors
    assert not Suggestion.objects.exists() and not Matter.objects.exists()


def test_the_public_form_does_not_open_a_point_outside_the_served_regions(client, places):
    assert client.get(reverse("suggestions:poster", args=["nj-01"])).status_code == 404
    assert "内江征集点" not in client.get(reverse("suggestions:points")).content.decode()


# --- Open311


def _open311(client, **fields):
    data = {"service_code": "riverside", "description": "滨江步道夜间照明不足。", "jurisdiction_id": helpers.YANGPU,
            "address_string": "杨树浦路670号", **fields}
    return client.post("/open311/v2/requests.json", data, REMOTE_ADDR="10.1.1.9")


def test_open311_takes_a_served_region_and_refuses_another_naming_jurisdiction_id(client, places):
    assert _open311(client, jurisdiction_id=WUJIAOCHANG).status_code == 201
    refused = _open311(client, description="内江的路灯不亮。", jurisdiction_id="511000")
    assert refused.status_code == 400
    assert refused.json()[0]["description"].startswith("jurisdiction_id:")
    assert Suggestion.objects.count() == 1


def test_an_open311_client_submits_only_inside_its_own_region(client, places):
    Region.objects.filter(code="511000").update(served=True)
    _client, key = issue_client_key(by=f.admin(), name="杨浦随申办", region=places["yangpu"])
    assert _open311(client, api_key=key).status_code == 201
    refused = _open311(client, api_key=key, description="内江的路灯不亮。", jurisdiction_id="511000")
    assert refused.status_code == 400 and refused.json()[0]["description"].startswith("jurisdiction_id:")
    assert Suggestion.objects.count() == 1


# --- points and Open311 keys


def test_an_office_opens_points_and_issues_keys_only_inside_its_jurisdiction(places):
    office = f.office(scope=places["yangpu"])
    opened = open_point(by=office, code="yp-09", name="五角场驿站", address="五角场", region=places["street"],
                        kind="community", latitude="31.3", longitude="121.5")
    assert opened.region == places["street"]
    with pytest.raises(NotAllowed) as refused:
        open_point(by=office, code="nj-09", name="内江驿站", address="内江", region=places["neijiang"],
                   kind="community", latitude="29.5", longitude="105.0")
    assert refused.value.field == "region"
    with pytest.raises(NotAllowed) as refused_key:
        issue_client_key(by=office, name="内江客户端", region=places["neijiang"])
    assert refused_key.value.field == "region"
    assert not CollectionPoint.objects.filter(code="nj-09").exists() and not Open311Client.objects.exists()


def test_a_point_is_kept_only_by_someone_of_the_offices_jurisdiction(places):
    office = f.office(scope=places["yangpu"])
    with pytest.raises(NotAllowed) as refused:
        open_point(by=office, code="yp-10", name="江浦驿站", address="江浦路", region=places["yangpu"],
                   kind="park", latitude="31.2", longitude="121.5", keeper=f.user("union", scope=places["neijiang"]))
    assert refused.value.field == "keeper"
    assert not CollectionPoint.objects.filter(code="yp-10").exists()


# --- the keeper's paper entry


def test_a_keeper_enters_paper_only_for_the_region_of_their_point(places):
    keeper = f.user("union", scope=places["yangpu"])
    point = places["point"]
    point.keeper = keeper
    point.save()
    services.submit_suggestion(title="纸质建议", text="内容", category="riverside", region=WUJIAOCHANG,
                               channel="paper", point=point, entered_by=keeper)
    Region.objects.filter(code="511000").update(served=True)
    with pytest.raises(NotAllowed) as refused:
        services.submit_suggestion(title="别处的纸质建议", text="内容", category="riverside", region="511000",
                                   channel="paper", point=point, entered_by=keeper)
    assert refused.value.field == "region"
    assert Suggestion.objects.count() == 1


def test_the_paper_form_offers_the_regions_of_the_keepers_points(client, places):
    keeper = f.user("union", scope=places["yangpu"])
    CollectionPoint.objects.filter(code="yp-01").update(keeper=keeper)
    client.force_login(keeper)
    form = client.get(reverse("suggestions:paper")).context["form"]
    assert {region.code for region in form.fields["region"].queryset} == {helpers.YANGPU, WUJIAOCHANG}
    assert [point.code for point in form.fields["point"].queryset] == ["yp-01"]


# --- staff


@pytest.fixture
def cast(places):
    return worlds.Cast()


def test_staff_read_the_suggestions_of_their_jurisdiction_only(client, cast, places):
    receipt = worlds.submitted()
    inland_office = f.office(scope=places["neijiang"])
    assert [row["number"] for row in as_user(cast.office).get("/suggestions").json()] == [receipt.number]
    assert as_user(inland_office).get("/suggestions").json() == []
    assert as_user(inland_office).get(f"/suggestions/{receipt.number}").status_code == 404
    client.force_login(inland_office)
    assert client.get(reverse("suggestions:staff-detail", args=[receipt.number])).status_code == 404


def test_the_decision_form_offers_the_units_of_the_jurisdiction_in_the_suggestions_place(client, cast, places):
    f.unit("内江市城管局", in_region=places["neijiang"])
    receipt = worlds.submitted()
    client.force_login(cast.office)
    form = client.get(reverse("suggestions:staff-detail", args=[receipt.number])).context["decision_form"]
    assert list(form.fields["lead_unit"].queryset) == [cast.unit]


def test_the_agenda_form_offers_only_meetings_that_may_take_the_suggestion(client, cast, places):
    receipt = worlds.submitted()
    own = meeting_services.create_meeting(by=cast.office, kind=Meeting.Kind.SYMPOSIUM, held_on=clock.today(),
                                          region=places["yangpu"])
    street_meeting = meeting_services.create_meeting(by=cast.office, kind=Meeting.Kind.SYMPOSIUM,
                                                     held_on=clock.today(), region=places["street"])
    inland_office = f.office(scope=places["neijiang"])
    Region.objects.filter(code="511000").update(served=True)
    meeting_services.create_meeting(by=inland_office, kind=Meeting.Kind.SYMPOSIUM, held_on=clock.today(),
                                    region=places["neijiang"])
    client.force_login(cast.office)
    form = client.get(reverse("suggestions:staff-detail", args=[receipt.number])).context["agenda_form"]
    # The suggestion is about 杨浦 as a whole: a 五角场 street meeting cannot take it, nor 内江's.
    assert list(form.fields["meeting"].queryset) == [own]
    assert street_meeting.pk not in [meeting.pk for meeting in form.fields["meeting"].queryset]


def test_a_decision_assigning_a_unit_of_another_place_is_refused_naming_it(cast, places):
    receipt = worlds.submitted()
    item = worlds.on_agenda(cast, receipt)
    Region.objects.filter(code="511000").update(served=True)
    inland_unit = f.unit("内江市城管局", in_region=places["neijiang"])
    answer = as_user(cast.office).post(f"/suggestions/{receipt.number}/decision", {
        "outcome": "adopted", "reason": "可行", "lead_unit": inland_unit.pk,
        "due": str(clock.today() + datetime.timedelta(days=30))})
    assert answer.status_code == 403 and answer.json()["field"] == "lead_unit"
    assert not Decision.objects.exists()
    item.refresh_from_db()
    assert item.outcome == item.Outcome.PENDING
