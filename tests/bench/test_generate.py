"""bench/generate.py writes, in bulk, the rows the services would have written for each matter."""

import importlib.util
from pathlib import Path

import pytest
from django.db.models import Count, Max

from huishang.cases.models import Assignment, Matter, MatterSequence, Response, Review, Transition
from huishang.cases.selectors import filter_matters, visible_matters
from huishang.cases.states import ALLOWED_FROM, DONE, TARGET, Action, State
from huishang.directory.models import User
from huishang.figures import rollups
from huishang.figures.models import DayCell
from huishang.insight.models import MatterDocument

pytestmark = pytest.mark.django_db

MATTERS = 300


def _generator():
    path = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def generated():
    return _generator().generate(MATTERS, seed=3)


def _trail(matter):
    return list(matter.trail.order_by("at", "id"))


def test_every_trail_is_a_legal_path_ending_in_the_matters_state(generated):
    assert Matter.objects.count() == MATTERS
    for matter in Matter.objects.all():
        trail = _trail(matter)
        assert trail[0].action == Action.SUBMIT and trail[0].to_state == State.SUBMITTED
        for before, entry in zip(trail, trail[1:]):
            assert entry.from_state == before.to_state
            action = Action.REVIEW if entry.action in (Action.RESOLVE, Action.CONTINUE) else entry.action
            assert entry.from_state in ALLOWED_FROM[action]
            assert entry.to_state == TARGET[entry.action]
        assert matter.state == trail[-1].to_state
        assert matter.version == len(trail)


def test_the_assignment_columns_match_the_assignments_as_assign_and_send_back_leave_them(generated):
    for matter in Matter.objects.exclude(first_assigned_at=None):
        assignments = list(matter.assignments.order_by("assigned_at", "id"))
        assert matter.first_assigned_at == assignments[0].assigned_at
        current = assignments[-1]
        if current.sent_back_at is None:
            assert (matter.lead_unit_id, matter.due) == (current.lead_unit_id, current.due)
        else:
            assert (matter.lead_unit_id, matter.due) == (None, None)
        assert matter.trail.filter(action=Action.ASSIGN).count() == len(assignments)
    assert not Assignment.objects.filter(matter__first_assigned_at=None).exists()


def test_responses_reviews_and_resolution_follow_the_trail(generated):
    for matter in Matter.objects.all():
        trail = _trail(matter)
        assert Response.objects.filter(matter=matter).count() == sum(e.action == Action.RESPOND for e in trail)
        reviews = Review.objects.filter(matter=matter)
        assert reviews.count() == sum(e.action in (Action.RESOLVE, Action.CONTINUE) for e in trail)
        assert reviews.filter(satisfied=True).count() == sum(e.action == Action.RESOLVE for e in trail)
        resolve = next((e for e in trail if e.action == Action.RESOLVE), None)
        assert matter.resolved_at == (resolve.at if resolve else None)
        assert (matter.state in DONE) == (resolve is not None)


def test_numbers_continue_from_the_sequence_and_each_matter_is_searchable(generated):
    assert Matter.objects.values("number").distinct().count() == MATTERS
    for sequence in MatterSequence.objects.all():
        numbers = Matter.objects.filter(number__startswith=f"HS-{sequence.year}-")
        assert numbers.count() == sequence.last
        assert numbers.aggregate(last=Max("number"))["last"] == f"HS-{sequence.year}-{sequence.last:06d}"
    assert MatterDocument.objects.count() == MATTERS
    office = User.objects.get(username="bench-office")
    some = Matter.objects.order_by("pk").first()
    found = filter_matters(visible_matters(office), q=some.title.split("，")[0][:4])
    assert found.filter(pk=some.pk).exists()


def test_the_counts_per_state_are_reported_and_realistic(generated):
    assert sum(generated.values()) == MATTERS
    assert generated == dict(Matter.objects.values_list("state").annotate(n=Count("pk")))
    # A history over four years: most matters are done, some are still with a unit.
    assert generated.get(State.CLOSED, 0) + generated.get(State.RESOLVED, 0) > MATTERS * 0.8
    assert Transition.objects.count() > MATTERS * 5


def test_the_rollups_the_generator_writes_equal_a_recount(generated):
    # On PostgreSQL the generator computes the cells in SQL, not through rollups.rebuild: a recount must agree.
    assert DayCell.objects.filter(sent_back__gt=0).exists() and DayCell.objects.filter(reopened=True).exists()
    assert rollups.differences() == []
