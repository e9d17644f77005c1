"""Small makers for the tests of exam sessions, admission tickets and staff checks."""

import datetime

from django.utils import timezone

from huishang.recruitment import services, sessions
from tests.recruitment.rounds import DEADLINE, apply, at

EXAM_DAY = DEADLINE + datetime.timedelta(days=10)


def moment(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def approved(round_, office, names, **overrides):
    """Applications of ``names``, each passed review, in that order."""
    applications = []
    for day, name in enumerate(names, start=2):
        application, _code = apply(round_, name=name, day=datetime.date(2023, 11, day), **overrides)
        applications.append(services.review_application(application, by=office, approve=True))
    return applications


def written_session(round_, office, rooms=(("第一考场", 30),), day=EXAM_DAY, place="内江师范学院东区教学楼"):
    with at(DEADLINE + datetime.timedelta(days=2)):
        return sessions.schedule_session(round_, by=office, kind="written", starts_at=moment(day, 9),
                                         ends_at=moment(day, 11), place=place, rooms=list(rooms))


def interview_session(round_, office, rooms=(("面试室一", 10),), day=EXAM_DAY + datetime.timedelta(days=7)):
    with at(DEADLINE + datetime.timedelta(days=2)):
        return sessions.schedule_session(round_, by=office, kind="interview", starts_at=moment(day, 14),
                                         ends_at=moment(day, 17, 30), place="内江日报社三楼会议室", rooms=list(rooms))
