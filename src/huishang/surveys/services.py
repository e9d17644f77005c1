"""Every change to a survey: recording it, its questions and answers, and the problems it found."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _, pgettext

from huishang.cases import services as matter_services
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region
from huishang.surveys.models import Answer, Question, Survey
from huishang.surveys.permissions import check_runs


def _text(value, field: str, label: str, max_length: int | None = None) -> str:
    text = cleaned(value)
    if not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if max_length and len(text) > max_length:
        raise ValidationError(_("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length},
                              field=field)
    return text


def _enterprises(enterprises, *, by) -> list[Organization]:
    """The enterprises visited: at least one, each of the acting account's jurisdiction."""
    enterprises = list(enterprises)
    if not enterprises or any(not isinstance(e, Organization) or e.kind != Organization.Kind.ENTERPRISE
                              for e in enterprises):
        raise ValidationError(_("Name the enterprises visited."), field="enterprises")
    jurisdiction = jurisdiction_of(by)
    for enterprise in enterprises:
        jurisdiction.check_organization(enterprise, field="enterprises")
    return enterprises


@transaction.atomic
def record_survey(*, by, title, held_on, region, organiser, enterprises, summary="", questions=()) -> Survey:
    """The office records a survey of its jurisdiction: when, by whom, which enterprises (of it), which questions."""
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    check_runs(by, region)
    visited = _enterprises(enterprises, by=by)
    if not isinstance(held_on, datetime.date):
        raise ValidationError(_("Give the date of the survey."), field="held_on")
    if held_on > clock.today():
        raise ValidationError(_("A survey is recorded once it has taken place."), field="held_on")
    survey = Survey.objects.create(
        title=_text(title, "title", pgettext("surveys", "Title"), 200), held_on=held_on, region=region,
        organiser=_text(organiser, "organiser", _("Organiser"), 200), summary=cleaned(summary),
        created_by=by, created_at=clock.now(),
    )
    survey.enterprises.set(visited)
    for order, text in enumerate(questions):
        Question.objects.create(survey=survey, text=_text(text, "questions", _("Question"), 300), order=order)
    return survey


@transaction.atomic
def add_question(*, by, survey: Survey, text) -> Question:
    """A question is added to a survey."""
    check_runs(by, survey.region)
    return Question.objects.create(survey=survey, text=_text(text, "text", _("Question"), 300),
                                   order=survey.questions.count())


@transaction.atomic
def record_answer(*, by, question: Question, enterprise: Organization, text) -> Answer:
    """A visited enterprise's answer to a question is recorded (once; a second record replaces it)."""
    survey = question.survey
    check_runs(by, survey.region)
    if not survey.enterprises.filter(pk=getattr(enterprise, "pk", None)).exists():
        raise ValidationError(_("This enterprise was not visited in the survey."), field="enterprise")
    answer, _created = Answer.objects.update_or_create(question=question, enterprise=enterprise, defaults={
        "text": _text(text, "text", _("Answer")), "recorded_by": by, "recorded_at": clock.now()})
    return answer


@transaction.atomic
def record_answers(*, by, survey: Survey, enterprise: Organization, answers: dict) -> list[Answer]:
    """What one visited enterprise answered, several questions at once: all are kept or none; a blank answer
    leaves that question as it was."""
    check_runs(by, survey.region)
    if not survey.enterprises.filter(pk=getattr(enterprise, "pk", None)).exists():
        raise ValidationError(_("This enterprise was not visited in the survey."), field="enterprise")
    given = {question: text for question, text in answers.items() if cleaned(text)}
    if not given:
        raise ValidationError(_("Give at least one answer."), field="answers")
    if any(question.survey_id != survey.pk for question in given):
        raise ValidationError(_("Choose a question of this survey."), field="question")
    return [record_answer(by=by, question=question, enterprise=enterprise, text=text)
            for question, text in given.items()]


@transaction.atomic
def raise_problem(*, by, survey: Survey, enterprise: Organization, title, description, category) -> Matter:
    """A problem found in the survey becomes a matter with source survey, linked to it."""
    check_runs(by, survey.region)
    if not survey.enterprises.filter(pk=getattr(enterprise, "pk", None)).exists():
        raise ValidationError(_("This enterprise was not visited in the survey."), field="enterprise")
    matter = matter_services.submit_matter(by=by, title=title, description=description, category=category,
                                           enterprise=enterprise, source=Matter.Source.SURVEY)
    survey.matters.add(matter)
    return matter


@transaction.atomic
def link_problem(*, by, survey: Survey, matter: Matter) -> None:
    """A matter of the office's jurisdiction already taken in from the survey is linked to it rather than raised
    twice."""
    check_runs(by, survey.region)
    if matter.source != Matter.Source.SURVEY:
        raise ValidationError(_("Only a matter whose source is a survey can be linked."), field="matter")
    jurisdiction_of(by).check(matter.region, field="matter")
    if matter.enterprise_id and not survey.enterprises.filter(pk=matter.enterprise_id).exists():
        survey.enterprises.add(matter.enterprise)
    survey.matters.add(matter)
