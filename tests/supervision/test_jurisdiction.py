"""Supervision stays in the jurisdiction (管辖范围): escalations go to leaders over the matter, requests reach the
supervisors over it, and a region-scoped board shows only its own matters and units."""

import datetime

import pytest

from huishang.core import clock
from huishang.directory.models import Role
from huishang.figures.permissions import figures_scope_for
from huishang.notifications.models import Notification
from huishang.supervision import services
from huishang.supervision.models import Escalation
from huishang.supervision.selectors import leaders_over, overdue_matters, unit_ranking
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import Cast, cast
from tests.supervision.conftest import START, at, handed_out
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def yongchuan():
    return f.region("500118", "永川区")


def cast_of_yongchuan() -> Cast:
    return Cast(contact=f.enterprise_contact(of=f.enterprise(in_region=yongchuan())),
                office=f.office(scope=yongchuan()),
                handler=f.unit_handler(of=f.unit("永川区人社局", in_region=yongchuan())),
                supervisor=f.supervisor(scope=yongchuan()))


def test_escalation_to_a_leader_of_another_jurisdiction_answers_403_naming_the_leader_and_stores_nothing():
    people = cast()
    matter = handed_out(people)
    api = as_user(people.supervisor)
    refused = api.post(f"/supervision/matters/{matter.number}/escalations",
                       {"leader": f.leader(scope=yongchuan()).pk, "reason": "超期未办"})
    assert refused.status_code == 403 and refused.json()["field"] == "leader"
    assert not Escalation.objects.exists()
    allowed = api.post(f"/supervision/matters/{matter.number}/escalations", {"leader": f.leader().pk, "reason": "超期未办"})
    assert allowed.status_code == 201


def test_the_escalation_choices_are_the_leaders_whose_jurisdiction_holds_the_matter():
    matter = handed_out(cast())
    ours, whole_deployment = f.leader(), f.user(Role.LEADER)
    f.leader(scope=yongchuan())
    assert set(leaders_over(matter)) == {ours, whole_deployment}


def test_an_extension_request_is_told_only_to_the_supervisors_over_the_matter():
    people = cast()
    matter = handed_out(people)
    elsewhere = f.supervisor(scope=yongchuan())
    with clock.frozen_at(at(START + datetime.timedelta(days=2))):
        services.request_extension(matter, by=people.handler, requested_due=matter.due + datetime.timedelta(days=7),
                                   reason="需协调省级部门")
    assert Notification.objects.filter(recipient=people.supervisor).exists()
    assert not Notification.objects.filter(recipient=elsewhere).exists()


def test_the_board_of_a_region_scoped_supervisor_shows_only_its_jurisdiction():
    neijiang, yongchuan_people = cast(), cast_of_yongchuan()
    ours, theirs = handed_out(neijiang), handed_out(yongchuan_people)
    reader = yongchuan_people.supervisor
    assert list(overdue_matters(reader)) == [theirs]
    units = [row["unit"] for row in unit_ranking(figures_scope_for(reader))]
    assert units == ["永川区人社局"]
    page = text_of(signed_in(reader).get("/supervision/"))
    assert theirs.number in page and ours.number not in page
