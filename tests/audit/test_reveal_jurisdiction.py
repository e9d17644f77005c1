"""A full contact is revealed on need-to-know inside the jurisdiction: the office over a matter reaches its
parties, an office of another place reaches none of them, and the administrator no one beyond them.

The places are the demo's, side by side: 内江 (511000), 永川 (500118), 杨浦 (310110) and the 雄安 employment
station's 容东片区; each refusal answers 403, shows nothing and is written to the log."""

import pytest

from huishang.audit.models import AuditEntry
from huishang.cases.models import Matter
from huishang.directory.models import Region, Role
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db

PHONE = "13812345678"


def served(code, name, parent=None) -> Region:
    place = f.region(code, name, parent)
    Region.objects.filter(pk=place.pk).update(served=True)
    return place


@pytest.fixture
def places():
    f.category()
    return {
        "neijiang": served("511000", "内江市"),
        "yongchuan": served("500118", "永川区", parent=f.region("500000", "重庆市")),
        "yangpu": served("310110", "杨浦区", parent=f.region("310000", "上海市")),
        "rongdong": f.region("133100100", "容东片区", parent=served("133100", "雄安新区")),
    }


@pytest.fixture
def neijiang_contact(places):
    """A 内江 enterprise's contact who raised a matter in 内江."""
    person = f.enterprise_contact(of=f.enterprise(in_region=f.district()))
    person.phone = PHONE
    person.save()
    f.matter(by=person)
    return person


def offices_of_other_places(places):
    return {
        "office_yc": f.office(scope=places["yongchuan"]),
        "yangpu_office": f.office(scope=places["yangpu"]),
        "station": f.office(scope=places["rongdong"]),
    }


def ask(client, person_id: int):
    return client.post("/audit/reveal", {"kind": "user", "id": person_id, "field": "phone", "reason": "回访"})


@pytest.mark.parametrize("account", ["office_yc", "yangpu_office", "station"])
def test_an_office_of_another_place_cannot_reveal_a_neijiang_contact_and_the_refusal_is_logged(
        places, neijiang_contact, account):
    office = offices_of_other_places(places)[account]
    refused = ask(as_user(office), neijiang_contact.pk)
    assert refused.status_code == 403 and refused.json()["code"] == "not_allowed"
    assert PHONE not in refused.content.decode() and "value" not in refused.json()
    assert not AuditEntry.objects.filter(kind="reveal").exists()
    entry = AuditEntry.objects.get(kind="reveal_refused")
    assert (entry.actor_username, entry.subject) == (office.username, f"directory.User:{neijiang_contact.pk}")


def test_an_office_of_another_place_is_refused_on_the_web_endpoint_too(client, places, neijiang_contact):
    client.force_login(offices_of_other_places(places)["station"])
    refused = client.post("/audit/reveal/", {"kind": "user", "pk": neijiang_contact.pk, "field": "phone",
                                             "reason": "x"})
    assert refused.status_code == 403 and PHONE not in refused.content.decode()
    assert AuditEntry.objects.filter(kind="reveal_refused").exists()


def test_the_neijiang_office_reveals_the_enterprise_contact_of_its_own_matter(places, neijiang_contact):
    office = f.office(scope=places["neijiang"])
    assert ask(as_user(office), neijiang_contact.pk).json() == {"value": PHONE}
    entry = AuditEntry.objects.get(kind="reveal")
    assert (entry.actor_username, entry.subject) == (office.username, f"directory.User:{neijiang_contact.pk}")


def test_the_office_reveals_every_contact_of_the_enterprise_behind_its_matter(places, neijiang_contact):
    colleague = f.enterprise_contact(of=neijiang_contact.organization)
    colleague.phone = "13900000001"
    colleague.save()
    assert ask(as_user(f.office(scope=places["neijiang"])), colleague.pk).json() == {"value": "13900000001"}


def test_an_office_cannot_reveal_a_person_of_its_own_place_who_is_party_to_no_matter(places, neijiang_contact):
    bystander = f.enterprise_contact(of=f.enterprise(in_region=f.district()))
    leader = f.leader(scope=places["neijiang"])
    office = as_user(f.office(scope=places["neijiang"]))
    assert ask(office, bystander.pk).status_code == 403
    assert ask(office, leader.pk).status_code == 403
    assert AuditEntry.objects.filter(kind="reveal_refused").count() == 2


