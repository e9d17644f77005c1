"""Who may do what: every rule tested both ways, through the services."""

import pytest

from huishang.cases import permissions, services
from huishang.cases.selectors import get_visible_matter, visible_matters
from huishang.cases.states import Action, State
from huishang.core.errors import NotAllowed
from huishang.directory.models import Role
from tests import factories as f
from tests.cases.worlds import cast, in_fortnight, matter_in

pytestmark = pytest.mark.django_db

# The specification, written out: which roles may perform each action (given scope and state allow it).
MAY = {
    Action.ACCEPT: {"office", "admin"},
    Action.REJECT: {"office", "admin"},
    Action.MERGE: {"office", "admin"},
    Action.PUT_ON_AGENDA: {"office", "admin"},
    Action.TAKE_OFF_AGENDA: {"office", "admin"},
    Action.ASSIGN: {"office", "admin"},
    Action.ACKNOWLEDGE: {"unit"},
    Action.SEND_BACK: {"unit"},
    Action.RESPOND: {"unit"},
    Action.REVIEW: {"enterprise", "supervisor"},
    Action.CLOSE: {"office", "supervisor", "admin"},
}
STATE_FOR = {
    Action.ACCEPT: State.SUBMITTED, Action.REJECT: State.SUBMITTED, Action.MERGE: State.SUBMITTED,
    Action.PUT_ON_AGENDA: State.ACCEPTED, Action.TAKE_OFF_AGENDA: State.ON_AGENDA, Action.ASSIGN: State.ACCEPTED,
    Action.ACKNOWLEDGE: State.ASSIGNED, Action.SEND_BACK: State.ASSIGNED, Action.RESPOND: State.IN_PROGRESS,
    Action.REVIEW: State.RESPONDED, Action.CLOSE: State.RESOLVED,
}
ROLES = ["admin", "office", "unit", "supervisor", "leader", "enterprise", "butler"]
MATRIX = [(action, role) for action in MAY for role in ROLES]


def person_in_role(role, people):
    """Someone of ``role`` whose scope covers the matter, so that only the role decides."""
    return {
        "admin": f.admin, "office": lambda: people.office, "unit": lambda: people.handler,
        "supervisor": lambda: people.supervisor, "leader": f.leader, "enterprise": lambda: people.contact,
        "butler": lambda: _butler_caring_for(people.contact.organization),
    }[role]()


def _butler_caring_for(enterprise):
    butler = f.user(Role.BUTLER)
    butler.enterprises_in_care.add(enterprise)
    return butler


@pytest.mark.parametrize("action,role", MATRIX, ids=[f"{a}-by-{r}" for a, r in MATRIX])
def test_each_action_is_open_to_its_roles_and_refused_to_the_others(action, role):
    people = cast()
    matter = matter_in(STATE_FOR[action], people)
    actor = person_in_role(role, people)
    assert permissions.allowed(actor, action, matter) is (role in MAY[action])
    if role not in MAY[action]:
        with pytest.raises(NotAllowed):
            permissions.check(actor, action, matter)


def test_enterprise_cannot_accept_its_own_matter():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    with pytest.raises(NotAllowed):
        services.accept(matter, by=people.contact)
    matter.refresh_from_db()
    assert matter.state == State.SUBMITTED


def test_enterprise_cannot_read_another_enterprises_matter_by_id_or_number():
    mine, theirs = f.enterprise_contact(), f.enterprise_contact()
    their_matter = f.matter(by=theirs)
    assert get_visible_matter(mine, their_matter.pk) is None
    assert get_visible_matter(mine, their_matter.number) is None
    assert get_visible_matter(theirs, their_matter.pk) == their_matter


def test_enterprise_sees_only_its_own_enterprises_matters():
    company = f.enterprise()
    colleague_a, colleague_b = f.enterprise_contact(of=company), f.enterprise_contact(of=company)
    ours = f.matter(by=colleague_a)
    f.matter(by=f.enterprise_contact())
    assert list(visible_matters(colleague_b)) == [ours]


def test_enterprise_cannot_raise_a_matter_for_another_enterprise():
    contact = f.enterprise_contact()
    with pytest.raises(NotAllowed):
        services.submit_matter(by=contact, title="用地", description="用地指标不足", category=f.category(),
                               enterprise=f.enterprise())


def test_unit_sees_matters_assigned_to_it_and_not_others():
    people = cast()
    ours = matter_in(State.ASSIGNED, people)
    other = matter_in(State.ACCEPTED, people)
    assert ours in visible_matters(people.handler)
    assert other not in visible_matters(people.handler)


def test_handler_of_another_unit_cannot_acknowledge():
    people = cast()
    matter = matter_in(State.ASSIGNED, people)
    stranger = f.unit_handler()
    with pytest.raises(NotAllowed):
        services.acknowledge(matter, by=stranger)


def test_supporting_unit_sees_the_matter_but_only_the_lead_unit_responds():
    people = cast()
    helper = f.unit_handler()
    matter = matter_in(State.ACCEPTED, people)
    services.assign(matter, by=people.office, lead_unit=people.handler.organization,
                    supporting_units=[helper.organization], due=in_fortnight())
    matter.refresh_from_db()
    services.acknowledge(matter, by=people.handler)
    assert matter in visible_matters(helper)
    with pytest.raises(NotAllowed):
        services.respond(matter, by=helper, content="配合意见")
    services.respond(matter, by=people.handler, content="牵头答复")


def test_office_acts_only_inside_its_region():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    assert matter not in visible_matters(elsewhere)
    with pytest.raises(NotAllowed):
        services.accept(matter, by=elsewhere)


def test_supervisor_of_the_region_may_review_and_leader_only_reads():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    boss = f.leader()
    assert matter in visible_matters(boss)
    assert permissions.available_actions(boss, matter) == []
    services.review(matter, by=people.supervisor, satisfied=True, method="on_site")
    matter.refresh_from_db()
    assert matter.state == State.RESOLVED


def test_only_the_enterprise_concerned_reviews_its_matter():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    with pytest.raises(NotAllowed):
        services.review(matter, by=f.enterprise_contact(), satisfied=True)


def test_butler_raises_matters_only_for_enterprises_in_care():
    cared, not_cared = f.enterprise(), f.enterprise()
    butler = _butler_caring_for(cared)
    raised = services.submit_matter(by=butler, title="融资", description="流动资金紧张", category=f.category(), enterprise=cared)
    assert raised.source == "butler" and raised in visible_matters(butler)
    with pytest.raises(NotAllowed):
        services.submit_matter(by=butler, title="融资", description="流动资金紧张", category=f.category(), enterprise=not_cared)


def test_leader_and_unit_cannot_raise_matters():
    for person in (f.leader(), f.unit_handler()):
        with pytest.raises(NotAllowed):
            services.submit_matter(by=person, title="x", description="y", category=f.category())


def test_inactive_account_sees_nothing_and_may_do_nothing():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    people.office.is_active = False
    people.office.save()
    assert not visible_matters(people.office).exists()
    with pytest.raises(NotAllowed):
        services.accept(matter, by=people.office)
