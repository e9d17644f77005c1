"""Ranking seekers for a job and jobs for a seeker, so that a match can be made the same day.

Each pair scores out of 100: skill 40 (share of the job's skills the seeker has), distance 25
(same community 25, same region 18, same county or district 10), time 20 (share of the job's
hours the seeker is free) and wage 15 (full when the wage meets the expectation, less in
proportion when it falls short). Ties go to the earlier registration or posting.
"""

import datetime
import re
from dataclasses import dataclass

from huishang.employment.models import Job, Placement, Seeker

WEIGHTS = {"skill": 40, "distance": 25, "time": 20, "wage": 15}
SEPARATORS = re.compile(r"[,，、;；/\s]+")


@dataclass(frozen=True)
class Match:
    seeker: Seeker
    job: Job
    score: float
    parts: dict


def skill_set(text: str) -> set[str]:
    return {word for word in SEPARATORS.split(text or "") if word}


def _skill_share(job: Job, seeker: Seeker) -> float:
    needed, offered = skill_set(job.skills), skill_set(seeker.skills)
    if not needed:
        return 1.0
    met = sum(1 for need in needed if any(need in have or have in need for have in offered))
    return met / len(needed)


def _distance_share(job: Job, seeker: Seeker) -> float:
    if job.region_id == seeker.region_id:
        if job.community and job.community == seeker.community:
            return 1.0
        return 0.72
    if job.region.code[:6] == seeker.region.code[:6]:
        return 0.4
    return 0.0


def _minutes(moment: datetime.time) -> int:
    return moment.hour * 60 + moment.minute


def _time_share(job: Job, seeker: Seeker) -> float:
    start, end = _minutes(job.starts_at), _minutes(job.ends_at)
    if end <= start:
        return 0.0
    free_start, free_end = _minutes(seeker.available_from), _minutes(seeker.available_to)
    overlap = max(0, min(end, free_end) - max(start, free_start))
    return overlap / (end - start)


def _wage_share(job: Job, seeker: Seeker) -> float:
    if not seeker.expected_wage or job.wage >= seeker.expected_wage:
        return 1.0
    return job.wage / seeker.expected_wage


def score(job: Job, seeker: Seeker) -> Match:
    shares = {
        "skill": _skill_share(job, seeker), "distance": _distance_share(job, seeker),
        "time": _time_share(job, seeker), "wage": _wage_share(job, seeker),
    }
    parts = {name: round(WEIGHTS[name] * share, 1) for name, share in shares.items()}
    return Match(seeker=seeker, job=job, score=round(sum(parts.values()), 1), parts=parts)


def _hired_seekers():
    return Placement.objects.filter(outcome=Placement.Outcome.HIRED).values("seeker")


def seekers_for(job: Job, *, limit: int = 20) -> list[Match]:
    """The station's seekers not yet hired, best first."""
    seekers = (Seeker.objects.filter(station=job.station_id).exclude(pk__in=_hired_seekers())
               .exclude(placements__job=job).select_related("region"))
    matches = [score(job, seeker) for seeker in seekers]
    matches.sort(key=lambda match: (-match.score, match.seeker.registered_at, match.seeker.pk))
    return matches[:limit]


def jobs_for(seeker: Seeker, *, limit: int = 20) -> list[Match]:
    """The station's open jobs, best first."""
    jobs = (Job.objects.filter(station=seeker.station_id, state=Job.State.OPEN)
            .exclude(placements__seeker=seeker).select_related("region"))
    matches = [score(job, seeker) for job in jobs]
    matches.sort(key=lambda match: (-match.score, match.job.posted_at, match.job.pk))
    return matches[:limit]
