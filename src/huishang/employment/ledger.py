"""The household ledger (民情台账): households, their members and the visits that keep them current."""

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ValidationError
from huishang.core.text import cleaned
from huishang.directory.models import Region
from huishang.employment import checks
from huishang.employment.models import EmploymentStatus, Household, HouseholdVisit, Resident
from huishang.employment.permissions import check_keeps_ledger
from huishang.vault.crypto import lookup_hash


def checked_member(*, name, id_number, phone, status, wish="", training_need="", skills="") -> dict:
    """A member's fields, checked; ValidationError names the first wrong one."""
    if status not in EmploymentStatus.values:
        raise ValidationError(_("Choose an employment status."), field="status")
    return {
        "name": checks.required_text(name, "name", _("Name"), 64),
        "id_number": checks.id_number(id_number),
        "phone": checks.phone_number(phone, required=False),
        "status": status,
        "wish": cleaned(wish)[:200],
        "training_need": cleaned(training_need)[:200],
        "skills": cleaned(skills)[:200],
    }


def _unused_id_number(id_number: str) -> None:
    if Resident.objects.filter(id_number_hash=lookup_hash(id_number)).exists():
        raise ValidationError(_("A member with this ID number is already in the ledger."), field="id_number")


@transaction.atomic
def record_household(*, by, number, region, community, address="") -> Household:
    """A household enters the ledger of a region its keeper covers, under a number not yet used."""
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    check_keeps_ledger(by, region)
    number = checks.required_text(number, "number", _("Household number"), 32)
    if Household.objects.filter(number=number).exists():
        raise ValidationError(_("Household number %(number)s is already in the ledger.") % {"number": number},
                              field="number")
    return Household.objects.create(
        number=number, region=region, community=checks.required_text(community, "community", _("Community"), 64),
        address=cleaned(address)[:200], recorded_at=clock.now(),
    )


@transaction.atomic
def add_member(*, by, household: Household, **fields) -> Resident:
    """A member joins a household of the ledger; an ID number appears in the ledger once."""
    check_keeps_ledger(by, household.region)
    member = checked_member(**fields)
    _unused_id_number(member["id_number"])
    return Resident.objects.create(household=household, **member)


@transaction.atomic
def update_member(*, by, member: Resident, status, wish="", training_need="", skills="") -> Resident:
    """A visit updates a member's employment status, wishes, training needs and skills."""
    check_keeps_ledger(by, member.household.region)
    fields = checked_member(name=member.name, id_number=member.id_number, phone=member.phone, status=status,
                            wish=wish, training_need=training_need, skills=skills)
    for key in ("status", "wish", "training_need", "skills"):
        setattr(member, key, fields[key])
    member.save(update_fields=["status", "wish", "training_need", "skills"])
    return member


@transaction.atomic
def record_visit(*, by, household: Household, note, visited_on=None) -> HouseholdVisit:
    """A visit to a household (走访) is kept in its history; it cannot be dated in the future."""
    check_keeps_ledger(by, household.region)
    visited_on = visited_on or clock.today()
    if visited_on > clock.today():
        raise ValidationError(_("A visit cannot be dated in the future."), field="visited_on")
    return HouseholdVisit.objects.create(
        household=household, visited_on=visited_on, by=by, note=checks.required_text(note, "note", _("Note"), 2000)
    )

