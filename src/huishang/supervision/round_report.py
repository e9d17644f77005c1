"""A review round's report (回访督查报告): its figures and its findings by verdict, written as Word or PDF by
core.documents."""

from django.utils.translation import gettext as _

from huishang.core.documents import Entry, Report, Section, as_docx, as_pdf
from huishang.supervision.models import ReviewRound, RoundMatter
from huishang.supervision.rounds import CHECKLIST, entries_of, figures_of

Verdict = RoundMatter.Verdict
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _entry(row: RoundMatter) -> Entry:
    matter = row.matter
    unit = matter.lead_unit.name if matter.lead_unit else "—"
    text = f"{matter.number} {matter.title}（{unit}；{row.get_reason_display()}）"
    if row.at is None:
        return Entry(text)
    checks = "；".join(f"{CHECKLIST[code]}：{_('yes') if answer else _('no')}" for code, answer in row.checklist.items())
    moved = _("moved to: %(state)s") % {"state": matter.get_state_display()} if row.moved_to else ""
    detail = "　".join(part for part in (f"{row.at:%Y-%m-%d} {row.get_method_display()}", row.note, checks, moved)
                       if part)
    return Entry(text, detail)


def round_content(review_round: ReviewRound) -> Report:
    """What the round's report says: its group, rules and figures, then its matters by finding."""
    figures = figures_of(review_round)
    rows = list(entries_of(review_round))
    members = "、".join(person.get_full_name() for person in review_round.members.all())
    rules = "、".join(str(RoundMatter.Reason(rule).label) for rule in review_round.rules)
    sections = [Section(_("The round"), [
        Entry(_("Region") + f"：{review_round.region.name}"), Entry(_("Group members") + f"：{members}"),
        Entry(_("Matters chosen by") + f"：{rules}"),
    ] + ([Entry(_("Summary") + f"：{review_round.summary}")] if review_round.summary else []))]
    for verdict, heading in ((Verdict.SOLVED, _("Found solved")), (Verdict.NOT_SOLVED, _("Found not solved")),
                             (Verdict.UNDER_WAY, _("Still being handled"))):
        sections.append(Section(heading, [_entry(row) for row in rows if row.verdict == verdict]))
    sections.append(Section(_("Not checked"), [_entry(row) for row in rows if row.at is None]))
    return Report(
        title=review_round.title,
        period=_("Period") + f"：{review_round.period_start:%Y-%m-%d} – {review_round.period_end:%Y-%m-%d}",
        figures=[(_("Matters in the round"), figures["matters"]), (_("Checked"), figures["checked"]),
                 (_("Found solved"), figures["solved"]), (_("Found not solved"), figures["not_solved"]),
                 (_("Still being handled"), figures["under_way"]), (_("Closed after the check"), figures["closed"]),
                 (_("Reopened after the check"), figures["reopened"]),
                 (_("Work plans required"), figures["plans_required"])],
        sections=sections,
    )


def round_report(review_round: ReviewRound) -> bytes:
    return as_docx(round_content(review_round))


def round_report_pdf(review_round: ReviewRound) -> bytes:
    return as_pdf(round_content(review_round))
