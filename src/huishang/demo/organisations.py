"""Regions and organisations of the demo world (the directory has no services: rows are plain data)."""

from huishang.cases.models import Category
from huishang.demo.credit_codes import new_credit_code
from huishang.demo.problems import CATEGORIES
from huishang.directory.models import Organization, Region


def region(code: str, name: str, parent: Region | None = None) -> Region:
    return Region.objects.create(code=code, name=name, parent=parent)


def organisation(kind: str, name: str, *, short_name: str = "", in_region: Region, **fields) -> Organization:
    return Organization.objects.create(kind=kind, name=name, short_name=short_name, region=in_region, **fields)


class CreditCodes:
    """Hands out valid credit codes, never the same one twice."""

    def __init__(self, rng):
        self._rng = rng
        self._given: set[str] = set()

    def next(self, *, region_code: str, prefix: str = "91") -> str:
        while True:
            code = new_credit_code(self._rng, region_code=region_code, prefix=prefix)
            if code not in self._given:
                self._given.add(code)
                return code


def enterprise(name: str, *, in_region: Region, industry: str, credit_code: str) -> Organization:
    return organisation(
        Organization.Kind.ENTERPRISE, name, in_region=in_region, industry=industry, credit_code=credit_code
    )


def categories() -> dict[str, Category]:
    """The categories the API and the figures name by code."""
    return {
        code: Category.objects.update_or_create(code=code, defaults={"name": name, "order": order})[0]
        for code, name, order in CATEGORIES
    }
