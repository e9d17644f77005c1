"""Who organises, reviews, reports in and reads an assessment.

Organisers and reviewers are named per assessment (AssessmentRole). A grassroots union's officers
(role union, organisation = the union) report for it and read its own scores. Supervisors, leaders
and the office read the assessments of their jurisdiction; a published result is read by everyone signed in
whose jurisdiction holds its region or lies inside it (directory.jurisdiction ``reaching``).
"""

from django.db.models import Q, QuerySet

from huishang.assessment.models import Assessment, AssessmentRole, Participant
from huishang.cases.permissions import SUBMITTING_ROLES
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role

REGION_READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER}


def _active(user) -> bool:
    return user.is_authenticated and user.is_active


def _is_admin(user) -> bool:
    return user.is_superuser or user.role == Role.ADMIN


def has_role(user, assessment: Assessment, role: str) -> bool:
    return _active(user) and AssessmentRole.objects.filter(assessment=assessment, user=user, role=role).exists()


def organises(user, assessment: Assessment) -> bool:
    return (_active(user) and _is_admin(user)) or has_role(user, assessment, AssessmentRole.Role.ORGANISER)


def reviews(user, assessment: Assessment) -> bool:
    return has_role(user, assessment, AssessmentRole.Role.REVIEWER)


def own_participant(user, assessment: Assessment) -> Participant | None:
    """The participant this union officer reports for in ``assessment``, if any."""
    if not _active(user) or user.role != Role.UNION or not user.organization_id:
        return None
    return assessment.participants.filter(union=user.organization_id).first()


def sees_everything(user, assessment: Assessment) -> bool:
    """Organisers, reviewers and region staff see every union's reports and scores."""
    if organises(user, assessment) or reviews(user, assessment):
        return True
    if _active(user) and user.role in REGION_READERS:
        jurisdiction = jurisdiction_of(user)
        return jurisdiction.wide or jurisdiction.covers(assessment.region)
    return False


def visible_assessments(user) -> QuerySet[Assessment]:
    assessments = Assessment.objects.select_related("organiser", "region")
    if not _active(user):
        return assessments.none()
    jurisdiction = jurisdiction_of(user)
    if _is_admin(user) or (user.role in REGION_READERS and jurisdiction.wide):
        return assessments
    condition = (Q(state=Assessment.State.PUBLISHED) & jurisdiction.reaching("region")) | Q(roles__user=user)
    if user.role in REGION_READERS:
        condition |= jurisdiction.within("region")
    if user.role == Role.UNION and user.organization_id:
        condition |= Q(participants__union=user.organization_id) | Q(organiser=user.organization_id)
    return assessments.filter(pk__in=Assessment.objects.filter(condition).values("pk"))


def may_read_risks(user) -> bool:
    """The risk register (a risk is a matter): those who raise, handle, supervise or lead matters."""
    return _active(user) and (user.is_superuser or user.role in SUBMITTING_ROLES | {Role.UNIT, Role.SUPERVISOR, Role.LEADER})
