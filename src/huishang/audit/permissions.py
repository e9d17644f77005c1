"""Who reads the log and who may see a person's full contact details.

The log is for auditors only, administrators included out: whoever runs the system should not also
be the one who reads what it recorded about them (等保 separates the two duties).
"""

from huishang.cases.models import Assignment
from huishang.directory.models import Role


def may_read_log(user) -> bool:
    return user.is_authenticated and user.is_active and user.role == Role.AUDITOR


# The service office calls enterprises back and administrators keep the accounts; butlers and units
# reach only the contacts of the enterprises and matters that are theirs.
REVEAL_ANYONE = {Role.OFFICE, Role.ADMIN}


def may_reveal_contact_of(user, person) -> bool:
    """Whether ``user`` may see ``person``'s full phone number and e-mail address."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.pk == person.pk or user.is_superuser or user.role in REVEAL_ANYONE:
        return True
    if user.role == Role.BUTLER:
        return person.organization_id is not None and user.enterprises_in_care.filter(
            pk=person.organization_id).exists()
    if user.role == Role.UNIT and user.organization_id is not None:
        current = Assignment.objects.filter(matter__submitted_by=person, sent_back_at__isnull=True)
        return (current.filter(lead_unit=user.organization_id).exists()
                or current.filter(supporting_units=user.organization_id).exists())
    return False
