"""Employment API: job stations, seekers, jobs, the matcher, placements, and the household ledger."""

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import File, Form, Router, Status, UploadedFile

from huishang.api.errors import ErrorOut, error_body
from huishang.api.schemas import Text
from huishang.api.lookups import region_by_code
from huishang.audit.log import record_event
from huishang.core.errors import ValidationError
from huishang.employment import ledger, matcher, selectors, services
from huishang.employment.cooperation_api import router as cooperation_router
from huishang.employment.internships_api import router as internships_router
from huishang.employment.ledger_excel import LedgerRefused, export_ledger, import_ledger
from huishang.employment.models import Enrolment
from huishang.employment.permissions import visible_households, visible_stations
from huishang.employment.schemas import (
    CandidateOut, CourseIn, CourseOut, EnrolmentIn, EnrolmentOut, HouseholdOut, ImportOut, JobIn, JobOut, OpeningOut, OutcomeIn, PlacementIn, PlacementOut, SeekerIn,
    SeekerOut, StationOut, HouseholdVisitIn, HouseholdVisitOut, WorkAfterTrainingIn,
)
from huishang.employment.selectors import found_work_after

router = Router(tags=["employment"])
# Internship bases, the subsidy ledger, centres and cooperation share the /employment prefix.
router.add_router("", internships_router)
router.add_router("", cooperation_router)
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _region(code: str):
    region = region_by_code(code)
    if region is None:
        raise ValidationError(_("Choose a region."), field="region")
    return region


@router.get("/stations", response=list[StationOut], summary="零工驿站 / Job stations")
def list_stations(request):
    return list(visible_stations(request.auth))


@router.get("/stations/{pk}/seekers", response={200: list[SeekerOut], 404: ErrorOut}, summary="求职登记 / Seekers")
def list_seekers(request, pk: int):
    return list(selectors.station_for(request.auth, pk).seekers.all()[:500])


@router.post("/stations/{pk}/seekers", response={201: SeekerOut, **REFUSALS}, summary="登记求职 / Register a seeker")
def register_seeker(request, pk: int, payload: SeekerIn):
    station = selectors.station_for(request.auth, pk)
    data = payload.dict()
    data["region"] = _region(data["region"])
    return Status(201, services.register_seeker(by=request.auth, station=station, **data))


@router.get("/stations/{pk}/jobs", response={200: list[JobOut], 404: ErrorOut}, summary="岗位 / Jobs")
def list_jobs(request, pk: int):
    return list(selectors.station_for(request.auth, pk).jobs.all()[:500])


@router.post("/stations/{pk}/jobs", response={201: JobOut, **REFUSALS}, summary="发布岗位 / Post a job")
def post_job(request, pk: int, payload: JobIn):
    station = selectors.station_for(request.auth, pk)
    data = payload.dict()
    data["region"] = _region(data["region"])
    return Status(201, services.post_job(by=request.auth, station=station, **data))


@router.get("/jobs/{pk}/candidates", response={200: list[CandidateOut], 404: ErrorOut},
            summary="人岗匹配：为岗位推荐求职者 / Seekers ranked for a job")
def candidates(request, pk: int):
    return matcher.seekers_for(selectors.job_for(request.auth, pk))


@router.get("/seekers/{pk}/openings", response={200: list[OpeningOut], 404: ErrorOut},
            summary="人岗匹配：为求职者推荐岗位 / Jobs ranked for a seeker")
def openings(request, pk: int):
    return matcher.jobs_for(selectors.seeker_for(request.auth, pk))


@router.post("/placements", response={201: PlacementOut, **REFUSALS}, summary="对接 / Match a seeker to a job")
def match(request, payload: PlacementIn):
    seeker = selectors.seeker_for(request.auth, payload.seeker)
    job = selectors.job_for(request.auth, payload.job)
    return Status(201, services.match(by=request.auth, seeker=seeker, job=job))


