"""From intake to the published implementation: the meeting's decision, the unit's answer, the rating."""

import datetime

import pytest

from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.meetings.models import AgendaItem
from huishang.suggestions import services
from huishang.suggestions.models import Decision
from tests import factories as f
from tests.suggestions import helpers, worlds

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast(world):
    return worlds.Cast()


def test_an_adopted_suggestion_is_assigned_to_the_unit_through_the_meeting(cast):
    receipt = worlds.submitted()
    decision = worlds.decided(cast, receipt, "adopted")
    matter = Matter.objects.get(pk=receipt.suggestion.matter.pk)
    assert matter.state == "assigned" and matter.lead_unit == cast.unit
    assert decision.agenda_item.outcome == AgendaItem.Outcome.ASSIGNED
    assert decision.agenda_item.decision == f"{Decision.Outcome.ADOPTED.label}：切实可行"


def test_a_suggestion_not_adopted_is_still_answered_by_a_unit_with_the_reason(cast):
    receipt = worlds.submitted()
    decision = worlds.decided(cast, receipt, "not_adopted")
    assert decision.outcome == "not_adopted" and decision.reason == "切实可行"
    assert Matter.objects.get(pk=receipt.suggestion.matter.pk).state == "assigned"


def test_a_decision_needs_a_reason_and_a_known_outcome(cast):
    item = worlds.on_agenda(cast, worlds.submitted())
    due = clock.today() + datetime.timedelta(days=9)
    with pytest.raises(ValidationError) as missing:
        services.decide_suggestion(item, by=cast.office, outcome="adopted", reason=" ", lead_unit=cast.unit, due=due)
    assert missing.value.field == "reason"
    with pytest.raises(ValidationError) as unknown:
        services.decide_suggestion(item, by=cast.office, outcome="maybe", reason="x", lead_unit=cast.unit, due=due)
    assert unknown.value.field == "outcome"
    assert not Decision.objects.exists() and Matter.objects.get().state == "on_agenda"


def test_only_the_office_decides_a_suggestion(cast):
    item = worlds.on_agenda(cast, worlds.submitted())
    due = clock.today() + datetime.timedelta(days=9)
    for outsider in (cast.handler, cast.supervisor, f.leader(scope=helpers.yangpu())):
        with pytest.raises(NotAllowed):
            services.decide_suggestion(item, by=outsider, outcome="adopted", reason="x", lead_unit=cast.unit, due=due)
    services.decide_suggestion(item, by=cast.office, outcome="adopted", reason="x", lead_unit=cast.unit, due=due)


def test_an_office_of_another_region_cannot_decide(cast):
    item = worlds.on_agenda(cast, worlds.submitted())
    elsewhere = f.office(scope=f.region("511000", "内江市"))
    with pytest.raises(NotAllowed):
        services.decide_suggestion(item, by=elsewhere, outcome="adopted", reason="x", lead_unit=cast.unit,
                                   due=clock.today() + datetime.timedelta(days=9))


def test_the_implementation_is_published_only_after_the_unit_answered_an_adopted_suggestion(cast):
    receipt = worlds.submitted()
    worlds.decided(cast, receipt, "adopted")
    with pytest.raises(InvalidTransition):
        services.publish_implementation(receipt.suggestion, by=cast.office, text="已完成")
    matter = Matter.objects.get()
    matter = services.matter_services.acknowledge(matter, by=cast.handler)
    services.matter_services.respond(matter, by=cast.handler, content="已新增直饮水点6处。")
    with pytest.raises(NotAllowed):
        services.publish_implementation(receipt.suggestion, by=cast.handler, text="已完成")
    implementation = services.publish_implementation(receipt.suggestion, by=cast.office, text="新增直饮水点6处")
    assert implementation.text == "新增直饮水点6处"
    with pytest.raises(InvalidTransition):
        services.publish_implementation(receipt.suggestion, by=cast.office, text="再次发布")


def test_a_suggestion_not_adopted_has_no_implementation_to_publish(cast):
    receipt = worlds.submitted()
    worlds.answered(cast, receipt, "not_adopted")
    with pytest.raises(InvalidTransition):
        services.publish_implementation(receipt.suggestion, by=cast.office, text="x")


