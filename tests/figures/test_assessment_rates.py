"""The unit assessment's rates (PRODUCT.md, "Unit assessment") on a small history built by hand: 及时签收率
acknowledge_on_time_rate, 响应率 response_rate, 解决率 solved_rate, and 重办率 reopen_rate counting a reopening
after a follow-up (不满意) as well as one at review. The same figures in `huishang stats --json` and the API."""

import datetime
import io
import json

import pytest
from django.core.management import call_command

from huishang.cases import services
from huishang.figures import rollups
from huishang.figures.recount import recount_matter_figures
from huishang.figures.selectors import Scope, assessment_figures, matter_figures
from huishang.supervision import services as supervision
from tests import factories as f
from tests.api.client import as_user
from tests.march_2024 import MONDAY, at, hand_out, handle_a_b_c

pytestmark = pytest.mark.django_db
D = datetime.date
MARCH = Scope(date_from=D(2024, 3, 1), date_to=D(2024, 3, 31))
APRIL = Scope(date_from=D(2024, 4, 1), date_to=D(2024, 4, 30))


@pytest.fixture
def history():
    """Handed out on Monday 4 March 2024 at 10:00 (normal: sign for by Tuesday 11:00, first response by
    Thursday 14:30):
    A signed for at once, submitter phoned at once, answered, satisfied and solved, follow-up satisfied (closed);
    B signed for late (Wednesday), answered Thursday 10:00 (in time), satisfied but not solved, follow-up
      dissatisfied (reopened, 不满意);
    C signed for in time, first contact Friday (late);
    D (another unit) never signed for;
    F sent back (approved) at 10:30 on the Monday, before any limit fell: counted in neither rate.
    E handed out on Friday 29 March at 10:00, signed for in time (limit Monday 1 April 11:00), no response
      (limit Wednesday 3 April 14:30)."""
    office, supervisor = f.office(), f.supervisor()
    u1, u2 = f.unit_handler(), f.unit_handler()
    contact = f.enterprise_contact()
    a, b, c, _d, g = hand_out([u1.organization, u1.organization, u1.organization, u2.organization,
                               u1.organization], office=office, contact=contact)
    with at(MONDAY, 10, 30):
        request = supervision.request_send_back(g, by=u1, reason="不属于本单位职责")
        supervision.decide_send_back(request, by=supervisor, approve=True)
    handle_a_b_c(a, b, c, handler=u1, office=office, contact=contact, b_follow_up="dissatisfied", b_note="仍未解决")
    with at(D(2024, 3, 29), 10):
        e = f.matter(by=contact)
        services.accept(e, by=office)
        services.assign(e, by=office, lead_unit=u1.organization, due=D(2024, 4, 30))
    with at(D(2024, 3, 29), 15):
        services.acknowledge(e, by=u1)
    return {"u1": u1.organization, "u2": u2.organization}


def test_acknowledge_on_time_rate_counts_assignments_whose_signing_limit_fell_in_the_period(history):
    # March: A and C on time, B late, D never; F sent back before its limit is not counted → 2 / 4.
    assert assessment_figures(MARCH)["acknowledge_on_time_rate"] == 50.0
    # April: E's limit (1 April) falls in April, signed in March → 1 / 1.
    assert assessment_figures(APRIL)["acknowledge_on_time_rate"] == 100.0
    assert assessment_figures(Scope(date_from=D(2024, 3, 1), date_to=D(2024, 3, 31), unit=history["u2"])) == {
        "acknowledge_on_time_rate": 0.0, "response_rate": 0.0, "solved_rate": 0.0}


def test_response_rate_takes_the_first_contact_or_the_answer_whichever_came_first(history):
    # A contacted in time, B answered in time, C contacted late, D nothing → 2 / 4.
    assert assessment_figures(MARCH)["response_rate"] == 50.0
    assert assessment_figures(APRIL)["response_rate"] == 0.0


def test_a_limit_not_yet_fallen_is_not_counted(history):
    with at(D(2024, 3, 29), 16):
        assert assessment_figures(APRIL)["acknowledge_on_time_rate"] == 0.0  # nothing has fallen yet: 0 / 0
        assert assessment_figures(MARCH)["acknowledge_on_time_rate"] == 50.0


def test_solved_rate_counts_reviews_and_follow_ups_apart_from_satisfaction(history):
    # Reviews: A solved, B not (though satisfied); follow-ups: A solved, B dissatisfied (not solved) → 2 / 4.
    assert assessment_figures(MARCH)["solved_rate"] == 50.0
    assert assessment_figures(APRIL)["solved_rate"] == 0.0
    assert matter_figures(MARCH)["satisfaction_rate"] == 100.0


def test_reopen_rate_counts_a_reopening_after_a_follow_up(history):
    # Resolved: A (closed); reopened: B, 不满意 at its follow-up → 1 / 1.
    assert matter_figures(MARCH)["reopen_rate"] == 100.0
    assert recount_matter_figures(MARCH)["reopen_rate"] == 100.0
    assert rollups.differences() == []


def test_stats_json_and_the_api_give_the_same_rates(history):
    out = io.StringIO()
    call_command("stats", "--json", "--from", "2024-03-01", "--to", "2024-03-31", stdout=out)
    printed = json.loads(out.getvalue())
    wanted = {"acknowledge_on_time_rate": 50.0, "response_rate": 50.0, "solved_rate": 50.0, "reopen_rate": 100.0}
    assert {key: printed[key] for key in wanted} == wanted
    answer = as_user(f.leader()).get("/stats", **{"from": "2024-03-01", "to": "2024-03-31"}).json()
    assert {key: answer[key] for key in wanted} == wanted


def test_the_dashboard_shows_the_rates(history):
    from tests.web.pages import signed_in
    from tests.web.test_dashboard import figure

    page = signed_in(f.leader()).get("/dashboard/", {"date_from": "2024-03-01", "date_to": "2024-03-31"})
    assert page.status_code == 200
    shown = {key: figure(page, key) for key in ("acknowledge_on_time_rate", "response_rate", "solved_rate")}
    assert shown == {"acknowledge_on_time_rate": "50.0", "response_rate": "50.0", "solved_rate": "50.0"}
