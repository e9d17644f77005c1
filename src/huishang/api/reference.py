"""The lists a client needs to fill its forms: categories and responsible units."""

from ninja import Router

from huishang.api.schemas import CategoryRef, UnitOut
from huishang.cases.models import Category
from huishang.directory.models import Organization

router = Router(tags=["reference"])


@router.get("/categories", response=list[CategoryRef], summary="问题类别 / Categories")
def list_categories(request):
    return list(Category.objects.all())


@router.get("/units", response=list[UnitOut], summary="责任单位 / Responsible units")
def list_units(request):
    return list(Organization.objects.filter(kind=Organization.Kind.UNIT).select_related("region").order_by("name"))
