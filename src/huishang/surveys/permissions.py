"""Who runs and who reads a survey: the office of its region runs it (the admin too); supervisors and
leaders of the region read it; a visited enterprise's contact reads the survey and its own answers.
A region is the account's jurisdiction (directory.jurisdiction) and what lies inside it."""

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Region, Role
from huishang.surveys.models import Survey

RUNNING_ROLES = {Role.OFFICE, Role.ADMIN}
REGION_READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER}


def _active(user) -> bool:
    return user.is_authenticated and user.is_active


def runs_surveys_in(user, region: Region) -> bool:
    return records_surveys(user) and jurisdiction_of(user).covers(region)


def records_surveys(user) -> bool:
    """Whether the user runs surveys somewhere; the region of each survey is checked when it is recorded."""
    return _active(user) and (user.is_superuser or user.role in RUNNING_ROLES)


def check_runs(user, region: Region) -> None:
    """NotAllowed unless ``user`` runs surveys, naming the region when it lies outside their jurisdiction."""
    if not records_surveys(user):
        raise NotAllowed(_("Only the service office of the region runs its surveys."))
    jurisdiction_of(user).check(region, field="region")


def sees_all_answers(user, survey: Survey) -> bool:
    return _active(user) and (user.is_superuser or user.role in RUNNING_ROLES | REGION_READERS)


def visible_surveys(user) -> QuerySet[Survey]:
    surveys = Survey.objects.select_related("region")
    if not _active(user):
        return surveys.none()
    if user.is_superuser or user.role == Role.ADMIN:
        return surveys
    if user.role in REGION_READERS:
        return surveys.filter(jurisdiction_of(user).within("region"))
    if user.role == Role.ENTERPRISE and user.organization_id:
        return surveys.filter(pk__in=Survey.objects.filter(enterprises=user.organization_id).values("pk"))
    return surveys.none()
