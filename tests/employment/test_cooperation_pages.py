"""The school–enterprise cooperation pages and API: the office records bases, cooperations and trainees, refusals
name the field, ID numbers leave masked, readers of the jurisdiction read, others are refused."""

import pytest

from huishang.employment.models import Cooperation, TrainingBase
from tests import factories as f
from tests.api.client import as_user
from tests.employment import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db
day = m.day
YONGCHUAN = ("500118", "永川区")


def test_the_office_records_a_training_base_and_a_missing_host_is_named():
    enterprise = f.enterprise("内江软通动力信息技术有限公司")
    client = signed_in(f.office())
    fields = {"base-name": "软通动力实训基地", "base-trades": "呼叫中心客服", "base-places": "60",
              "base-opened_on": "2023-05-01"}
    refused = client.post("/employment/cooperation/bases/", fields)
    assert refused.status_code == 422 and "建设单位" in text_of(refused)
    recorded = client.post("/employment/cooperation/bases/", {**fields, "base-host": enterprise.pk})
    assert recorded.status_code == 302 and TrainingBase.objects.get().host == enterprise
    assert "软通动力实训基地" in text_of(client.get("/employment/cooperation/"))


def test_a_factory_in_the_school_without_the_schools_base_is_refused_naming_the_base():
    school, enterprise = m.school("内江职业技术学院"), f.enterprise()
    client = signed_in(f.office())
    fields = {"cooperation-school": school.pk, "cooperation-enterprise": enterprise.pk,
              "cooperation-form": "factory_in_school", "cooperation-starts_on": "2023-09-01",
              "cooperation-ends_on": "2024-06-30", "cooperation-places": "40"}
    refused = client.post("/employment/cooperation/add/", fields)
    assert refused.status_code == 422 and "校中厂须依托" in text_of(refused)
    base = m.training_base(host=school)
    recorded = client.post("/employment/cooperation/add/", {**fields, "cooperation-training_base": base.pk})
    record = Cooperation.objects.get()
    assert recorded.status_code == 302 and recorded["Location"] == f"/employment/cooperation/{record.pk}/"


def test_a_trainee_is_recorded_with_the_id_number_masked_and_a_day_outside_the_period_is_named():
    record = m.cooperation_of(starts_on="2023-09-01", ends_on="2024-06-30")
    client = signed_in(f.office())
    id_number = m.id_number("20040101", 7)
    fields = {"trainee-name": "张小雨", "trainee-id_number": id_number, "trainee-joined_on": "2024-07-01"}
    refused = client.post(f"/employment/cooperation/{record.pk}/trainees/", fields)
    assert refused.status_code == 422 and "加入日期须在" in text_of(refused)
    assert client.post(f"/employment/cooperation/{record.pk}/trainees/",
                       {**fields, "trainee-joined_on": "2023-09-05"}).status_code == 302
    page = text_of(client.get(f"/employment/cooperation/{record.pk}/"))
    assert "张小雨" in page and id_number not in page and id_number[:6] + "********" + id_number[-4:] in page


def test_readers_see_the_cooperation_without_its_forms_and_others_are_refused():
    record = m.cooperation_of()
    page = signed_in(f.supervisor()).get(f"/employment/cooperation/{record.pk}/")
    assert page.status_code == 200 and 'data-form="trainee"' not in page.content.decode()
    assert signed_in(f.supervisor()).post(f"/employment/cooperation/{record.pk}/trainees/", {}).status_code == 403
    assert signed_in(f.enterprise_contact(of=record.enterprise)).get(
        f"/employment/cooperation/{record.pk}/").status_code == 200
    for outsider in (f.office(scope=f.region(*YONGCHUAN)), f.enterprise_contact(), f.unit_handler()):
        assert signed_in(outsider).get(f"/employment/cooperation/{record.pk}/").status_code in (403, 404)
    assert signed_in(f.unit_handler()).get("/employment/cooperation/").status_code == 403


def test_the_api_records_a_cooperation_and_its_trainees_naming_the_field_on_bad_input():
    school, enterprise = m.school("重庆师范大学", in_region=f.region("500000", "重庆市")), f.enterprise()
    api = as_user(f.office())
    body = {"school": school.pk, "enterprise": enterprise.pk, "form": "order_class", "starts_on": "2023-09-01",
            "ends_on": "2023-08-01", "places": 2}
    refused = api.post("/employment/cooperations", body)
    assert refused.status_code == 422 and refused.json()["field"] == "ends_on"
    created = api.post("/employment/cooperations", {**body, "ends_on": "2024-06-30"})
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    id_number = m.id_number("20040101", 8)
    trainee = api.post(f"/employment/cooperations/{pk}/trainees", {
        "name": "刘子涵", "id_number": id_number, "joined_on": "2023-09-10"})
    assert trainee.status_code == 201 and trainee.json()["id_number"] == id_number[:6] + "********" + id_number[-4:]
    assert api.get(f"/employment/cooperations/{pk}").json()["trainees"] == 1
    bad = api.post(f"/employment/cooperations/{pk}/trainees", {"name": "王", "id_number": "123",
                                                               "joined_on": "2023-09-10"})
    assert bad.status_code == 422 and bad.json()["field"] == "id_number"


def test_the_api_confines_training_bases_and_cooperations_to_the_jurisdiction():
    record = m.cooperation_of()
    base = m.training_base()
    yongchuan_office = f.office(scope=f.region(*YONGCHUAN))
    api = as_user(yongchuan_office)
    assert api.get("/employment/cooperations").json() == [] and api.get("/employment/training-bases").json() == []
    assert api.get(f"/employment/cooperations/{record.pk}").status_code == 404
    refused = api.post("/employment/training-bases", {"name": "别处基地", "host": base.host_id, "trades": "客服",
                                                      "places": 5, "opened_on": "2023-03-01"})
    assert refused.status_code == 403 and refused.json()["field"] == "host"
    assert as_user(f.supervisor()).post(f"/employment/cooperations/{record.pk}/trainees", {
        "name": "王", "id_number": m.id_number("20040101", 9), "joined_on": "2023-09-10"}).status_code == 403
