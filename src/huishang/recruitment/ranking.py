"""Total scores and the ranking of a round, with its stated preference rule and tie-breaks.

Total = written × written weight + interview × interview weight (weights in %), to two decimals; under the
round's bonus rule each preference held adds the round's bonus points. Ties on the total are broken, under
the tie-break rule, first by the number of preferences held; then by the higher interview score, then the
higher written score, then the earlier application. A preference counts unless a staff check found it not
held; an applicant a staff check found not meeting one of the round's conditions is not ranked. The first
``head_count`` are proposed for hiring (拟聘用).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _, gettext_lazy

from huishang.recruitment import checks
from huishang.recruitment.models import PreferenceRule

TIE_BREAKS = gettext_lazy("Equal totals: the higher interview score ranks first, then the higher written test "
                          "score, then the earlier application.")


def rules(round_) -> str:
    """The round's ranking rule in words: how preferences count, then the tie-breaks."""
    if round_.preference_rule == PreferenceRule.BONUS:
        return _("Each preference held (publishing qualification; proofreading or media experience) adds "
                 "%(points)s points to the total. ") % {"points": round_.preference_bonus} + str(TIE_BREAKS)
    if round_.preference_rule == PreferenceRule.TIE_BREAK:
        return _("Equal totals: the applicant holding more of the preferences (publishing qualification; "
                 "proofreading or media experience) ranks first, then the higher interview score, then the "
                 "higher written test score, then the earlier application.")
    return str(TIE_BREAKS)


def total_score(round_, written: Decimal, interview: Decimal) -> Decimal:
    total = (written * round_.written_weight + interview * round_.interview_weight) / Decimal(100)
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def ranking(round_) -> list[dict]:
    """Approved, fully scored applications not found failing a condition, in rank order, each with its
    preferences counted, bonus, total, rank and whether it is proposed."""
    scored = round_.applications.filter(
        review="approved", written_score__isnull=False, interview_score__isnull=False).prefetch_related("checks")
    rule = round_.preference_rule
    rows = []
    for application in scored:
        application.round = round_
        found = checks.results(application)
        if checks.fails_a_condition(application, found):
            continue
        preferences = checks.counted_preferences(application, found) if rule != PreferenceRule.NONE else 0
        bonus = (round_.preference_bonus * preferences if rule == PreferenceRule.BONUS else Decimal(0))
        total = total_score(round_, application.written_score, application.interview_score) + bonus
        rows.append({"application": application, "preferences": preferences, "bonus": bonus, "total": total})
    first_tie_break = (lambda row: -row["preferences"]) if rule == PreferenceRule.TIE_BREAK else (lambda row: 0)
    rows.sort(key=lambda row: (-row["total"], first_tie_break(row), -row["application"].interview_score,
                               -row["application"].written_score, row["application"].submitted_at,
                               row["application"].pk))
    totals = [row["total"] for row in rows]
    for position, row in enumerate(rows, start=1):
        row["rank"] = position
        row["tie_broken"] = totals.count(row["total"]) > 1
        row["proposed"] = position <= round_.head_count
    return rows
