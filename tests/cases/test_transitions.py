"""Every transition is legal from the states PRODUCT.md allows and refused from every other one."""

import pytest

from huishang.cases import services
from huishang.cases.models import Transition
from huishang.cases.states import State
from huishang.core.errors import InvalidTransition, NotAllowed
from tests import factories as f
from tests.cases.worlds import cast, in_fortnight, matter_in

pytestmark = pytest.mark.django_db

# action -> (how the right person performs it, the states it may start from, the state it leads to)
ACTIONS = {
    "accept": (lambda m, p: services.accept(m, by=p.office), {State.SUBMITTED}, State.ACCEPTED),
    "reject": (lambda m, p: services.reject(m, by=p.office, reason="重复反映"), {State.SUBMITTED}, State.REJECTED),
    "merge": (
        lambda m, p: services.merge(m, by=p.office, into=f.matter(by=p.contact)),
        {State.SUBMITTED, State.ACCEPTED},
        State.MERGED,
    ),
    "put_on_agenda": (lambda m, p: services.put_on_agenda(m, by=p.office), {State.ACCEPTED}, State.ON_AGENDA),
    "take_off_agenda": (lambda m, p: services.take_off_agenda(m, by=p.office), {State.ON_AGENDA}, State.ACCEPTED),
    "assign": (
        lambda m, p: services.assign(m, by=p.office, lead_unit=p.handler.organization, due=in_fortnight()),
        {State.ACCEPTED, State.ON_AGENDA},
        State.ASSIGNED,
    ),
    "acknowledge": (lambda m, p: services.acknowledge(m, by=p.handler), {State.ASSIGNED}, State.IN_PROGRESS),
    "send_back": (
        lambda m, p: services.send_back(m, by=p.handler, reason="不属于本单位职责", approved_by=p.supervisor),
        {State.ASSIGNED, State.IN_PROGRESS},
        State.ACCEPTED,
    ),
    "respond": (lambda m, p: services.respond(m, by=p.handler, content="已办理"), {State.IN_PROGRESS}, State.RESPONDED),
    "review_satisfied": (
        lambda m, p: services.review(m, by=p.contact, satisfied=True), {State.RESPONDED}, State.RESOLVED
    ),
    "review_not_satisfied": (
        lambda m, p: services.review(m, by=p.contact, satisfied=False, note="仍未解决"),
        {State.RESPONDED},
        State.IN_PROGRESS,
    ),
    "close": (lambda m, p: services.close(m, by=p.supervisor), {State.RESOLVED}, State.CLOSED),
}

CASES = [(action, state) for action in ACTIONS for state in State.values]


@pytest.mark.parametrize("action,state", CASES, ids=[f"{a}-from-{s}" for a, s in CASES])
def test_transition_is_performed_only_from_its_allowed_states(action, state):
    perform, allowed_from, target = ACTIONS[action]
    people = cast()
    matter = matter_in(state, people)
    trail_before = Transition.objects.filter(matter=matter).count()
    if state in allowed_from:
        perform(matter, people)
        matter.refresh_from_db()
        assert matter.state == target
        last = matter.trail.last()
        assert (last.from_state, last.to_state, last.actor_id is not None) == (state, target, True)
    else:
        with pytest.raises((InvalidTransition, NotAllowed)):
            perform(matter, people)
        matter.refresh_from_db()
        assert matter.state == state
        assert Transition.objects.filter(matter=matter).count() == trail_before


def test_a_refused_transition_on_the_actors_own_matter_says_it_is_the_state_that_is_wrong():
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    with pytest.raises(InvalidTransition) as refused:
        services.accept(matter, by=people.office)
    assert refused.value.http_status == 409
