"""Small functions that make the union-work records a test needs."""

import itertools

from huishang.assessment import services
from huishang.directory.models import Organization, Role
from tests import factories as f

_serial = itertools.count(1)


def union(name=None, *, parent=None):
    return Organization.objects.create(kind=Organization.Kind.UNION, name=name or f"测试工会{next(_serial)}",
                                       region=f.region("500118", "永川区"), parent=parent)


def officer(of):
    return f.user(Role.UNION, organization=of, scope=of.region)


def assessment(*, weights=(60, 40), unions=2):
    """A draft assessment with indicators of ``weights``, ``unions`` grassroots unions and two reviewers."""
    federation = union("永川区总工会")
    organiser = officer(federation)
    run = services.create_assessment(by=organiser, title="2023年度基层工会工作综合目标考核", year=2023,
                                     organiser=federation)
    indicators = [services.add_indicator(by=organiser, assessment=run, name=f"指标{n}", weight=weight, rule="按完成情况评分")
                  for n, weight in enumerate(weights, start=1)]
    participants = [services.add_participant(by=organiser, assessment=run, union=union(f"基层工会{chr(65 + n)}"))
                    for n in range(unions)]
    reviewers = [officer(federation), officer(federation)]
    for reviewer in reviewers:
        services.appoint_reviewer(by=organiser, assessment=run, reviewer=reviewer)
    return run, organiser, indicators, participants, reviewers


def score_all(participants, indicators, reviewers, table):
    """table[participant index][indicator index] = (score of reviewer 1, score of reviewer 2)."""
    for p, participant in enumerate(participants):
        for i, indicator in enumerate(indicators):
            for reviewer, value in zip(reviewers, table[p][i]):
                services.score(by=reviewer, participant=participant, indicator=indicator, value=value)
