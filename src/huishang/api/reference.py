"""The lists a client needs to fill its forms: categories and responsible units."""

from ninja import Router

from huishang.api.schemas import CategoryRef, UnitOut
from huishang.cases.models import Category
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization

router = Router(tags=["reference"])


@router.get("/categories", response=list[CategoryRef], summary="问题类别 / Categories")
def list_categories(request):
    return list(Category.objects.all())


@router.get("/units", response=list[UnitOut], summary="责任单位 / Responsible units",
            description="The units of the caller's jurisdiction and of the regions above it. 本辖区（及上级）的责任单位。")
def list_units(request):
    units = Organization.objects.filter(jurisdiction_of(request.auth).reaching("region"), kind=Organization.Kind.UNIT)
    return list(units.select_related("region").order_by("name"))
