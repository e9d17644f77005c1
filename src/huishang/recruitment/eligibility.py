"""The automatic eligibility check: every condition of the round an application fails.

Failures are kept as codes and put into words when shown, so that each reader sees them in their language.
"""

from django.utils.translation import gettext as _

EDUCATION = "education"
FULL_TIME = "full_time"
BORN_BEFORE = "born_before"


def failures(round_, *, education: int, full_time: bool, born_on) -> list[str]:
    """The codes of the conditions an applicant does not meet (empty when they meet them all)."""
    codes = []
    if education < round_.min_education:
        codes.append(EDUCATION)
    if round_.full_time_required and not full_time:
        codes.append(FULL_TIME)
    if round_.born_on_or_after and born_on < round_.born_on_or_after:
        codes.append(BORN_BEFORE)
    return codes


def reasons(application) -> list[str]:
    """The failures of an application in words, naming the round's condition."""
    round_ = application.round
    words = {
        EDUCATION: lambda: _("Education below %(level)s.") % {"level": round_.get_min_education_display()},
        FULL_TIME: lambda: _("The round requires full-time education."),
        BORN_BEFORE: lambda: _("Born before %(day)s.") % {"day": round_.born_on_or_after.strftime("%Y-%m-%d")},
    }
    return [words[code]() for code in application.failed_conditions]
