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
- training_bases, cooperations and the rest of school–enterprise cooperation: see ``cooperation_figures``.
The same station figures per station, for a centre comparing its stations: ``station_figures``.
"""

from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.db.models.functions import Coalesce, TruncDate

from huishang.employment.models import (
    Cooperation, CooperationForm, CooperationTrainee, EmploymentStatus, Enrolment, Household, Intern, InternshipBase,
    Job, Placement, Resident, Seeker, Subsidy, TrainingBase,
)
from huishang.employment.selectors import found_work_after
from huishang.employment.subsidies import totals_by_kind
from huishang.figures.selectors import Scope, percent


def _in_region(rows, scope: Scope, field: str):
    return rows.filter(scope.within(field))


def _station_seekers(scope: Scope):
    """Seekers registered in the period, each marked ``matched``, ``placed`` and ``same_day``."""
    seekers = _in_region(Seeker.objects.filter(scope.moment_range("registered_at")), scope, "station__region")
    return seekers.annotate(registered_on=TruncDate("registered_at")).annotate(
        matched=Exists(Placement.objects.filter(seeker=OuterRef("pk"))),
        placed=Exists(Placement.objects.filter(seeker=OuterRef("pk"), outcome=Placement.Outcome.HIRED)),
        same_day=Exists(Placement.objects.filter(seeker=OuterRef("pk"), matched_at__date=OuterRef("registered_on"))),
    )


def _station_jobs(scope: Scope):
    return _in_region(Job.objects.filter(scope.moment_range("posted_at")), scope, "station__region")


# The station figures, counted over the seekers and over the jobs of the period.
SEEKER_COUNTS = {
    "station_registered": Count("pk"),
    "station_matched": Count("pk", filter=Q(matched=True)),
    "station_placed": Count("pk", filter=Q(placed=True)),
    "station_same_day": Count("pk", filter=Q(same_day=True)),
}
JOB_COUNTS = {"station_jobs": Count("pk"), "station_openings": Coalesce(Sum("openings"), 0)}


def _with_rate(counts: dict) -> dict:
    counts["station_same_day_rate"] = percent(counts["station_same_day"], counts["station_matched"])
    return counts


def station_figures(scope: Scope, stations) -> list[dict]:
    """The station figures of ``employment_figures``, one dict per station of ``stations`` (with ``station``), in
    two grouped queries whatever the number of stations."""
    stations = list(stations)
    ids = [station.pk for station in stations]
    by_seekers = {row.pop("station"): row for row in _station_seekers(scope).filter(station__in=ids).order_by()
                  .values("station").annotate(**SEEKER_COUNTS)}
    by_jobs = {row.pop("station"): row for row in _station_jobs(scope).filter(station__in=ids).order_by()
               .values("station").annotate(**JOB_COUNTS)}
    empty = dict.fromkeys([*SEEKER_COUNTS, *JOB_COUNTS], 0)
    return [{"station": station,
             **_with_rate({**empty, **by_seekers.get(station.pk, {}), **by_jobs.get(station.pk, {})})}
            for station in stations]


def station_totals(rows: list[dict]) -> dict:
    """The sum of ``station_figures`` rows, with the same-day rate of the sum."""
    return _with_rate({key: sum(row[key] for row in rows) for key in [*SEEKER_COUNTS, *JOB_COUNTS]})


def employment_figures(scope: Scope) -> dict:
    """Job station, ledger and training figures for ``huishang stats employment``."""
    households = _in_region(Household.objects.filter(scope.moment_range("recorded_at")), scope, "region")
    members = Resident.objects.filter(household__in=households)
    enrolments = _in_region(Enrolment.objects.filter(scope.day_range("course__starts_on")), scope,
                            "course__station__region")
    completed = enrolments.exclude(completed_on=None)
    return {
        **_with_rate({**_station_seekers(scope).aggregate(**SEEKER_COUNTS),
                      **_station_jobs(scope).aggregate(**JOB_COUNTS)}),
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


def cooperation_figures(scope: Scope) -> dict:
    """Training bases and school–enterprise cooperation, for ``huishang stats employment``.

    - training_bases: bases opened on a day of the period; training_base_places: their work places.
    - cooperations: cooperations starting in the period, cooperations_by_form the same per form;
      cooperation_places: the places they offer; cooperation_trainees: trainees who joined in the period.
    """
    bases = _in_region(TrainingBase.objects.filter(scope.day_range("opened_on")), scope, "region")
    cooperations = _in_region(Cooperation.objects.filter(scope.day_range("starts_on")), scope, "region")
    trainees = _in_region(CooperationTrainee.objects.filter(scope.day_range("joined_on")), scope,
                          "cooperation__region")
    by_form = dict(cooperations.order_by().values_list("form").annotate(count=Count("pk")))
    return {
        "training_bases": bases.count(),
        "training_base_places": bases.aggregate(total=Coalesce(Sum("places"), 0))["total"],
        "cooperations": sum(by_form.values()),
        "cooperations_by_form": {form: by_form.get(form, 0) for form in CooperationForm.values},
        "cooperation_places": cooperations.aggregate(total=Coalesce(Sum("places"), 0))["total"],
        "cooperation_trainees": trainees.count(),
    }
