"""Review rounds (定期回访督查): the rules choose the matters (resolved in the period, reopened in it, long-running),
the group adjusts the list, each finding moves its matter through the matter's own transitions (the trail shows
it), only the round's members record findings, the round is confined to its region, and its report renders."""

import datetime
import io

import pytest
from docx import Document

from huishang.cases import services
from huishang.cases.models import Transition
from huishang.cases.states import Action, State
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.notifications.models import Notification
from huishang.supervision import rounds
from huishang.supervision.models import FollowUp, RoundMatter
from huishang.supervision.round_report import round_report, round_report_pdf
from tests import factories as f
from tests.cases.worlds import Cast, cast
from tests.supervision.conftest import at, handed_out, resolve

D = datetime.date
pytestmark = pytest.mark.django_db
PERIOD = (D(2024, 3, 1), D(2024, 5, 31))
CHECKED_ON = D(2024, 6, 5)


def history(people):
    """Matters of one city with the histories the rules tell apart."""
    long_running = handed_out(people, on=D(2024, 1, 8), due=D(2024, 12, 31))
    resolved_in = resolve(handed_out(people, on=D(2024, 3, 4), due=D(2024, 4, 30)), people, on=D(2024, 3, 20))
    resolved_before = resolve(handed_out(people, on=D(2024, 1, 8), due=D(2024, 3, 1)), people, on=D(2024, 1, 22))
    reopened = handed_out(people, on=D(2024, 3, 4), due=D(2024, 6, 28))
    with clock.frozen_at(at(D(2024, 3, 25))):
        services.respond(reopened, by=people.handler, content="已协调")
        services.review(reopened, by=people.contact, satisfied=False, note="仍未落实")
    reopened.refresh_from_db()
    return {"long_running": long_running, "resolved_in": resolved_in, "resolved_before": resolved_before,
            "reopened": reopened}


def opened(people, *, members=None, rules=rounds.ROUND_RULES):
    with clock.frozen_at(at(CHECKED_ON, 9)):
        return rounds.create_round(by=people.supervisor, title="2024年二季度回访督查", period_start=PERIOD[0],
                                   period_end=PERIOD[1], region=f.region(), members=members or [people.supervisor],
                                   rules=rules)


def entry_of(review_round, matter) -> RoundMatter:
    return review_round.entries.get(matter=matter)


def test_the_rules_choose_matters_resolved_or_reopened_in_the_period_and_long_running_ones_and_no_others():
    people = cast()
    matters = history(people)
    yongchuan = f.region("500118", "永川区")  # another city's matter, resolved in the period
    elsewhere = Cast(contact=f.enterprise_contact(of=f.enterprise(in_region=yongchuan)), office=f.office(yongchuan),
                     handler=f.unit_handler(of=f.unit(in_region=yongchuan)), supervisor=f.supervisor(yongchuan))
    other = resolve(handed_out(elsewhere, on=D(2024, 3, 4), due=D(2024, 4, 30)), elsewhere, on=D(2024, 3, 20))
    review_round = opened(people)
    reasons = {row.matter_id: row.reason for row in review_round.entries.all()}
    assert reasons == {matters["long_running"].pk: "long_running", matters["resolved_in"].pk: "resolved",
                       matters["reopened"].pk: "reopened"}
    assert other.pk not in reasons


def test_a_round_chooses_by_the_rules_it_is_given():
    people = cast()
    matters = history(people)
    review_round = opened(people, rules=["resolved"])
    assert [row.matter_id for row in review_round.entries.all()] == [matters["resolved_in"].pk]


def test_the_list_is_adjusted_by_hand_while_the_round_is_open_and_a_checked_matter_stays():
    people = cast()
    matters = history(people)
    review_round = opened(people, rules=["resolved"])
    added = rounds.add_matter(review_round, by=people.supervisor, matter=matters["resolved_before"])
    assert added.reason == RoundMatter.Reason.ADDED
    with pytest.raises(ValidationError):
        rounds.add_matter(review_round, by=people.supervisor, matter=matters["resolved_before"])
    rounds.remove_matter(review_round, by=people.supervisor, matter=matters["resolved_before"])
    with clock.frozen_at(at(CHECKED_ON, 10)):
        rounds.record_finding(entry_of(review_round, matters["resolved_in"]), by=people.supervisor, method="phone",
                              verdict="solved")
    with pytest.raises(InvalidTransition):
        rounds.remove_matter(review_round, by=people.supervisor, matter=matters["resolved_in"])


def test_a_finding_not_solved_on_a_resolved_matter_reopens_it_through_the_follow_up_and_the_trail_shows_it():
    people = cast()
    matters = history(people)
    review_round = opened(people)
    with clock.frozen_at(at(CHECKED_ON, 10)):
        entry = rounds.record_finding(
            entry_of(review_round, matters["resolved_in"]), by=people.supervisor, method="on_site",
            verdict="not_solved", note="现场查看：设备仍未到位", checklist={"measures": False, "evidence": True},
        )
    matter = entry.matter
    matter.refresh_from_db()
    assert (matter.state, entry.moved_to) == (State.IN_PROGRESS, State.IN_PROGRESS)
    last = Transition.objects.filter(matter=matter).last()
    assert last.action == Action.REOPEN and "2024年二季度回访督查" in last.note and "设备仍未到位" in last.note
    follow_up = FollowUp.objects.get(matter=matter)
    assert (follow_up.satisfaction, follow_up.solved) == ("dissatisfied", False)


