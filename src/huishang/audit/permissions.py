"""Who reads the log and who may see a person's full contact details.

The log is for auditors only, administrators included out: whoever runs the system should not also
be the one who reads what it recorded about them (等保 separates the two duties). A superuser is
refused even if it were given the auditor role: ``huishang grant-role`` refuses that pairing, and
this check does not trust that nothing else made it.

A full contact is shown on need-to-know only, and never across jurisdictions (directory.jurisdiction):
- the office over a matter (an office or administrator account whose jurisdiction covers the matter's
  region) reaches that matter's parties, its submitter, its enterprise's contacts and the handlers of
  the units it is currently assigned to, as long as the person's own place lies inside the jurisdiction
  as well; an administrator's jurisdiction is the deployment, and it too reaches only such parties;
- a unit handler reaches the submitter and the enterprise contacts of the matters currently assigned
  to its unit (the assignment, itself confined to a jurisdiction, is the need);
- a butler reaches the contacts of the enterprises in its care;
- everyone reaches their own.
"""

from django.db.models import Q

from huishang.cases.models import Assignment, Matter
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role


def may_read_log(user) -> bool:
    return user.is_authenticated and user.is_active and user.role == Role.AUDITOR and not user.is_superuser


# The accounts over a jurisdiction's matters: they take them in, assign them and call the parties back.
OVERSEEING_ROLES = {Role.OFFICE, Role.ADMIN}


def may_reveal_contact_of(user, person) -> bool:
    """Whether ``user`` may see ``person``'s full phone number and e-mail address."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.pk == person.pk:
        return True
    role = Role.ADMIN if user.is_superuser else user.role
    if role in OVERSEEING_ROLES:
        return _is_party_inside_jurisdiction_of(user, person)
    if role == Role.BUTLER:
        return person.organization_id is not None and user.enterprises_in_care.filter(
            pk=person.organization_id).exists()
    if role == Role.UNIT and user.organization_id is not None:
        return Matter.objects.filter(_raised_by(person), pk__in=_currently_assigned_to(user.organization_id)).exists()
    return False


def _is_party_inside_jurisdiction_of(user, person) -> bool:
    jurisdiction = jurisdiction_of(user)
    # Where the person belongs: a party placed elsewhere stays out even on a matter placed inside.
    place = person.organization.region if person.organization_id else person.region
    if place is not None and not jurisdiction.covers(place):
        return False
    party = _raised_by(person)
    if person.organization_id is not None:
        party |= Q(pk__in=_currently_assigned_to(person.organization_id))
    return Matter.objects.filter(jurisdiction.within(), party).exists()


def _raised_by(person) -> Q:
    """Matters the person submitted, or raised by the enterprise the person speaks for."""
    raised = Q(submitted_by=person)
    if person.organization_id is not None:
        raised |= Q(enterprise=person.organization_id)
    return raised


def _currently_assigned_to(organization_id):
    """The matters whose current assignment names the unit as lead or supporting unit."""
    return Assignment.objects.filter(
        Q(lead_unit=organization_id) | Q(supporting_units=organization_id), sent_back_at__isnull=True,
        ended_at__isnull=True,
    ).values("matter")
