"""Butlers, their cares, visits and trainings stay in the acting account's jurisdiction (管辖范围)."""

import pytest

from huishang.butlers import services
from huishang.butlers.forms import AssignButlerForm, TrainingForm, VisitForm
from huishang.butlers.models import Care, ServiceArea, Training, Visit
from huishang.butlers.selectors import butlers_for, visible_cares, visible_trainings, visible_visits
from huishang.core import clock
from huishang.core.errors import NotAllowed
from huishang.directory.models import Role
from tests import factories as f
from tests.api.client import as_user
from tests.butlers.people import butler

pytestmark = pytest.mark.django_db


def yongchuan():
    return f.region("500118", "永川区")


def butler_of_yongchuan():
    return f.user(Role.BUTLER, organization=f.unit(in_region=yongchuan()), scope=yongchuan())


def test_an_office_assigns_a_butler_of_its_jurisdiction_to_an_enterprise_of_it():
    care = services.assign_butler(by=f.office(), enterprise=f.enterprise(), butler=butler())
    assert care.is_current


def test_an_enterprise_of_another_jurisdiction_is_refused_with_403_naming_it_and_nothing_is_stored():
    elsewhere = f.enterprise(in_region=yongchuan())
    refused = as_user(f.office()).post("/butlers/cares", {"enterprise": elsewhere.pk, "butler": butler().pk})
    assert refused.status_code == 403
    assert refused.json()["field"] == "enterprise"
    assert not Care.objects.exists()


def test_a_butler_of_another_jurisdiction_is_refused_naming_the_butler():
    with pytest.raises(NotAllowed) as refused:
        services.assign_butler(by=f.office(), enterprise=f.enterprise(), butler=butler_of_yongchuan())
    assert refused.value.field == "butler"
    assert not Care.objects.exists()


def test_training_of_a_butler_of_another_jurisdiction_is_refused_through_the_api():
    body = {"butler": butler_of_yongchuan().pk, "topic": "problem_handling", "title": "问题办理",
            "held_on": "2024-04-19", "hours": 2}
    refused = as_user(f.office()).post("/butlers/trainings", body)
    assert refused.status_code == 403 and refused.json()["field"] == "butler"
    assert not Training.objects.exists()
    body["butler"] = butler().pk
    assert as_user(f.office()).post("/butlers/trainings", body).status_code == 201


def test_a_butler_cannot_record_a_visit_to_an_enterprise_in_care_outside_their_jurisdiction():
    person = butler()
    elsewhere = f.enterprise(in_region=yongchuan())
    person.enterprises_in_care.add(elsewhere)  # a care left over from before the jurisdiction rule
    with pytest.raises(NotAllowed) as refused:
        services.record_visit(by=person, enterprise=elsewhere, visited_on=clock.today(), people_met="王总",
                              areas=[ServiceArea.NEEDS])
    assert refused.value.field == "enterprise"
    assert not Visit.objects.exists()
    assert elsewhere not in VisitForm(butler=person).fields["enterprise"].queryset


def two_places():
    """A butler with an enterprise in care, and a visit and a training, in 内江 and in 永川 each."""
    made = {}
    for name, office, person, enterprise in (
        ("neijiang", f.office(), butler(), f.enterprise()),
        ("yongchuan", f.office(scope=yongchuan()), butler_of_yongchuan(), f.enterprise(in_region=yongchuan())),
    ):
        services.assign_butler(by=office, enterprise=enterprise, butler=person)
        visit = services.record_visit(by=person, enterprise=enterprise, visited_on=clock.today(), people_met="王总",
                                      areas=[ServiceArea.NEEDS])
        training = services.record_training(by=office, butler=person, topic="problem_handling", title="问题办理",
                                            held_on=clock.today(), hours=2)
        made[name] = {"office": office, "butler": person, "enterprise": enterprise, "visit": visit,
                      "training": training}
    return made


def test_the_lists_of_a_region_scoped_account_show_only_its_jurisdiction():
    places = two_places()
    for reader in (places["neijiang"]["office"], f.supervisor(), f.leader()):
        assert list(visible_visits(reader)) == [places["neijiang"]["visit"]]
        assert [care.enterprise for care in visible_cares(reader)] == [places["neijiang"]["enterprise"]]
        assert list(visible_trainings(reader)) == [places["neijiang"]["training"]]
        assert list(butlers_for(reader)) == [places["neijiang"]["butler"]]
    listed = as_user(places["yongchuan"]["office"]).get("/butlers/visits").json()
    assert [visit["id"] for visit in listed] == [places["yongchuan"]["visit"].pk]
    assert len(visible_visits(f.admin())) == 2


def test_the_assignment_and_training_forms_offer_only_the_jurisdiction():
    places = two_places()
    office = places["neijiang"]["office"]
    assign = AssignButlerForm(user=office)
    assert list(assign.fields["enterprise"].queryset) == [places["neijiang"]["enterprise"]]
    assert list(assign.fields["butler"].queryset) == [places["neijiang"]["butler"]]
    assert list(TrainingForm(user=office).fields["butler"].queryset) == [places["neijiang"]["butler"]]
