"""The web side: the /dispatch/ page keeps the table, the assign form starts from it, 改派 and 协办 on the matter page."""

import datetime

import pytest
from django.test import Client

from huishang.cases import services as matter_services
from huishang.cases.selectors import current_assignment
from huishang.cases.states import State
from huishang.core import clock
from huishang.dispatch import services
from huishang.dispatch.models import RoutingEntry, SupportingOpinion
from huishang.insight.models import RoutingRule
from huishang.workdays.calendar import due_in_working_days
from tests import factories as f
from tests.supervision.conftest import START, at

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def entry(place, working_days=10):
    return services.create_entry(
        by=place.office, category=f.category(), region=f.region(), lead_unit=place.lead.organization,
        supporting_units=[place.supporting.organization], working_days=working_days,
    )


def test_the_office_adds_edits_and_removes_entries_on_the_routing_table_page(place):
    office = signed_in(place.office)
    category = f.category()
    page = office.get("/dispatch/new/")
    assert page.status_code == 200 and "内江市人社局" in page.content.decode()
    saved = office.post("/dispatch/new/", {
        "category": category.pk, "region": f.district().pk, "lead_unit": place.lead.organization.pk,
        "supporting_units": [place.supporting.organization.pk], "working_days": 12,
    })
    assert saved.status_code == 302, saved.content.decode()
    row = RoutingEntry.objects.get()
    assert (row.region, row.lead_unit, row.working_days) == (f.district(), place.lead.organization, 12)
    listed = office.get("/dispatch/", {"region": "511011"}).content.decode()
    assert f'data-entry="{row.pk}"' in listed and "内江市经信局" in listed
    office.post(f"/dispatch/{row.pk}/", {
        "category": category.pk, "region": f.district().pk, "lead_unit": place.other.organization.pk,
        "working_days": 6})
    row.refresh_from_db()
    assert (row.lead_unit, row.working_days, list(row.supporting_units.all())) == (place.other.organization, 6, [])
    assert office.post(f"/dispatch/{row.pk}/delete/").status_code == 302
    assert not RoutingEntry.objects.exists()


def test_the_page_refuses_a_second_entry_for_a_category_and_region_naming_the_region(place):
    row = entry(place)
    answer = signed_in(place.office).post("/dispatch/new/", {
        "category": row.category.pk, "region": row.region.pk, "lead_unit": place.other.organization.pk,
        "working_days": 3})
    assert answer.status_code == 422
    assert answer.context["form"].errors["region"]


def test_the_routing_table_page_is_the_offices_and_not_the_units_or_another_places(place):
    assert signed_in(place.lead).get("/dispatch/").status_code == 403
    _neijiang, _shizhong, yongchuan = f.two_served_places()
    row = entry(place)
    other_office = signed_in(f.office(scope=yongchuan))
    assert other_office.get(f"/dispatch/{row.pk}/").status_code == 404
    assert other_office.post(f"/dispatch/{row.pk}/delete/").status_code == 404
    assert RoutingEntry.objects.filter(pk=row.pk).exists()


def test_the_assign_form_starts_from_the_routing_tables_entry(place):
    entry(place, working_days=10)
    matter = f.accepted_matter(by_office=place.office)
    page = signed_in(place.office).get(f"/matters/{matter.number}/")
    form = next(action["form"] for action in page.context["actions"] if action["action"] == "assign")
    assert form["lead_unit"].value() == place.lead.organization.pk
    assert form["supporting_units"].value() == [place.supporting.organization.pk]
    assert form["due"].value() == due_in_working_days(10)


def test_working_days_typed_into_the_assign_form_replace_the_prefilled_deadline_but_not_a_chosen_one(place):
    entry(place, working_days=10)
    matter = f.accepted_matter(by_office=place.office)
    office = signed_in(place.office)
    chosen = (datetime.date.today() + datetime.timedelta(days=40)).isoformat()
    offered = due_in_working_days(10).isoformat()
    fields = {"assign-lead_unit": place.lead.organization.pk, "assign-working_days": 3,
              "assign-offered_deadline": offered, "confirmed": "1"}
    refused = office.post(f"/matters/{matter.number}/assign/",
                          {**fields, "assign-version": matter.version, "assign-due": chosen})
    assert refused.status_code == 422 and "二者选其一" in refused.content.decode()
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED
    assigned = office.post(f"/matters/{matter.number}/assign/", {
        **fields, "assign-version": matter.version, "assign-due": offered})
    assert assigned.status_code == 302
    matter.refresh_from_db()
    assert (matter.state, matter.due) == (State.ASSIGNED, due_in_working_days(3))


