"""The employment services' figures, counted from the records for a period and a region.

- station_registered: seekers registered at a job station in the period.
- station_matched: those put forward for at least one job; station_placed: those hired.
- station_same_day: matched seekers whose first match came on the day they registered;
  station_same_day_rate = station_same_day / station_matched, in %.
- station_jobs: jobs posted in the period; station_openings: the places they offer.
- ledger_households / ledger_members: households recorded in the period and their members;
  ledger_looking: members among them looking for work.
- training_enrolled: enrolments on courses starting in the period; training_completed: those
  completed; training_employed: completed trainees hired through a match made once the course began.
- internship_bases, interns, subsidies_yuan, subsidies_by_kind: see ``internship_figures``.
"""

from django.db.models import Exists, OuterRef, Sum
from django.db.models.functions import TruncDate

from huishang.employment.models import (
    EmploymentStatus, Enrolment, Household, Intern, InternshipBase, Job, Placement, Resident, Seeker, Subsidy,
)
from huishang.employment.selectors import found_work_after
from huishang.employment.subsidies import totals_by_kind
from huishang.figures.selectors import Scope, percent


def _in_region(rows, scope: Scope, field: str):
    return rows.filter(scope.within(field))


def employment_figures(scope: Scope) -> dict:
    """Job station, ledger and training figures for ``huishang stats employment``."""
    seekers = _in_region(Seeker.objects.filter(scope.moment_range("registered_at")), scope, "station__region")
    matched = seekers.filter(Exists(Placement.objects.filter(seeker=OuterRef("pk"))))
    placed = seekers.filter(Exists(Placement.objects.filter(seeker=OuterRef("pk"), outcome=Placement.Outcome.HIRED)))
    same_day = matched.annotate(registered_on=TruncDate("registered_at")).filter(
        Exists(Placement.objects.filter(seeker=OuterRef("pk"), matched_at__date=OuterRef("registered_on")))
    )
    jobs = _in_region(Job.objects.filter(scope.moment_range("posted_at")), scope, "station__region")
    households = _in_region(Household.objects.filter(scope.moment_range("recorded_at")), scope, "region")
    members = Resident.objects.filter(household__in=households)
    enrolments = _in_region(Enrolment.objects.filter(scope.day_range("course__starts_on")), scope,
                            "course__station__region")
    completed = enrolments.exclude(completed_on=None)
    matched_count, same_day_count = matched.count(), same_day.count()
    return {
        "station_registered": seekers.count(),
        "station_matched": matched_count,
        "station_placed": placed.count(),
        "station_same_day": same_day_count,
        "station_same_day_rate": percent(same_day_count, matched_count),
        "station_jobs": jobs.count(),
        "station_openings": jobs.aggregate(total=Sum("openings"))["total"] or 0,
        "ledger_households": households.count(),
        "ledger_members": members.count(),
        "ledger_looking": members.filter(status=EmploymentStatus.UNEMPLOYED).count(),
        "training_enrolled": enrolments.count(),
        "training_completed": completed.count(),
        "training_employed": found_work_after(completed).filter(found_work=True).count(),
    }


def internship_figures(scope: Scope) -> dict:
    """Internship bases and the subsidy ledger, for ``huishang stats employment``.

    - internship_bases: bases recognised on a day of the period; interns: internships starting in the period.
    - subsidies_yuan: subsidies approved in the period, in yuan; subsidies_by_kind: the same per kind.
    """
    bases = _in_region(InternshipBase.objects.filter(scope.day_range("recognised_on"),
                                                     state=InternshipBase.State.RECOGNISED), scope, "region")
    interns = _in_region(Intern.objects.filter(scope.day_range("starts_on")), scope, "base__region")
    subsidies = _in_region(Subsidy.objects.filter(scope.moment_range("approved_at")), scope, "region")
    totals = totals_by_kind(subsidies)
    return {
        "internship_bases": bases.count(),
        "interns": interns.count(),
        "subsidies_yuan": totals["amount_fen"] / 100,
        "subsidies_by_kind": {row["kind"]: row["amount_fen"] / 100 for row in totals["kinds"]},
    }
