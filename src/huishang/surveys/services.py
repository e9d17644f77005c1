"""Every change to a survey: recording it, its questions and answers, the problems it found, who took part,
the symposium it held, the opinions given and the proposals made."""

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
from huishang.meetings.models import Meeting
from huishang.surveys.models import Answer, Opinion, Participant, Proposal, Question, Survey
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


# Those who give opinions and make proposals; staff of committees and departments report, they do not.
OPINION_ROLES = {Participant.Role.MEMBER, Participant.Role.EXPERT}


@transaction.atomic
def add_participant(*, by, survey: Survey, name, role, sector="", affiliation="") -> Participant:
    """The office records who took part in its survey: a CPPCC member (with their 界别), an invited expert, or
    committee or department staff; each person once."""
    check_runs(by, survey.region)
    if role not in Participant.Role.values:
        raise ValidationError(_("Choose a role."), field="role")
    name = _text(name, "name", _("Name"), 100)
    sector = cleaned(sector)
    if role == Participant.Role.MEMBER and not sector:
        raise ValidationError(_("Give the member's sector (界别)."), field="sector")
    if len(sector) > 60:
        raise ValidationError(_("%(label)s must be at most %(n)s characters.") % {"label": _("Sector"), "n": 60},
                              field="sector")
    affiliation = cleaned(affiliation)
    if len(affiliation) > 200:
        raise ValidationError(_("%(label)s must be at most %(n)s characters.") % {"label": _("Affiliation"),
                                                                                  "n": 200}, field="affiliation")
    if survey.participants.filter(name=name, affiliation=affiliation).exists():
        raise ValidationError(_("This person already takes part in the survey."), field="name")
    return Participant.objects.create(survey=survey, name=name, role=role, sector=sector, affiliation=affiliation,
                                      recorded_by=by, recorded_at=clock.now())


@transaction.atomic
def link_symposium(*, by, survey: Survey, meeting: Meeting) -> Survey:
    """The survey's symposium (调研座谈会) is a symposium meeting of the office's jurisdiction, held on the survey's
    day or after it."""
    check_runs(by, survey.region)
    if not isinstance(meeting, Meeting) or meeting.kind != Meeting.Kind.SYMPOSIUM:
        raise ValidationError(_("Choose a symposium."), field="meeting")
    jurisdiction_of(by).check(meeting.region, field="meeting")
    if meeting.held_on < survey.held_on:
        raise ValidationError(_("The symposium cannot come before the survey."), field="meeting")
    Survey.objects.filter(pk=survey.pk).update(symposium=meeting)
    survey.symposium = meeting
    return survey


def _participant(survey: Survey, participant, *, field: str, roles, refusal: str) -> Participant:
    if not isinstance(participant, Participant) or participant.survey_id != survey.pk:
        raise ValidationError(_("Choose someone who took part in this survey."), field=field)
    if participant.role not in roles:
        raise ValidationError(refusal, field=field)
    return participant


@transaction.atomic
def record_opinion(*, by, survey: Survey, participant: Participant, text) -> Opinion:
    """An opinion (意见建议) given in the survey is recorded under the member or invited expert who gave it."""
    check_runs(by, survey.region)
    participant = _participant(survey, participant, field="participant", roles=OPINION_ROLES,
                               refusal=_("Only members and invited experts give opinions."))
    return Opinion.objects.create(survey=survey, participant=participant, text=_text(text, "text", _("Opinion")),
                                  recorded_by=by, recorded_at=clock.now())


@transaction.atomic
def record_proposal(*, by, survey: Survey, title, body, proposers, submitted_on, opinions=()) -> Proposal:
    """A proposal (提案) from the survey: members of it propose it, it may draw on the survey's opinions, and it is
    submitted on or after the survey's day, never in the future."""
    check_runs(by, survey.region)
    proposers = list(proposers)
    if not proposers:
        raise ValidationError(_("Name the members who make the proposal."), field="proposers")
    proposers = [_participant(survey, person, field="proposers", roles={Participant.Role.MEMBER},
                              refusal=_("Proposals are made by CPPCC members.")) for person in proposers]
    opinions = list(opinions)
    if any(not isinstance(opinion, Opinion) or opinion.survey_id != survey.pk for opinion in opinions):
        raise ValidationError(_("Choose opinions of this survey."), field="opinions")
    if not isinstance(submitted_on, datetime.date):
        raise ValidationError(_("Give the day the proposal was submitted."), field="submitted_on")
    if submitted_on < survey.held_on or submitted_on > clock.today():
        raise ValidationError(_("A proposal is submitted after its survey, and not in the future."),
                              field="submitted_on")
    proposal = Proposal.objects.create(
        survey=survey, title=_text(title, "title", pgettext("surveys", "Title"), 200),
        body=_text(body, "body", _("Proposal text")), submitted_on=submitted_on, recorded_by=by,
        recorded_at=clock.now(),
    )
    proposal.proposers.set(proposers)
    proposal.opinions.set(opinions)
    return proposal