def test_the_office_reassigns_from_the_matter_page(place):
    matter = f.assigned_matter(lead=place.lead.organization, by_office=place.office)
    due = (datetime.date.today() + datetime.timedelta(days=20)).isoformat()
    answer = signed_in(place.office).post(f"/matters/{matter.number}/reassign/", {
        "reassign-version": matter.version, "reassign-lead_unit": place.other.organization.pk,
        "reassign-due": due, "reassign-reason": "职责调整"})
    assert answer.status_code == 200 and answer.context["question"]
    matter.refresh_from_db()
    assert matter.lead_unit == place.lead.organization
    answer = signed_in(place.office).post(f"/matters/{matter.number}/reassign/", {
        "reassign-version": matter.version, "reassign-lead_unit": place.other.organization.pk,
        "reassign-due": due, "reassign-reason": "职责调整", "confirmed": "1"})
    assert answer.status_code == 302
    matter.refresh_from_db()
    assert (matter.state, current_assignment(matter).lead_unit) == (State.ASSIGNED, place.other.organization)
    page = signed_in(place.lead).get(f"/matters/{matter.number}/")
    assert "reassign" not in [action["action"] for action in page.context["actions"]]


def test_the_supporting_unit_files_its_opinion_on_the_matter_page_and_the_lead_reads_it(place):
    matter = f.accepted_matter(by_office=place.office)
    matter_services.assign(matter, by=place.office, lead_unit=place.lead.organization,
                           supporting_units=[place.supporting.organization], due=due_in_working_days(10))
    helper = signed_in(place.supporting)
    assert 'data-action="opinion"' in helper.get(f"/matters/{matter.number}/").content.decode()
    helper.post(f"/dispatch/matters/{matter.number}/opinion/", {"content": "建议联合技工学校"})
    assert SupportingOpinion.objects.get().content == "建议联合技工学校"
    lead_page = signed_in(place.lead).get(f"/matters/{matter.number}/").content.decode()
    assert "建议联合技工学校" in lead_page and 'data-action="opinion"' not in lead_page
    signed_in(place.other).post(f"/dispatch/matters/{matter.number}/opinion/", {"content": "无关"})
    assert SupportingOpinion.objects.count() == 1


def test_the_answer_form_offers_the_override_only_while_an_opinion_is_overdue(place):
    with clock.frozen_at(at(START)):
        matter = f.accepted_matter(by_office=place.office)
        matter_services.assign(matter, by=place.office, lead_unit=place.lead.organization,
                               supporting_units=[place.supporting.organization], due=START + datetime.timedelta(days=20))
        matter_services.acknowledge(matter, by=place.lead)
    lead = signed_in(place.lead)
    with clock.frozen_at(at(START + datetime.timedelta(days=1))):
        form = next(a["form"] for a in lead.get(f"/matters/{matter.number}/").context["actions"] if a["action"] == "respond")
        assert "override" not in form.fields
    with clock.frozen_at(at(START + datetime.timedelta(days=7))):
        form = next(a["form"] for a in lead.get(f"/matters/{matter.number}/").context["actions"] if a["action"] == "respond")
        assert "内江市经信局" in form.fields["override"].help_text
        matter.refresh_from_db()
        version = matter.version
        refused = lead.post(f"/matters/{matter.number}/respond/", {"respond-version": version, "respond-content": "已办理"})
        assert refused.status_code == 409 and "内江市经信局" in refused.content.decode()
        answered = lead.post(f"/matters/{matter.number}/respond/", {
            "respond-version": version, "respond-content": "已办理", "respond-override": "on",
            "respond-override_reason": "企业急需答复", "confirmed": "1"})
        assert answered.status_code == 302
    matter.refresh_from_db()
    assert matter.state == State.RESPONDED


def test_the_assign_form_shows_the_routing_suggestion_beside_the_tables_unit(place):
    entry(place)
    RoutingRule.objects.create(category=f.category(), keywords="招聘 技工", lead_unit=place.other.organization)
    matter = f.accepted_matter(by_office=place.office)
    page = signed_in(place.office).get(f"/matters/{matter.number}/")
    form = next(action["form"] for action in page.context["actions"] if action["action"] == "assign")
    assert form["lead_unit"].value() == place.lead.organization.pk
    assert "内江市商务局" in str(form.fields["lead_unit"].help_text)