@router.post("/placements/{pk}/outcome", response={200: PlacementOut, **REFUSALS}, summary="上岗结果 / Outcome")
def outcome(request, pk: int, payload: OutcomeIn):
    placement = selectors.placement_for(request.auth, pk)
    return services.record_outcome(by=request.auth, placement=placement, outcome=payload.outcome)


@router.get("/households", response=list[HouseholdOut], summary="民情台账 / Household ledger (masked)")
def list_households(request, q: Text(100) = "", status: Text(16) = ""):
    households = selectors.filter_households(visible_households(request.auth), q=q, status=status)
    return list(households.prefetch_related("members", "visits")[:500])


@router.get("/households/{pk}", response={200: HouseholdOut, 404: ErrorOut}, summary="户详情 / A household")
def read_household(request, pk: int):
    return selectors.household_for(request.auth, pk)


@router.post("/households/{pk}/visits", response={201: HouseholdVisitOut, **REFUSALS}, summary="走访记录 / Record a visit")
def record_visit(request, pk: int, payload: HouseholdVisitIn):
    household = selectors.household_for(request.auth, pk)
    return Status(201, ledger.record_visit(by=request.auth, household=household, note=payload.note,
                                           visited_on=payload.visited_on))


@router.post("/ledger/import", response={200: ImportOut, **REFUSALS},
             summary="导入民情台账 / Import a ledger sheet",
             description="All rows or none: a refusal lists each bad row with its field in `errors`.")
def import_sheet(request, region: Form[str], file: File[UploadedFile]):
    try:
        return import_ledger(by=request.auth, region=_region(region), upload=file)
    except LedgerRefused as refused:
        errors = [{"field": f"rows.{error['row']}.{error['field']}", "message": _("row %(row)s: %(message)s") % error}
                  for error in refused.errors]
        return Status(422, error_body(refused.code, refused.message, errors[0]["field"], errors))


@router.get("/ledger/export", summary="导出民情台账 / Export the ledger (.xlsx, masked)")
def export_sheet(request):
    record_event("export", request=request, subject="employment.ledger", detail={"format": "xlsx"})
    response = HttpResponse(export_ledger(visible_households(request.auth)), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="ledger.xlsx"'
    return response


@router.post("/stations/{pk}/courses", response={201: CourseOut, **REFUSALS}, summary="开设培训 / Schedule a course")
def create_course(request, pk: int, payload: CourseIn):
    station = selectors.station_for(request.auth, pk)
    return Status(201, services.create_course(by=request.auth, station=station, **payload.dict()))


@router.get("/courses/{pk}", response={200: CourseOut, 404: ErrorOut},
            summary="培训与培训后就业 / A course, who completed it and who found work afterwards")
def read_course(request, pk: int):
    return selectors.course_for(request.auth, pk)


@router.post("/courses/{pk}/enrolments", response={201: EnrolmentOut, **REFUSALS}, summary="报名 / Enrol a seeker")
def enrol(request, pk: int, payload: EnrolmentIn):
    course = selectors.course_for(request.auth, pk)
    seeker = selectors.seeker_for(request.auth, payload.seeker)
    return Status(201, services.enrol(by=request.auth, course=course, seeker=seeker))


@router.post("/enrolments/{pk}/complete", response={200: EnrolmentOut, **REFUSALS}, summary="结业 / Complete")
def complete(request, pk: int):
    return services.complete(by=request.auth, enrolment=selectors.enrolment_for(request.auth, pk))


@router.post("/enrolments/{pk}/work", response={200: EnrolmentOut, **REFUSALS},
             summary="培训后就业情况 / Whether the trainee found work")
def record_work_after_training(request, pk: int, payload: WorkAfterTrainingIn):
    enrolment = services.record_work_after_training(
        by=request.auth, enrolment=selectors.enrolment_for(request.auth, pk), found_work=payload.found_work)
    return found_work_after(Enrolment.objects.filter(pk=enrolment.pk)).get()
