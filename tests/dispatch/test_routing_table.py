"""派单目录: one entry per category and region, kept within the office's jurisdiction, pre-filling assignments."""

import datetime

import pytest
from django.core.management import call_command

from huishang.cases import services as matter_services
from huishang.cases.selectors import current_assignment
from huishang.core.errors import NotAllowed, ValidationError
from huishang.dispatch import services
from huishang.dispatch.models import RoutingEntry
from huishang.dispatch.selectors import entry_for
from huishang.workdays.calendar import due_in_working_days
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def city_entry(place, *, working_days=10, region=None):
    return services.create_entry(
        by=place.office, category=f.category(), region=region or f.region(), lead_unit=place.lead.organization,
        supporting_units=[place.supporting.organization], working_days=working_days,
    )


def test_a_matter_takes_the_entry_of_the_nearest_region_above_it_that_has_one(place):
    city = city_entry(place)
    assert entry_for(f.category(), f.district()) == city
    district = services.create_entry(
        by=place.office, category=f.category(), region=f.district(), lead_unit=place.other.organization,
        working_days=5,
    )
    assert entry_for(f.category(), f.district()) == district
    assert entry_for(f.category("finance", "融资"), f.district()) is None


def test_the_table_has_one_entry_per_category_and_region(place):
    city_entry(place)
    with pytest.raises(ValidationError) as refused:
        city_entry(place, working_days=3)
    assert refused.value.field == "region"


def test_an_office_cannot_write_an_entry_for_a_region_or_unit_outside_its_jurisdiction(place):
    _neijiang, _shizhong, yongchuan = f.two_served_places()
    with pytest.raises(NotAllowed) as refused:
        city_entry(place, region=yongchuan)
    assert refused.value.field == "region"
    far_unit = f.unit("永川区人社局", in_region=yongchuan)
    with pytest.raises(NotAllowed) as refused:
        services.create_entry(by=place.office, category=f.category(), region=f.region(), lead_unit=far_unit,
                              working_days=5)
    assert refused.value.field == "lead_unit"
    yongchuan_office = f.office(scope=yongchuan)
    entry = city_entry(place)
    with pytest.raises(NotAllowed):
        services.delete_entry(entry, by=yongchuan_office)
    with pytest.raises(NotAllowed):
        services.update_entry(entry, by=yongchuan_office, category=entry.category, region=yongchuan,
                              lead_unit=f.unit(in_region=yongchuan), working_days=5)


def test_only_the_office_and_the_administrator_keep_the_table(place):
    with pytest.raises(NotAllowed):
        services.create_entry(by=f.supervisor(), category=f.category(), region=f.region(),
                              lead_unit=place.lead.organization, working_days=5)
    assert services.create_entry(by=f.admin(), category=f.category(), region=f.region(),
                                 lead_unit=place.lead.organization, working_days=5).pk


def test_the_api_lists_adds_changes_and_removes_entries_within_the_jurisdiction(place):
    f.category()
    office = as_user(place.office)
    created = office.post("/routing-table", {
        "category": "talent", "region": "511000", "lead_unit": place.lead.organization.pk,
        "supporting_units": [place.supporting.organization.pk], "working_days": 10,
    })
    assert created.status_code == 201, created.content
    entry_id = created.json()["id"]
    assert created.json()["supporting_units"] == [{"id": place.supporting.organization.pk, "name": "内江市经信局"}]
    changed = office.call("PATCH", f"/routing-table/{entry_id}", {"working_days": 7})
    assert changed.status_code == 200 and changed.json()["working_days"] == 7
    assert changed.json()["lead_unit"]["id"] == place.lead.organization.pk
    replaced = office.call("PUT", f"/routing-table/{entry_id}", {
        "category": "talent", "region": "511011", "lead_unit": place.other.organization.pk, "working_days": 4})
    assert replaced.status_code == 200 and replaced.json()["supporting_units"] == []
    listed = office.get("/routing-table", region="511000")
    assert [item["id"] for item in listed.json()["items"]] == [entry_id]
    assert office.delete(f"/routing-table/{entry_id}").status_code == 204
    assert not RoutingEntry.objects.exists()


def test_the_api_refuses_table_writes_outside_the_jurisdiction_and_to_other_roles(place):
    _neijiang, _shizhong, yongchuan = f.two_served_places()
    f.category()
    body = {"category": "talent", "region": yongchuan.code, "lead_unit": f.unit(in_region=yongchuan).pk,
            "working_days": 5}
    refused = as_user(place.office).post("/routing-table", body)
    assert refused.status_code == 403 and refused.json()["field"] == "region"
    entry = city_entry(place)
    yongchuan_office = as_user(f.office(scope=yongchuan))
    assert yongchuan_office.delete(f"/routing-table/{entry.pk}").status_code == 404
    assert as_user(place.lead).get("/routing-table").status_code == 403
    assert RoutingEntry.objects.count() == 1


def test_the_api_assignment_takes_the_tables_values_for_what_the_caller_leaves_out(place):
    city_entry(place, working_days=10)
    matter = f.accepted_matter(by_office=place.office)
    answer = as_user(place.office).post(f"/matters/{matter.number}/assign", {})
    assert answer.status_code == 200, answer.content
    assignment = current_assignment(matter)
    assert assignment.lead_unit == place.lead.organization
    assert list(assignment.supporting_units.all()) == [place.supporting.organization]
    assert assignment.due == due_in_working_days(10)


def test_what_the_api_caller_gives_wins_over_the_table(place):
    city_entry(place)
    matter = f.accepted_matter(by_office=place.office)
    due = (datetime.date.today() + datetime.timedelta(days=20)).isoformat()
    answer = as_user(place.office).post(f"/matters/{matter.number}/assign", {
        "lead_unit": place.other.organization.pk, "supporting_units": [], "due": due})
    assert answer.status_code == 200, answer.content
    assignment = current_assignment(matter)
    assert (assignment.lead_unit, list(assignment.supporting_units.all()), assignment.due.isoformat()) == (
        place.other.organization, [], due)


def test_the_api_assignment_without_a_lead_unit_and_without_an_entry_is_refused_naming_lead_unit(place):
    matter = f.accepted_matter(by_office=place.office)
    answer = as_user(place.office).post(f"/matters/{matter.number}/assign", {"working_days": 5})
    assert answer.status_code == 422 and answer.json()["field"] == "lead_unit"
    matter.refresh_from_db()
    assert matter.state == "accepted"


def test_the_table_is_derived_from_the_assignments_made(place):
    for lead in (place.lead, place.lead, place.other):
        subject = f.accepted_matter(by_office=place.office)
        matter_services.assign(subject, by=place.office, lead_unit=lead.organization,
                               supporting_units=[place.supporting.organization], due=due_in_working_days(8))
    assert services.derive_table(by=place.office) == 1
    entry = RoutingEntry.objects.get()
    assert (entry.lead_unit, list(entry.supporting_units.all()), entry.working_days) == (
        place.lead.organization, [place.supporting.organization], 8)


def test_the_cli_derives_the_table_from_the_assignments(place, capsys):
    f.admin()
    subject = f.accepted_matter(by_office=place.office)
    matter_services.assign(subject, by=place.office, lead_unit=place.lead.organization, due=due_in_working_days(5))
    call_command("dispatch", "derive")
    assert "1 entries" in capsys.readouterr().out
    assert RoutingEntry.objects.get().lead_unit == place.lead.organization
