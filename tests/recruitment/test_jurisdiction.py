"""Recruitment rounds and events stay in the acting account's jurisdiction (管辖范围)."""

import datetime

import pytest

from huishang.core.errors import NotAllowed
from huishang.recruitment import events
from huishang.recruitment.event_forms import EventForm
from huishang.recruitment.forms import RoundForm
from huishang.recruitment.models import Event, Round
from huishang.recruitment.selectors import visible_events, visible_rounds
from tests import factories as f
from tests.api.client import as_user
from tests.recruitment.rounds import proofreader_round

pytestmark = pytest.mark.django_db

ROUND = {"title": "招聘校对人员", "employer": "日报社", "post": "校对人员", "head_count": 3,
         "announced_on": "2023-11-01", "deadline": "2023-11-15", "min_education": 2}
EVENT = {"kind": "job_fair", "title": "招聘会", "held_on": "2023-05-10"}


def yongchuan():
    return f.region("500118", "永川区")


def test_the_office_announces_a_round_and_records_an_event_in_its_jurisdiction():
    api = as_user(f.office())
    assert api.post("/recruitment/rounds", {**ROUND, "region": f.district().code}).status_code == 201
    assert api.post("/recruitment/events", {**EVENT, "region": "511000"}).status_code == 201


def test_a_round_or_event_in_another_jurisdiction_is_refused_with_403_naming_the_region_and_nothing_is_stored():
    yongchuan()
    api = as_user(f.office())
    for path, body in (("/recruitment/rounds", ROUND), ("/recruitment/events", EVENT)):
        refused = api.post(path, {**body, "region": "500118"})
        assert refused.status_code == 403, path
        assert refused.json()["field"] == "region"
    assert not Round.objects.exists() and not Event.objects.exists()


def test_the_service_refuses_an_event_outside_naming_the_region():
    with pytest.raises(NotAllowed) as refused:
        events.hold_event(by=f.office(), kind=Event.Kind.JOB_FAIR, title="招聘会", held_on=datetime.date(2023, 5, 10),
                          region=yongchuan())
    assert refused.value.field == "region"


def test_the_lists_of_a_region_scoped_account_show_only_its_jurisdiction():
    ours = proofreader_round()
    theirs = proofreader_round(f.office(scope=yongchuan()), region=yongchuan())
    our_event = events.hold_event(by=f.office(), kind=Event.Kind.JOB_FAIR, title="内江招聘会",
                                  held_on=datetime.date(2023, 5, 10), region=f.region())
    events.hold_event(by=f.office(scope=yongchuan()), kind=Event.Kind.JOB_FAIR, title="永川招聘会",
                      held_on=datetime.date(2023, 5, 10), region=yongchuan())
    for reader in (f.office(), f.supervisor(), f.leader()):
        assert list(visible_rounds(reader)) == [ours]
        assert list(visible_events(reader)) == [our_event]
    listed = as_user(f.leader(scope=yongchuan())).get("/recruitment/rounds").json()
    assert [row["id"] for row in listed] == [theirs.pk]
    assert visible_rounds(f.admin()).count() == 2


def test_the_round_and_event_forms_offer_only_the_regions_of_the_jurisdiction():
    yongchuan()
    district = f.district()
    office = f.office()
    for form in (RoundForm(user=office), EventForm(user=office)):
        assert set(form.fields["region"].queryset) == {f.region(), district}
