"""Reading surveys: one survey as its reader may see it."""

from django.utils.translation import gettext as _

from huishang.cases.selectors import visible_matters
from huishang.core.errors import NotFound
from huishang.surveys.models import Answer, Survey
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
