"""API of the "1+N" centres, training bases and school–enterprise cooperation, under /api/v1/employment/: the same
services as the pages. Trainees' ID numbers leave masked."""

import datetime

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, region_by_code
from huishang.api.schemas import NOTE_MAX, Id, OrganizationRef, RegionRef, RequiredText, StrictSchema, Text
from huishang.core.errors import ValidationError
from huishang.core.masking import mask_id_number
from huishang.core.parsing import Day
from huishang.employment import centres, cooperation, selectors
from huishang.employment.figures import station_figures, station_totals
from huishang.employment.permissions import (
    stations_of_centre, visible_centres, visible_cooperations, visible_stations, visible_training_bases,
)
from huishang.figures.selectors import Scope

router = Router(tags=["centres and school–enterprise cooperation"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class CentreOut(Schema):
    id: int
    name: str
    region: RegionRef


class CentreIn(StrictSchema):
    name: RequiredText(100)
    region: RequiredText(12) = Field(description="GB/T 2260 code of the centre's area")


class CentreStationIn(StrictSchema):
    station: Id


class StationFiguresOut(Schema):
    registered: int = Field(description="people registered at the station in the period")
    matched: int = Field(description="of them, put forward for at least one job")
    placed: int = Field(description="of them, hired")
    same_day: int = Field(description="matched on the day they registered")
    same_day_rate: float = Field(description="same_day / matched, in %")
    jobs: int = Field(description="jobs posted in the period")
    openings: int = Field(description="places those jobs offer")


class ComparedStationOut(Schema):
    id: int
    name: str
    region: RegionRef
    figures: StationFiguresOut


class CentreComparisonOut(Schema):
    centre: CentreOut
    stations: list[ComparedStationOut]
    totals: StationFiguresOut


class PeriodFilter(Schema):
    date_from: Day | None = None
    date_to: Day | None = None


def _figures(row: dict) -> dict:
    return {key.removeprefix("station_"): value for key, value in row.items() if key.startswith("station_")}


@router.get("/centres", response=list[CentreOut], summary="就业服务中心 / Employment service centres")
def list_centres(request):
    return list(visible_centres(request.auth))


@router.post("/centres", response={201: CentreOut, **REFUSALS}, summary="设立就业服务中心 / Open a centre")
def open_centre(request, payload: CentreIn):
    region = region_by_code(payload.region)
    return Status(201, centres.open_centre(by=request.auth, name=payload.name, region=region))


@router.get("/centres/{pk}/stations", response={200: CentreComparisonOut, 404: ErrorOut},
            summary="中心下属驿站对比 / The centre's stations compared",
            description="Only the stations inside the caller's jurisdiction; figures as `huishang stats employment`.")
def compare_stations(request, pk: int, filters: Query[PeriodFilter]):
    centre = selectors.centre_for(request.auth, pk)
    rows = station_figures(Scope(date_from=filters.date_from, date_to=filters.date_to),
                           stations_of_centre(request.auth, centre))
    return {"centre": centre, "totals": _figures(station_totals(rows)),
            "stations": [{"id": row["station"].pk, "name": row["station"].name, "region": row["station"].region,
                          "figures": _figures(row)} for row in rows]}


@router.post("/centres/{pk}/stations", response={200: CentreOut, **REFUSALS},
             summary="驿站归属中心 / Place a station under the centre")
def place_station(request, pk: int, payload: CentreStationIn):
    centre = selectors.centre_for(request.auth, pk)
    station = visible_stations(request.auth).filter(pk=payload.station).first()
    if station is None:
        raise ValidationError(_("This job station was not found."), field="station")
    centres.place_station(by=request.auth, station=station, centre=centre)
    return centre


class TrainingBaseOut(Schema):
    id: int
    name: str
    host: OrganizationRef
    region: RegionRef
    trades: str
    places: int
    opened_on: datetime.date


class TrainingBaseIn(StrictSchema):
    name: RequiredText(100)
    host: Id = Field(description="the enterprise or school that runs the base")
    trades: RequiredText(200)
    places: int = Field(ge=1, le=100_000)
    opened_on: Day


class CooperationOut(Schema):
    id: int
    school: OrganizationRef
    enterprise: OrganizationRef
    region: RegionRef
    form: str
    training_base: int | None = Field(alias="training_base_id")
    starts_on: datetime.date
    ends_on: datetime.date
    places: int
    trainees: int
    description: str

    @staticmethod
    def resolve_trainees(record):
        return record.trainee_count if hasattr(record, "trainee_count") else record.trainees.count()


class CooperationIn(StrictSchema):
    school: Id
    enterprise: Id
    form: RequiredText(24) = Field(description="factory_in_school (校中厂), school_in_factory (厂中校), order_class "
                                               "(订单班), apprenticeship, shared_base or other")
    training_base: Id | None = Field(None, description="required for factory_in_school and school_in_factory")
    starts_on: Day
    ends_on: Day
    places: int = Field(ge=1, le=100_000)
    description: Text(NOTE_MAX) = ""


class TraineeIn(StrictSchema):
    name: RequiredText(64)
    id_number: RequiredText(18)
    joined_on: Day


class TraineeOut(Schema):
    id: int
    name: str
    id_number: str
    joined_on: datetime.date

    @staticmethod
    def resolve_id_number(trainee):
        return mask_id_number(trainee.id_number)


@router.get("/training-bases", response=list[TrainingBaseOut], summary="实训基地 / Training bases")
def list_training_bases(request):
    return list(visible_training_bases(request.auth)[:500])


@router.post("/training-bases", response={201: TrainingBaseOut, **REFUSALS}, summary="登记实训基地 / Record a base")
def record_training_base(request, payload: TrainingBaseIn):
    data = payload.dict()
    data["host"] = organization_by_id(data["host"], "host")
    return Status(201, cooperation.record_training_base(by=request.auth, **data))


@router.get("/cooperations", response=list[CooperationOut], summary="校企合作 / School–enterprise cooperation")
def list_cooperations(request):
    return list(selectors.cooperations_with_counts(visible_cooperations(request.auth))[:500])


@router.post("/cooperations", response={201: CooperationOut, **REFUSALS}, summary="登记校企合作 / Record one")
def record_cooperation(request, payload: CooperationIn):
    data = payload.dict()
    data["school"] = organization_by_id(data["school"], "school")
    data["enterprise"] = organization_by_id(data["enterprise"], "enterprise")
    if data["training_base"] is not None:
        data["training_base"] = visible_training_bases(request.auth).filter(pk=data["training_base"]).first()
        if data["training_base"] is None:
            raise ValidationError(_("Choose a training base."), field="training_base")
    return Status(201, cooperation.record_cooperation(by=request.auth, **data))


@router.get("/cooperations/{pk}", response={200: CooperationOut, 404: ErrorOut}, summary="校企合作详情 / One")
def read_cooperation(request, pk: int):
    return selectors.cooperation_for(request.auth, pk)


@router.get("/cooperations/{pk}/trainees", response={200: list[TraineeOut], 404: ErrorOut},
            summary="学员 / Its trainees (masked)")
def list_trainees(request, pk: int):
    return list(selectors.cooperation_for(request.auth, pk).trainees.all()[:1000])


@router.post("/cooperations/{pk}/trainees", response={201: TraineeOut, **REFUSALS}, summary="登记学员 / Record one")
def record_trainee(request, pk: int, payload: TraineeIn):
    record = selectors.cooperation_for(request.auth, pk)
    return Status(201, cooperation.record_trainee(by=request.auth, cooperation=record, **payload.dict()))