def test_the_submitter_rates_once_after_the_decision_with_the_code(cast):
    receipt = worlds.submitted()
    with pytest.raises(InvalidTransition):
        services.rate_suggestion(receipt.suggestion, code=receipt.code, stars=5)
    worlds.decided(cast, receipt)
    with pytest.raises(NotAllowed):
        services.rate_suggestion(receipt.suggestion, code="x" + receipt.code[1:], stars=5)
    with pytest.raises(ValidationError):
        services.rate_suggestion(receipt.suggestion, code=receipt.code, stars=6)
    assert services.rate_suggestion(receipt.suggestion, code=receipt.code, stars=4).rating == 4
    with pytest.raises(InvalidTransition):
        services.rate_suggestion(receipt.suggestion, code=receipt.code, stars=5)


def test_a_held_suggestion_is_released_by_the_office_only(cast, settings):
    settings.HUISHANG_SENSITIVE_WORDS = ["代开发票"]
    receipt = services.submit_suggestion(
        title="举报", text="有人代开发票", category="riverside", region=helpers.YANGPU, **helpers.solved()
    )
    assert receipt.suggestion.held
    with pytest.raises(NotAllowed):
        services.release_held(receipt.suggestion, by=cast.supervisor)
    assert not services.release_held(receipt.suggestion, by=cast.office).held
    with pytest.raises(InvalidTransition):
        services.release_held(receipt.suggestion, by=cast.office)


def test_only_a_keeper_enters_paper_suggestions_for_their_point(cast, world):
    stranger = f.user("union")
    with pytest.raises(NotAllowed):
        services.submit_suggestion(title="纸质建议", text="内容", category="riverside", region=helpers.YANGPU,
                                   channel="paper", point=world, entered_by=stranger)
    world.keeper = stranger
    world.save()
    receipt = services.submit_suggestion(title="纸质建议", text="内容", category="riverside", region=helpers.YANGPU,
                                         channel="paper", point=world, entered_by=stranger)
    assert receipt.suggestion.entered_by == stranger and receipt.suggestion.channel == "paper"


def test_the_staff_page_masks_the_contact_details(client, cast):
    receipt = worlds.submitted(contact_email="wangjianhua@example.com")
    client.force_login(cast.office)
    html = client.get(f"/suggestions/staff/{receipt.number}/").content.decode()
    assert "138****5678" in html and "王**" in html and "w***@example.com" in html
    assert "13812345678" not in html and "王建华" not in html and "wangjianhua" not in html


def test_the_staff_pages_are_refused_to_units_and_the_public(client, cast):
    receipt = worlds.submitted()
    assert client.get("/suggestions/staff/").status_code == 302
    client.force_login(cast.handler)
    assert client.get("/suggestions/staff/").status_code == 403
    assert client.get(f"/suggestions/staff/{receipt.number}/").status_code == 403
    client.force_login(cast.office)
    assert receipt.number in client.get("/suggestions/staff/").content.decode()


def test_the_public_progress_and_results_never_show_contact_details(client, cast):
    receipt = worlds.submitted()
    worlds.answered(cast, receipt)
    services.publish_implementation(receipt.suggestion, by=cast.office, text="新增直饮水点6处")
    client.post("/suggestions/follow/", {"number": receipt.number, "code": receipt.code})
    for url in (f"/suggestions/follow/{receipt.number}/", "/suggestions/results/"):
        html = client.get(url).content.decode()
        assert "新增直饮水点6处" in html and "13812345678" not in html and "王建华" not in html, url


def test_the_office_decides_and_publishes_through_the_staff_pages(client, cast):
    receipt = worlds.submitted()
    item = worlds.on_agenda(cast, receipt)
    client.force_login(cast.office)
    due = (clock.today() + datetime.timedelta(days=20)).isoformat()
    response = client.post(f"/suggestions/staff/{receipt.number}/decide/",
                           {"outcome": "partly_adopted", "reason": "先行试点", "lead_unit": cast.unit.pk, "due": due})
    assert response.status_code == 302
    assert Decision.objects.get(agenda_item=item).outcome == "partly_adopted"
