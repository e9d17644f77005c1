"""An alliance's yearly activity report (年度活动报告) as a Word document."""

import datetime
import io

from django.utils.translation import gettext as _
from docx import Document

from huishang.alliances.figures import alliance_figures
from huishang.figures.selectors import Scope


def yearly_report(alliance, year: int) -> bytes:
    """The year's figures, activities, agreements and achievements of ``alliance``, as .docx bytes."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    figures = alliance_figures(Scope(date_from=first, date_to=last), alliance)
    document = Document()
    document.add_heading(_("%(alliance)s: activity report %(year)s") % {"alliance": alliance.name, "year": year}, 0)
    document.add_heading(_("Figures"), 1)
    rows = [(_("Member studios"), figures["studios"]), (_("Regions"), figures["regions"]),
            (_("Experts"), figures["experts"]), (_("Agreements signed"), figures["agreements"]),
            (_("Activities"), figures["activities"]), (_("Achievements"), figures["achievements"])]
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(label), str(value)
    document.add_heading(_("Activities"), 1)
    for activity in alliance.activities.filter(held_on__range=(first, last)).order_by("held_on"):
        document.add_paragraph(f"{activity.held_on:%Y-%m-%d} {activity.get_kind_display()}：{activity.title}",
                               style="List Bullet")
        if activity.minutes:
            document.add_paragraph(activity.minutes)
    document.add_heading(_("Agreements"), 1)
    for agreement in alliance.agreements.filter(signed_on__range=(first, last)).order_by("signed_on"):
        parties = "、".join(studio.name for studio in agreement.parties.all())
        document.add_paragraph(f"{agreement.signed_on:%Y-%m-%d} {agreement.subject}（{parties}；{agreement.progress}%）",
                               style="List Bullet")
    document.add_heading(_("Achievements"), 1)
    for achievement in alliance.achievements.filter(achieved_on__range=(first, last)).order_by("achieved_on"):
        studios = "、".join(studio.name for studio in achievement.studios.all())
        document.add_paragraph(f"{achievement.achieved_on:%Y-%m-%d} {achievement.get_kind_display()}：{achievement.title}"
                               f"（{studios}）", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
