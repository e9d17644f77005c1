"""An alliance's yearly activity report (年度活动报告): its content once, written out as Word or PDF (core.documents)."""

import datetime

from django.utils.translation import gettext as _

from huishang.alliances.figures import alliance_figures, memberships
from huishang.alliances.selectors import visible_achievements, visible_agreements
from huishang.core.documents import Entry, Report, Section, as_docx
from huishang.figures.selectors import Scope


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


def yearly_content(alliance, year: int, *, user) -> Report:
    """What the year's report says, in whatever format it is written: figures, studios, events and resources.
    Agreements and achievements are those ``user`` may read (an agreement is read in its parties' regions)."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    scope = Scope(date_from=first, date_to=last)
    figures = alliance_figures(scope, alliance)
    return Report(
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
    return as_docx(yearly_content(alliance, year, user=user))
