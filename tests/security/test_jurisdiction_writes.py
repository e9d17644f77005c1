"""Cross-jurisdiction writes through the API, in the demo's places side by side (内江 511000, 永川 500118,
杨浦 310110): placing, assigning, merging, putting on an agenda or revealing outside the acting account's
jurisdiction is refused with 403 naming the field, and nothing is stored."""

import datetime
import json

import pytest
from django.test import Client

from huishang.api.tokens import issue_token
from huishang.audit.models import AuditEntry
from huishang.cases.models import Assignment, Matter
from huishang.cases.states import State
from huishang.directory.models import Organization, Region, User
from huishang.meetings.models import AgendaItem, Meeting

pytestmark = pytest.mark.django_db

NEIJIANG, YONGCHUAN, YANGPU = "511000", "500118", "310110"
NEXT_MONTH = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()


@pytest.fixture
def world(demo_world):
    return {username: User.objects.get(username=username) for username in ("office", "office_yc", "enterprise")}


def _post(user, path, body):
    key, _token = issue_token(user)
    return Client().post(f"/api/v1{path}", json.dumps(body), content_type="application/json",
                         headers={"Authorization": f"Bearer {key}"})


def _refused_naming(response, field):
    assert response.status_code == 403, (response.status_code, response.content.decode())
    assert response.json()["field"] == field, response.json()


def _matter_in(code, **where) -> Matter:
    prefix = Region.objects.get(code=code).code_prefix
    matter = Matter.objects.filter(region__code__startswith=prefix, **where).order_by("pk").first()
    assert matter is not None, f"the demo has no matter of {code} with {where}"
    return matter


def _unchanged(matter):
    before = (matter.state, matter.version, matter.lead_unit_id, matter.duplicate_of_id)
    matter.refresh_from_db()
    return before == (matter.state, matter.version, matter.lead_unit_id, matter.duplicate_of_id)


def test_an_office_cannot_place_a_new_matter_in_another_citys_region(world):
    before = Matter.objects.count()
    response = _post(world["office_yc"], "/matters", {
        "title": "用工短缺", "description": "一线技工招聘困难", "category": _matter_in(NEIJIANG).category.code,
        "region": NEIJIANG})
    _refused_naming(response, "region")
    assert Matter.objects.count() == before


def test_an_office_cannot_raise_a_new_matter_for_another_citys_enterprise(world):
    neijiang_enterprise = world["enterprise"].organization
    before = (Matter.objects.count(), Matter.objects.filter(enterprise=neijiang_enterprise).count())
    response = _post(world["office_yc"], "/matters", {
        "title": "用工短缺", "description": "一线技工招聘困难", "category": _matter_in(NEIJIANG).category.code,
        "enterprise": neijiang_enterprise.pk})
    _refused_naming(response, "enterprise")
    assert (Matter.objects.count(), Matter.objects.filter(enterprise=neijiang_enterprise).count()) == before


def test_an_office_cannot_call_a_meeting_in_another_citys_region(world):
    before = (Meeting.objects.count(), Meeting.objects.filter(region__code=NEIJIANG).count())
    response = _post(world["office_yc"], "/meetings", {"held_on": NEXT_MONTH, "region": NEIJIANG})
    _refused_naming(response, "region")
    assert (Meeting.objects.count(), Meeting.objects.filter(region__code=NEIJIANG).count()) == before


def test_an_office_cannot_assign_its_matter_to_another_citys_unit(world):
    matter = _matter_in(NEIJIANG, state=State.ACCEPTED)
    yongchuan_unit = Organization.objects.filter(kind=Organization.Kind.UNIT, region__code=YONGCHUAN).order_by("pk")[0]
    assignments = Assignment.objects.filter(matter=matter).count()
    response = _post(world["office"], f"/matters/{matter.number}/assign",
                     {"lead_unit": yongchuan_unit.pk, "due": NEXT_MONTH})
    _refused_naming(response, "lead_unit")
    assert _unchanged(matter) and Assignment.objects.filter(matter=matter).count() == assignments


def test_an_office_cannot_merge_its_matter_into_another_citys(world):
    matter = _matter_in(NEIJIANG, state__in=[State.SUBMITTED, State.ACCEPTED])
    yangpu_matter = _matter_in(YANGPU)
    response = _post(world["office"], f"/matters/{matter.number}/merge", {"into": yangpu_matter.number})
    _refused_naming(response, "into")
    assert _unchanged(matter) and _unchanged(yangpu_matter)


def test_an_office_cannot_put_another_citys_matter_on_its_meetings_agenda(world):
    meeting = Meeting.objects.filter(region__code=NEIJIANG).order_by("-held_on", "-pk")[0]
    yangpu_matter = _matter_in(YANGPU, state__in=[State.SUBMITTED, State.ACCEPTED, State.IN_PROGRESS])
    items = AgendaItem.objects.count()
    response = _post(world["office"], f"/meetings/{meeting.pk}/agenda", {"matter": yangpu_matter.number})
    _refused_naming(response, "matter")
    assert AgendaItem.objects.count() == items and _unchanged(yangpu_matter)


def test_an_office_cannot_reveal_the_contact_of_another_citys_enterprise(world):
    contact = world["enterprise"]
    assert contact.phone, "the demo enterprise contact has a phone number"
    reveals = AuditEntry.objects.filter(kind="reveal").count()
    response = _post(world["office_yc"], "/audit/reveal",
                     {"kind": "user", "id": contact.pk, "field": "phone", "reason": "回访企业"})
    _refused_naming(response, "id")
    assert contact.phone not in response.content.decode()
    assert AuditEntry.objects.filter(kind="reveal").count() == reveals
    assert AuditEntry.objects.filter(kind="reveal_refused", subject=f"directory.User:{contact.pk}").exists()


def test_the_office_over_a_matter_reveals_its_submitters_contact(world):
    """The refusal above is the jurisdiction's, not the reveal's: 内江's office reaches the same contact."""
    contact = world["enterprise"]
    response = _post(world["office"], "/audit/reveal",
                     {"kind": "user", "id": contact.pk, "field": "phone", "reason": "回访企业"})
    assert response.status_code == 200, response.content.decode()
    assert contact.phone in response.content.decode()


def test_an_office_places_a_new_matter_in_its_own_region(world):
    """The refusals above are the jurisdiction's: the same request for 永川's own region is taken."""
    response = _post(world["office_yc"], "/matters", {
        "title": "用工短缺", "description": "一线技工招聘困难", "category": _matter_in(NEIJIANG).category.code,
        "region": YONGCHUAN})
    assert response.status_code == 201, response.content.decode()
    assert Matter.objects.get(number=response.json()["number"]).region.code == YONGCHUAN
