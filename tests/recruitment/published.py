"""A round taken through to its published result, for the tests of what the public sees."""

import datetime

from huishang.recruitment import services
from tests import factories as f
from tests.recruitment.rounds import DEADLINE, apply, at, proofreader_round

PEOPLE = [("欧阳娜娜", 90, 88), ("王晓婷", 85, 86), ("张三", 80, 82), ("李四", 70, 75)]


def published_round():
    office = f.office()
    round_ = proofreader_round(office)
    applications = []
    for day, (name, written, interview) in enumerate(PEOPLE, start=2):
        application, _code = apply(round_, name=name, day=datetime.date(2023, 11, day))
        services.review_application(application, by=office, approve=True)
        applications.append((application, written, interview))
    with at(DEADLINE + datetime.timedelta(days=5)):
        for application, written, interview in applications:
            services.record_scores(application, by=office, written=written, interview=interview)
        services.publish_result(round_, by=office)
    round_.refresh_from_db()
    return round_, office
