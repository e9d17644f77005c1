"""Meetings' printed papers on the matter page: the 会议纪要 of each meeting that discussed the matter, the
reader's 交办单 of the meetings that assigned it, and its 督办单 while it holds a card."""

from django import template

from huishang.meetings import sheets
from huishang.meetings.models import AgendaItem

register = template.Library()


@register.inclusion_tag("meetings/_matter_papers.html", takes_context=True)
def meeting_papers(context, matter):
    reader = context["request"].user
    items = matter.agenda_items.select_related("meeting", "meeting__region").order_by("meeting__held_on", "id")
    papers = []
    for item in items:
        units = []
        if item.outcome == AgendaItem.Outcome.ASSIGNED:
            units = [unit for unit in sheets.assigned_units(item.meeting, reader=reader)
                     if unit.pk in sheets.units_of_item(item)]
        papers.append({"meeting": item.meeting, "units": units})
    carded = sheets.active_card(matter) is not None and sheets.may_print_supervision_sheet(matter, reader=reader)
    return {"matter": matter, "papers": papers, "supervision_sheet": carded}
