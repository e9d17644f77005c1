"""Rows of a round's exams for the query-count cases: sessions, ticket holders with their checks."""

import datetime
from types import SimpleNamespace

from huishang.recruitment import checks, sessions, tickets
from tests.recruitment import exams, rounds as recruitment_rounds
from tests.scale.nested_rows import add_applications, round_world

AFTER_DEADLINE = recruitment_rounds.DEADLINE + datetime.timedelta(days=2)


def exam_round_world() -> SimpleNamespace:
    """The proofreader round with a condition the office checks and one written session of ample seats."""
    world = round_world()
    world.round.conditions_to_verify = "无犯罪记录"
    world.round.save(update_fields=["conditions_to_verify"])
    world.session = exams.written_session(world.round, world.office, rooms=[("第一考场", 500), ("第二考场", 500)])
    return world


def add_ticket_holders(world, n: int) -> None:
    """Applicants who passed review, each with a written ticket and the condition checked (looked for by the
    tracking number)."""
    before = set(world.round.applications.values_list("pk", flat=True))
    add_applications(world, n)
    for application in world.round.applications.exclude(pk__in=before):
        tickets.issue_ticket(application, by=world.office, session=world.session)
        checks.record_check(application, by=world.office, condition="无犯罪记录", result="met")


def add_sessions(world, n: int) -> None:
    """Sessions of the round at places named apart, each with two rooms."""
    for _ in range(n):
        place = f"考点{len(world.names) + 1}"
        with recruitment_rounds.at(AFTER_DEADLINE):
            sessions.schedule_session(
                world.round, by=world.office, kind="written", place=place, starts_at=exams.moment(exams.EXAM_DAY, 9),
                ends_at=exams.moment(exams.EXAM_DAY, 11), rooms=[("第一考场", 30), ("第二考场", 30)])
        world.names.append(place)
