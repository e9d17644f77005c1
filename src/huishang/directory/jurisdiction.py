"""管辖范围: the regions an account governs, decided here once for every app.

An account's jurisdiction is the subtree of its region (GB/T 2260: province › city › district › street):
its own ``region`` if it has one, else its organisation's. Administrators and auditors, and office,
supervision and leader accounts given no region, are deployment-wide: they govern every region the
deployment serves (``Region.served``; a deployment that marks none serves every region it holds).

Every app asks here, never by a filter of its own in a view:
- reads: ``within(field)`` is the condition a row's owning region meets; ``reaching(field)`` adds the
  regions above the account's own (a city-wide policy reaches the districts below it);
- choices: ``regions()``, ``units()``, ``enterprises()`` are the lists a form may offer;
- writes: ``check(region, field=…)`` refuses (NotAllowed naming the field) a record placed, assigned or
  linked outside.
Role rules (an enterprise sees its own matters, a unit what it was assigned) narrow this further in the
apps; the jurisdiction is the outer bound none of them may cross.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.models import Organization, Region, Role

# Accounts that govern the whole deployment whatever region they name.
DEPLOYMENT_WIDE_ROLES = {Role.ADMIN, Role.AUDITOR}
# Staff whose missing region means "the whole deployment" (a provincial office, the public intake).
WIDE_WHEN_UNPLACED = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER}


def _prefix_of(region: Region) -> str:
    return region.code_prefix


def served_regions() -> QuerySet[Region]:
    """The deployment's own top regions (one city, or several places side by side)."""
    served = Region.objects.filter(served=True)
    return served if served.exists() else Region.objects.filter(parent__isnull=True)


def _under_any(prefixes, field: str) -> Q:
    condition = Q(pk__in=[])
    for prefix in prefixes:
        condition |= Q(**{f"{field}__code__startswith": prefix})
    return condition


@dataclass(frozen=True)
class Jurisdiction:
    """Either a region's subtree, the whole deployment (``wide``), or nothing (signed out, unplaced)."""

    region: Region | None = None
    wide: bool = False

    @property
    def nowhere(self) -> bool:
        return self.region is None and not self.wide

    def _prefixes(self) -> list[str]:
        if self.region is not None:
            return [_prefix_of(self.region)]
        if self.wide:
            return [_prefix_of(region) for region in served_regions()]
        return []

    # --- reads --------------------------------------------------------------------------------------
    def within(self, field: str = "region") -> Q:
        """Rows whose ``field`` (a foreign key to Region) lies in the jurisdiction.

        A deployment-wide account reads every row, also records placed outside the served regions
        (an alliance member in another province): reads are not confined for it, only writes.
        """
        if self.wide:
            return Q()
        if self.region is None:
            return Q(pk__in=[])
        return Q(**{f"{field}__code__startswith": _prefix_of(self.region)})

    def reaching(self, field: str = "region") -> Q:
        """``within``, and rows placed in a region above the account's own (they apply to it too)."""
        condition = self.within(field)
        if self.region is not None and not self.wide:
            condition |= Q(**{f"{field}__in": list(ancestors_of(self.region))})
        return condition

    def covers(self, region: Region | str | None) -> bool:
        """Whether a record may be placed in ``region`` (a Region or its code) by this account."""
        if region is None:
            return False
        code = region.code if isinstance(region, Region) else str(region)
        return any(code.startswith(prefix) for prefix in self._prefixes())

    def covers_organization(self, organization: Organization | None) -> bool:
        return organization is not None and self.covers(organization.region)

    # --- choices ------------------------------------------------------------------------------------
    def regions(self) -> QuerySet[Region]:
        """The regions a form may offer, parents before children (code order)."""
        prefixes = self._prefixes()
        return Region.objects.filter(_codes(prefixes))

    def organizations(self, kind: str | None = None) -> QuerySet[Organization]:
        organizations = Organization.objects.filter(_under_any(self._prefixes(), "region"))
        return organizations.filter(kind=kind) if kind else organizations

    def units(self, *, near: Region | None = None) -> QuerySet[Organization]:
        """The responsible units of the jurisdiction; with ``near``, only those of that region's place
        (what a deployment-wide account may assign a 内江 matter to: 内江's units, not 永川's)."""
        units = self.organizations(Organization.Kind.UNIT)
        if near is not None:
            units = units.filter(region__code__startswith=place_of(near).code_prefix)
        return units

    def enterprises(self) -> QuerySet[Organization]:
        return self.organizations(Organization.Kind.ENTERPRISE)

    # --- writes -------------------------------------------------------------------------------------
    def check(self, region: Region | str | None, *, field: str) -> None:
        """Refuse (NotAllowed naming ``field``) a record placed in ``region`` outside the jurisdiction."""
        if not self.covers(region):
            raise NotAllowed(outside_message(region), field=field)

    def check_organization(self, organization: Organization | None, *, field: str) -> None:
        if organization is not None and not self.covers(organization.region):
            raise NotAllowed(outside_message(organization), field=field)


def _codes(prefixes) -> Q:
    condition = Q(pk__in=[])
    for prefix in prefixes:
        condition |= Q(code__startswith=prefix)
    return condition


def outside_message(place) -> str:
    return _("%(place)s lies outside your jurisdiction.") % {"place": place if place is not None else "—"}


NOWHERE = Jurisdiction()
EVERYWHERE = Jurisdiction(wide=True)


def jurisdiction_of(user) -> Jurisdiction:
    """The one answer to "over which regions does this account act?"."""
    # An inactive account without a usable password never signs in: it is a system account the services
    # name as the actor (the public intake), so it keeps its role's reach; a deactivated person's does not.
    if user is None or not user.is_authenticated or not (user.is_active or not user.has_usable_password()):
        return NOWHERE
    if user.is_superuser or user.role in DEPLOYMENT_WIDE_ROLES:
        return EVERYWHERE
    region = user.region if user.region_id else None
    if region is None and user.organization_id:
        region = user.organization.region
    if region is not None:
        return Jurisdiction(region=region)
    return EVERYWHERE if user.role in WIDE_WHEN_UNPLACED else NOWHERE


def ancestors_of(region: Region) -> list[Region]:
    """The regions above ``region``, nearest first."""
    found = []
    parent = region.parent
    while parent is not None:
        found.append(parent)
        parent = parent.parent
    return found


def full_name(region: Region) -> str:
    """The region with the names above it, e.g. 四川省 › 内江市 › 市中区: never ambiguous in a list."""
    return " › ".join(ancestor.name for ancestor in reversed([region, *ancestors_of(region)]))


def place_of(region: Region) -> Region:
    """The served top region ``region`` lies in (its province when it lies in none): the place whose
    office, units and meetings handle what happens there."""
    for served in served_regions():
        if region.code.startswith(served.code_prefix):
            return served
    ancestors = ancestors_of(region)
    return ancestors[-1] if ancestors else region


def same_place(one: Region, other: Region) -> bool:
    """Whether two regions belong to the same served place (a 内江 matter and a 内江 unit, not a 永川 one)."""
    return place_of(one).pk == place_of(other).pk
