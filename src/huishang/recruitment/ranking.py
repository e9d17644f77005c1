"""Total scores and the ranking of a round, with its stated tie-breaks.

Total = written × written weight + interview × interview weight (weights in %), to two decimals.
Ties on the total are broken by the higher interview score, then the higher written score, then the
earlier application; the first ``head_count`` are proposed for hiring (拟聘用).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

TIE_BREAKS = _("Equal totals: the higher interview score ranks first, then the higher written test score, "
               "then the earlier application.")


def total_score(round_, written: Decimal, interview: Decimal) -> Decimal:
    total = (written * round_.written_weight + interview * round_.interview_weight) / Decimal(100)
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def ranking(round_) -> list[dict]:
    """Approved, fully scored applications in rank order, each with its total, rank and whether it is proposed."""
    scored = round_.applications.filter(
        review="approved", written_score__isnull=False, interview_score__isnull=False)
    rows = [{"application": application,
             "total": total_score(round_, application.written_score, application.interview_score)}
            for application in scored]
    rows.sort(key=lambda row: (-row["total"], -row["application"].interview_score,
                               -row["application"].written_score, row["application"].submitted_at,
                               row["application"].pk))
    totals = [row["total"] for row in rows]
    for position, row in enumerate(rows, start=1):
        row["rank"] = position
        row["tie_broken"] = totals.count(row["total"]) > 1
        row["proposed"] = position <= round_.head_count
    return rows
