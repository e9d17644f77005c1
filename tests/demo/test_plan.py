"""The planned history is the same on every run and adds up to the meetings' counts."""

import collections
import random

from huishang.demo import plan
from huishang.demo.seed_neijiang import MEETINGS
from huishang.demo.world import SEED


def summary(stories):
    return [(s.meeting, s.enterprise, s.title, s.outcome, s.submitted_at, s.due, [a.responded_at for a in s.attempts])
            for s in stories]


def test_the_same_seed_plans_the_same_history():
    first, second = (plan.consultation_history(random.Random(SEED)) for _run in range(2))
    assert summary(first) == summary(second)


def test_each_meeting_takes_up_its_problems_with_the_planned_outcomes():
    stories = plan.consultation_history(random.Random(SEED))
    for index, meeting in enumerate(MEETINGS):
        outcomes = collections.Counter(story.outcome for story in stories if story.meeting == index)
        assert sum(outcomes.values()) == meeting.problems
        assert outcomes[plan.IN_PROGRESS] == meeting.open_in_progress
        assert outcomes[plan.RESPONDED] == meeting.open_responded
        assert outcomes[plan.BEING_ASSIGNED] == (meeting.problems if meeting.being_assigned else 0)


def test_titles_vary_between_enterprises():
    stories = plan.consultation_history(random.Random(SEED))
    assert len({story.title for story in stories}) > 0.8 * len(stories)