def test_the_office_reveals_the_handler_of_the_unit_its_matter_is_assigned_to_and_no_other_handler(places):
    office = f.office(scope=places["neijiang"])
    handler, idle = f.unit_handler(), f.unit_handler()
    f.assigned_matter(lead=handler.organization, by_office=office)
    client = as_user(office)
    assert ask(client, handler.pk).status_code == 200
    assert ask(client, idle.pk).status_code == 403


def test_a_party_placed_in_another_jurisdiction_stays_hidden_even_when_linked_to_a_matter_inside(
        places, neijiang_contact):
    """A matter of 永川 wrongly linked to a 内江 enterprise (as the old API let 永川 make) opens no door."""
    office_yc = offices_of_other_places(places)["office_yc"]
    yongchuan_contact = f.enterprise_contact(of=f.enterprise(in_region=places["yongchuan"]))
    matter = f.matter(by=yongchuan_contact)
    Matter.objects.filter(pk=matter.pk).update(enterprise=neijiang_contact.organization)
    assert ask(as_user(office_yc), neijiang_contact.pk).status_code == 403


def test_the_administrator_reveals_the_parties_to_matters_and_no_one_else(places, neijiang_contact):
    administrator = as_user(f.admin())
    assert ask(administrator, neijiang_contact.pk).json() == {"value": PHONE}
    for other in (f.enterprise_contact(), f.leader(scope=places["neijiang"]), f.user(Role.AUDITOR)):
        assert ask(administrator, other.pk).status_code == 403


def test_a_superuser_reveals_on_the_same_need_to_know_as_the_administrator(places, neijiang_contact):
    boss = f.admin()
    boss.is_superuser = True
    boss.save()
    assert ask(as_user(boss), neijiang_contact.pk).status_code == 200
    assert ask(as_user(boss), f.enterprise_contact().pk).status_code == 403


def test_a_unit_reveals_every_contact_of_the_enterprise_of_its_current_matter(places, neijiang_contact):
    handler = f.unit_handler()
    colleague = f.enterprise_contact(of=neijiang_contact.organization)
    f.assigned_matter(lead=handler.organization, by=neijiang_contact)
    assert ask(as_user(handler), colleague.pk).status_code == 200


def test_an_id_that_names_no_one_is_refused_and_logged_too(places):
    answer = ask(as_user(f.office(scope=places["neijiang"])), 999_999)
    assert answer.status_code == 404
    assert AuditEntry.objects.get(kind="reveal_refused").detail["missing"] is True


def world(places):
    """Two places each with a matter raised, accepted and assigned, and people who are party to none."""
    nj_office, yc_office = f.office(scope=places["neijiang"]), f.office(scope=places["yongchuan"])
    nj_contact = f.enterprise_contact(of=f.enterprise(in_region=f.district()))
    nj_handler = f.unit_handler(of=f.unit(in_region=places["neijiang"]))
    f.assigned_matter(lead=nj_handler.organization, by_office=nj_office, by=nj_contact)
    yc_contact = f.enterprise_contact(of=f.enterprise(in_region=places["yongchuan"]))
    yc_handler = f.unit_handler(of=f.unit(in_region=places["yongchuan"]))
    f.assigned_matter(lead=yc_handler.organization, by_office=yc_office, by=yc_contact)
    # Party to nothing: an enterprise of each place without a matter, a leader, the auditor, the admin.
    f.enterprise_contact(of=f.enterprise(in_region=f.district()))
    f.enterprise_contact(of=f.enterprise(in_region=places["yongchuan"]))
    f.leader(scope=places["neijiang"]), f.user(Role.AUDITOR), f.admin(), f.office(scope=places["yangpu"])
    return {"neijiang": (nj_office, {nj_contact, nj_handler}), "yongchuan": (yc_office, {yc_contact, yc_handler})}


@pytest.mark.parametrize("place", ["neijiang", "yongchuan"])
def test_walking_user_ids_an_office_reveals_only_the_parties_to_matters_in_its_jurisdiction(places, place):
    office, parties = world(places)[place]
    client = as_user(office)
    people = list(type(office).objects.order_by("pk"))
    revealed = {person for person in people if ask(client, person.pk).status_code == 200}
    assert revealed == parties | {office}
    assert AuditEntry.objects.filter(kind="reveal").count() == len(revealed)
    assert AuditEntry.objects.filter(kind="reveal_refused").count() == len(people) - len(revealed)