def test_a_finding_solved_on_a_resolved_matter_settles_its_follow_up_and_closes_it():
    people = cast()
    matters = history(people)
    review_round = opened(people)
    with clock.frozen_at(at(CHECKED_ON, 10)):
        entry = rounds.record_finding(entry_of(review_round, matters["resolved_in"]), by=people.supervisor,
                                      method="phone", verdict="solved", satisfaction="fairly")
    matters["resolved_in"].refresh_from_db()
    assert matters["resolved_in"].state == State.CLOSED and entry.moved_to == State.CLOSED
    assert FollowUp.objects.get(matter=matters["resolved_in"]).satisfaction == "fairly"


def test_a_finding_on_an_answered_matter_is_its_review_on_site():
    people = cast()
    matter = handed_out(people, on=D(2024, 1, 8), due=D(2024, 12, 31))
    with clock.frozen_at(at(D(2024, 5, 6))):
        services.respond(matter, by=people.handler, content="已完成")
    review_round = opened(people)
    with clock.frozen_at(at(CHECKED_ON, 10)):
        rounds.record_finding(entry_of(review_round, matter), by=people.supervisor, method="on_site", verdict="solved")
    matter.refresh_from_db()
    assert matter.state == State.RESOLVED
    review = matter.reviews.get()
    assert (review.method, review.by, review.satisfied) == ("on_site", people.supervisor, True)


def test_a_matter_still_handled_is_not_found_solved_and_may_be_asked_for_a_work_plan():
    people = cast()
    matters = history(people)
    review_round = opened(people)
    entry = entry_of(review_round, matters["long_running"])
    with clock.frozen_at(at(CHECKED_ON, 10)):
        with pytest.raises(ValidationError) as error:
            rounds.record_finding(entry, by=people.supervisor, method="phone", verdict="solved")
        assert error.value.field == "verdict"
        entry = rounds.record_finding(entry, by=people.supervisor, method="phone", verdict="under_way",
                                      note="用地手续仍在审批", plan_required=True)
    matters["long_running"].refresh_from_db()
    assert matters["long_running"].state == State.IN_PROGRESS and entry.moved_to == ""
    assert Notification.objects.filter(recipient=people.handler, event="supervision.plan_required").exists()
    assert matters["long_running"].supervision_visits.get().findings.endswith("用地手续仍在审批")


def test_only_the_rounds_members_record_findings():
    people = cast()
    matters = history(people)
    review_round = opened(people)
    entry = entry_of(review_round, matters["resolved_in"])
    for stranger in (f.supervisor(), people.office, f.admin(), people.handler):
        with clock.frozen_at(at(CHECKED_ON, 10)), pytest.raises(NotAllowed):
            rounds.record_finding(entry, by=stranger, method="phone", verdict="solved")
    matters["resolved_in"].refresh_from_db()
    assert matters["resolved_in"].state == State.RESOLVED


def test_a_finished_round_takes_no_more_findings():
    people = cast()
    matters = history(people)
    review_round = opened(people)
    rounds.finish_round(review_round, by=people.supervisor, summary="本轮共回访3件")
    with pytest.raises(InvalidTransition):
        rounds.record_finding(entry_of(review_round, matters["resolved_in"]), by=people.supervisor, method="phone",
                              verdict="solved")
    with pytest.raises(InvalidTransition):
        rounds.finish_round(review_round, by=people.supervisor)


def test_a_round_is_confined_to_its_region_for_readers_creators_and_members():
    people = cast()
    history(people)
    review_round = opened(people)
    yongchuan = f.region("500118", "永川区")
    outsider = f.supervisor(scope=yongchuan)
    assert review_round not in rounds.visible_rounds(outsider)
    assert review_round in rounds.visible_rounds(people.office)
    assert not rounds.visible_rounds(people.handler).exists()
    with clock.frozen_at(at(CHECKED_ON, 9)):
        with pytest.raises(NotAllowed):
            rounds.create_round(by=outsider, title="越界", period_start=PERIOD[0], period_end=PERIOD[1],
                                region=f.region(), members=[outsider])
        with pytest.raises(NotAllowed) as error:
            rounds.create_round(by=people.supervisor, title="成员越界", period_start=PERIOD[0], period_end=PERIOD[1],
                                region=f.region(), members=[outsider])
        assert error.value.field == "members"
    with pytest.raises(NotAllowed):
        rounds.add_matter(review_round, by=outsider, matter=review_round.entries.first().matter)


def test_the_report_lists_findings_by_verdict_in_word_and_pdf():
    people = cast()
    matters = history(people)
    review_round = opened(people)
    with clock.frozen_at(at(CHECKED_ON, 10)):
        rounds.record_finding(entry_of(review_round, matters["resolved_in"]), by=people.supervisor, method="phone",
                              verdict="solved", checklist={"enterprise_confirms": True})
    rounds.finish_round(review_round, by=people.supervisor, summary="整体落实较好")
    text = "\n".join(p.text for p in Document(io.BytesIO(round_report(review_round))).paragraphs)
    assert "2024年二季度回访督查" in text and matters["resolved_in"].number in text and "整体落实较好" in text
    assert round_report_pdf(review_round).startswith(b"%PDF")
