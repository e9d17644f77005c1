"""Reading surveys: one survey as its reader may see it."""

from django.utils.translation import gettext as _

from huishang.cases.selectors import visible_matters
from huishang.core.errors import NotAllowed, NotFound
from huishang.surveys.models import Answer, Opinion, Participant, Proposal, Survey
from huishang.surveys.permissions import sees_all_answers, visible_surveys


def survey_for(user, pk) -> Survey:
    survey = visible_surveys(user).filter(pk=pk).first()
    if survey is None:
        raise NotFound(_("This survey was not found."))
    return survey


def answers_for(user, survey: Survey):
    """All answers for the office and staff; an enterprise contact sees its own enterprise's only."""
    answers = Answer.objects.filter(question__survey=survey).select_related("question", "enterprise")
    return answers if sees_all_answers(user, survey) else answers.filter(enterprise=user.organization_id)


def matters_for(user, survey: Survey):
    """The survey's problems the reader may see (the cases rule)."""
    return visible_matters(user).filter(pk__in=survey.matters.values("pk"))


def with_records(survey: Survey) -> Survey:
    """The survey with its region and symposium read at once, its participants prefetched."""
    return (Survey.objects.select_related("region", "symposium").prefetch_related("participants")
            .get(pk=survey.pk))


def check_reads_records(user, survey: Survey) -> None:
    """Participants, opinions, proposals and the report are for the staff who read the whole survey; a visited
    enterprise's contact reads the survey and its own answers only."""
    if not sees_all_answers(user, survey):
        raise NotAllowed(_("Only the staff of the survey's region read its participants, opinions and report."))


def participants_for(user, survey: Survey):
    check_reads_records(user, survey)
    return Participant.objects.filter(survey=survey)


def opinions_for(user, survey: Survey):
    check_reads_records(user, survey)
    return Opinion.objects.filter(survey=survey).select_related("participant")


def proposals_for(user, survey: Survey):
    check_reads_records(user, survey)
    return Proposal.objects.filter(survey=survey).prefetch_related("proposers", "opinions")
