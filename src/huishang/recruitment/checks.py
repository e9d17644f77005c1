"""Staff checks: the conditions an applicant cannot prove by ticking a box (无犯罪记录 …) and the preferences
they claim, each checked by the office for every applicant who passed review, recorded with who checked it,
when and what they found. The round's result is published only when every such check is recorded."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _, gettext_lazy

from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.recruitment.models import Application, ConditionCheck, PreferenceRule
from huishang.recruitment.permissions import may_manage

# The preferences an application may claim (Application's flags), as checked conditions.
QUALIFICATION = "preference:qualification"
EXPERIENCE = "preference:experience"
PREFERENCES = {
    QUALIFICATION: ("has_qualification", gettext_lazy("Preference: holds a publishing qualification")),
    EXPERIENCE: ("has_experience", gettext_lazy("Preference: has proofreading or media experience")),
}


def claimed_preferences(application) -> list[str]:
    return [code for code, (flag, _label) in PREFERENCES.items() if getattr(application, flag)]


def required(application) -> list[str]:
    """What staff check for this applicant: each of the round's verified conditions, and each preference the
    applicant claims when the round's rule counts preferences in the ranking."""
    round_ = application.round
    conditions = list(round_.verified_conditions)
    if round_.preference_rule != PreferenceRule.NONE:
        conditions += claimed_preferences(application)
    return conditions


def label(condition: str) -> str:
    """A condition as people read it: the round's own words, or the preference's name."""
    return str(PREFERENCES[condition][1]) if condition in PREFERENCES else condition


def results(application) -> dict[str, str]:
    """Condition → result of the checks recorded for the application (uses a prefetched ``checks``)."""
    return {check.condition: check.result for check in application.checks.all()}


def fails_a_condition(application, found: dict[str, str]) -> bool:
    """Whether a check found a condition of the round not met (the applicant is then not ranked)."""
    return any(found.get(condition) == ConditionCheck.Result.NOT_MET
               for condition in application.round.verified_conditions)


def counted_preferences(application, found: dict[str, str]) -> int:
    """The preferences that count: those claimed that no check found not held."""
    return sum(1 for code in claimed_preferences(application) if found.get(code) != ConditionCheck.Result.NOT_MET)


@transaction.atomic
def record_check(application: Application, *, by, condition: str, result: str, note: str = "") -> ConditionCheck:
    """The office records, once, what it found when it checked one condition of an applicant who passed review;
    a condition found not met needs a note saying why."""
    round_ = application.round
    if not may_manage(by, round_.region):
        raise NotAllowed(_("Only the service office of the region checks applicants' conditions."))
    if round_.published_at is not None:
        raise InvalidTransition(_("The result of this round is published; nothing can change any more."))
    if application.review != Application.Review.APPROVED:
        raise InvalidTransition(_("Conditions are checked for applicants who passed review."))
    if condition not in required(application):
        raise ValidationError(_("Choose one of the conditions checked for this applicant."), field="condition")
    if result not in ConditionCheck.Result.values:
        raise ValidationError(_("Choose met or not met."), field="result")
    note = cleaned(note)
    if result == ConditionCheck.Result.NOT_MET and not note:
        raise ValidationError(_("Say what was found when the condition is not met."), field="note")
    if application.checks.filter(condition=condition).exists():
        raise InvalidTransition(_("This condition of this applicant was already checked."))
    try:
        with transaction.atomic():
            return ConditionCheck.objects.create(application=application, condition=condition, result=result,
                                                 note=note, checked_at=clock.now(), checked_by=by)
    except IntegrityError:
        raise ConcurrentChange()


def unchecked(round_) -> list[tuple[Application, list[str]]]:
    """Each applicant who passed review with the conditions not checked yet, in application order."""
    missing = []
    for application in round_.applications.filter(review=Application.Review.APPROVED).prefetch_related("checks"):
        application.round = round_
        done = results(application)
        left = [condition for condition in required(application) if condition not in done]
        if left:
            missing.append((application, left))
    return missing
