"""An alliance's yearly activity report (年度活动报告): its content once, written out as a Word document."""

import datetime
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from docx import Document

from huishang.alliances.figures import alliance_figures, memberships
from huishang.alliances.selectors import visible_achievements, visible_agreements
from huishang.core.cells import text as cell_text
from huishang.figures.selectors import Scope


@dataclass(frozen=True)
class Entry:
    text: str
    detail: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class YearlyReport:
    title: str
    period: str
    figures: list[tuple[str, int]]
    sections: list[Section]


def _studios(alliance, scope: Scope) -> Section:
    rows = (memberships(scope, alliance).select_related("studio", "studio__region")
            .order_by("studio__region__code", "studio__name"))
    seen, entries = set(), []
    for row in rows:
        if row.studio_id not in seen:
            seen.add(row.studio_id)
            entries.append(Entry(f"{row.studio.name}（{row.studio.region.name}，{row.studio.get_level_display()}）"))
    return Section(_("Member studios"), entries)


def _activities(alliance, first, last) -> Section:
    rows = alliance.activities.filter(held_on__range=(first, last)).order_by("held_on")
    return Section(_("Activities"), [Entry(f"{row.held_on:%Y-%m-%d} {row.get_kind_display()}：{row.title}", row.minutes)
                                     for row in rows])


def _agreements(alliance, first, last, user) -> Section:
    rows = (visible_agreements(user, alliance).filter(signed_on__range=(first, last)).order_by("signed_on")
            .prefetch_related("parties"))
    return Section(_("Agreements"), [
        Entry(f"{row.signed_on:%Y-%m-%d} {row.subject}（{'、'.join(s.name for s in row.parties.all())}；{row.progress}%）")
        for row in rows])


def _achievements(alliance, first, last, user) -> Section:
    rows = (visible_achievements(user, alliance).filter(achieved_on__range=(first, last)).order_by("achieved_on")
            .prefetch_related("studios"))
    return Section(_("Achievements"), [
        Entry(f"{row.achieved_on:%Y-%m-%d} {row.get_kind_display()}：{row.title}"
              f"（{'、'.join(s.name for s in row.studios.all())}）")
        for row in rows])


def _resources(alliance, last) -> Section:
    capacity = _("Capacity")
    rows = alliance.resources.filter(listed_on__lte=last).select_related("owner").order_by("kind", "name")
    return Section(_("Shared resources"), [
        Entry(f"{row.get_kind_display()}：{row.name}（{row.owner.name}；{capacity} {row.capacity}）") for row in rows])


def yearly_content(alliance, year: int, *, user) -> YearlyReport:
    """What the year's report says, in whatever format it is written: figures, studios, events and resources.
    Agreements and achievements are those ``user`` may read (an agreement is read in its parties' regions)."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    scope = Scope(date_from=first, date_to=last)
    figures = alliance_figures(scope, alliance)
    return YearlyReport(
        title=_("%(alliance)s: activity report %(year)s") % {"alliance": alliance.name, "year": year},
        period=_("Period") + f"：{first:%Y-%m-%d} – {last:%Y-%m-%d}",
        figures=[(_("Member studios"), figures["studios"]), (_("Regions"), figures["regions"]),
                 (_("Experts"), figures["experts"]), (_("Agreements signed"), figures["agreements"]),
                 (_("Activities"), figures["activities"]), (_("Achievements"), figures["achievements"]),
                 (_("Shared resources"), sum(figures["resources"].values()))],
        sections=[_studios(alliance, scope), _activities(alliance, first, last), _agreements(alliance, first, last, user),
                  _achievements(alliance, first, last, user), _resources(alliance, last)],
    )


def yearly_report(alliance, year: int, *, user) -> bytes:
    """The year's report of ``alliance`` as .docx bytes, as ``user`` may read it."""
    report = yearly_content(alliance, year, user=user)
    document = Document()
    document.add_heading(cell_text(report.title), 0)
    document.add_paragraph(report.period)
    document.add_heading(_("Figures"), 1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in report.figures:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = cell_text(label), cell_text(str(value))
    for section in report.sections:
        document.add_heading(section.heading, 1)
        for entry in section.entries:
            document.add_paragraph(cell_text(entry.text), style="List Bullet")
            if entry.detail:
                document.add_paragraph(cell_text(entry.detail))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
