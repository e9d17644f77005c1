"""What the printed papers of meetings say, and who may print them: the 会议纪要 of a meeting, the numbered 交办单
of a unit a meeting assigned, the numbered 督办单 of a carded matter.

A sheet's number is given the first time it is printed and kept (``Sheet``): 交办〔2024〕12号 counts the 交办单 of
the meeting's region and year, 督办〔2024〕5号 the 督办单 of the matter's region and the year it was first printed.
Who may print: whoever may read the meeting or the matter; a unit only its own 交办单 and the 督办单 of matters it
handles, the office, supervisors and leaders of the jurisdiction every one; an enterprise none of the sheets.
"""

import functools

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.db.models import Max, Q
from django.utils.translation import gettext as _

from huishang.cases.models import Matter
from huishang.cases.selectors import REGION_SCOPED_ROLES, visible_matters
from huishang.core import clock
from huishang.core.errors import NotAllowed, NotFound
from huishang.directory.models import Organization, Region, Role
from huishang.meetings.documents import Paper, day_text, paragraphs
from huishang.meetings.models import AgendaItem, Meeting, Sheet
from huishang.meetings.selectors import agenda_of
from huishang.supervision.models import Card
from huishang.workdays.calendar import add_working_days

# A unit reports on a 督办单 within this many working days of its issue.
REPORT_WITHIN_WORKING_DAYS = 5

LEAD, SUPPORTING = "牵头", "配合"


def in_chinese(build):
    """A paper is written in Chinese whatever its reader's language: the names of levels and outcomes too."""
    @functools.wraps(build)
    def written(*args, **kwargs):
        with translation.override("zh-hans"):
            return build(*args, **kwargs)
    return written


def _is_staff(user) -> bool:
    return user.is_superuser or user.role == Role.ADMIN or user.role in REGION_SCOPED_ROLES


def office_of(region: Region) -> str:
    return f"{region.name}企业服务工作专班"


def meeting_number(meeting: Meeting) -> str:
    """The meeting's number among its kind in its region and year: 〔2024〕第3次."""
    return f"〔{meeting.year}〕第{meeting.sequence}次"


def _units_text(units) -> str:
    return "、".join(unit.name for unit in units) or "—"


def _shown_items(meeting: Meeting, reader):
    """The agenda items the reader may see (an enterprise or a unit: only those of its own matters)."""
    return agenda_of(meeting).filter(matter__in=visible_matters(reader).values("pk")).prefetch_related(
        "assignment__supporting_units")


def _decision_text(item: AgendaItem) -> str:
    return item.decision or item.get_outcome_display()


@in_chinese
def minutes_paper(meeting: Meeting, *, reader) -> Paper:
    """The 会议纪要: the meeting's particulars, its minutes and each item it decided (the reader's part)."""
    table = [["序号", "事项编号", "企业", "事项", "议定", "牵头单位", "配合单位", "办理时限"]]
    for position, item in enumerate(_shown_items(meeting, reader), start=1):
        assignment = item.assignment
        table.append([
            str(position), item.matter.number, item.matter.enterprise.name if item.matter.enterprise else "—",
            item.matter.title, _decision_text(item), assignment.lead_unit.name if assignment else "—",
            _units_text(assignment.supporting_units.all()) if assignment else "—",
            day_text(assignment.due) if assignment else "—",
        ])
    return Paper(
        office=office_of(meeting.region), number=meeting_number(meeting), title=f"{meeting.title}纪要",
        issued_on=meeting.held_on,
        particulars=[("会议", meeting.title), ("编号", meeting_number(meeting)), ("时间", day_text(meeting.held_on)),
                     ("地点", meeting.location or "—"),
                     ("主持", meeting.chair.get_full_name() if meeting.chair else "—"),
                     ("出席", meeting.attendees or "—")],
        text_heading="一、会议纪要", text=paragraphs(meeting.minutes) or ["（纪要尚未录入）"],
        table_heading="二、议定事项", table=table,
    )


# Numbers

def _issue(kind: str, *, region: Region, year: int, **key) -> Sheet:
    """The sheet of ``key``, numbered the first time it is asked for: the next number of its kind, region and
    year; two first prints at once get two numbers, never the same one."""
    for _attempt in range(5):
        sheet = Sheet.objects.filter(kind=kind, **key).first()
        if sheet is not None:
            return sheet
        last = Sheet.objects.filter(kind=kind, region=region, year=year).aggregate(n=Max("serial"))["n"] or 0
        try:
            with transaction.atomic():
                return Sheet.objects.create(kind=kind, region=region, year=year, serial=last + 1,
                                            issued_at=clock.now(), **key)
        except IntegrityError:
            continue
    raise IntegrityError("no free sheet number")


# 交办单

def _assigned_items(meeting: Meeting, reader):
    return _shown_items(meeting, reader).filter(outcome=AgendaItem.Outcome.ASSIGNED, assignment__isnull=False)


def assigned_units(meeting: Meeting, *, reader) -> list[Organization]:
    """The units the reader may print a 交办单 for: every unit the meeting assigned, for the staff; its own
    organisation, for a unit the meeting assigned; none for anyone else."""
    if not (_is_staff(reader) or reader.role == Role.UNIT):
        return []
    units = {}
    for item in _assigned_items(meeting, reader):
        for unit in (item.assignment.lead_unit, *item.assignment.supporting_units.all()):
            units.setdefault(unit.pk, unit)
    if not _is_staff(reader):
        units = {pk: unit for pk, unit in units.items() if pk == reader.organization_id}
    return sorted(units.values(), key=lambda unit: unit.name)


@in_chinese
def assignment_paper(meeting: Meeting, unit_id: int, *, reader) -> Paper:
    """The 交办单 of one unit of a decided meeting: each matter the meeting gave it, the decision, whether it
    leads or supports, and the deadline."""
    unit = next((unit for unit in assigned_units(meeting, reader=reader) if unit.pk == unit_id), None)
    if unit is None:
        if reader.role == Role.UNIT or _is_staff(reader):
            raise NotAllowed(_("You may print only the assignment sheets of your own unit."), field="unit")
        raise NotAllowed(_("Assignment sheets are printed for the units and the office."), field="unit")
    sheet = _issue(Sheet.Kind.ASSIGNMENT, region=meeting.region, year=meeting.year, meeting=meeting, unit=unit)
    table = [["序号", "事项编号", "企业", "事项", "会议议定", "承办方式", "办理时限"]]
    for item in _assigned_items(meeting, reader):
        assignment = item.assignment
        supporting = {supporter.pk for supporter in assignment.supporting_units.all()}
        if assignment.lead_unit_id != unit.pk and unit.pk not in supporting:
            continue
        role = LEAD if assignment.lead_unit_id == unit.pk else SUPPORTING
        table.append([str(len(table)), item.matter.number,
                      item.matter.enterprise.name if item.matter.enterprise else "—", item.matter.title,
                      _decision_text(item), f"{role}（牵头单位：{assignment.lead_unit.name}）", day_text(assignment.due)])
    return Paper(
        office=office_of(meeting.region), number=sheet.number, title="交办单", issued_on=clock.today(),
        particulars=[("承办单位", unit.name), ("交办依据", f"{meeting.title}（{meeting_number(meeting)}）"),
                     ("会议时间", day_text(meeting.held_on)), ("交办事项", f"{len(table) - 1}件")],
        table_heading="交办事项", table=table,
        closing=["请按会议议定事项抓紧办理：牵头单位会同配合单位于办理时限前办结，并在平台反馈办理情况。"],
    )


# 督办单

def active_card(matter: Matter) -> Card | None:
    return matter.cards.filter(cleared_at=None).first()


def may_print_supervision_sheet(matter: Matter, *, reader) -> bool:
    """The staff who see the matter, and the units it is assigned to, while it holds a card."""
    if _is_staff(reader):
        return visible_matters(reader).filter(pk=matter.pk).exists()
    if reader.role != Role.UNIT or reader.organization_id is None:
        return False
    return _current_units(matter).filter(pk=reader.organization_id).exists()


def _current_assignment(matter: Matter):
    return matter.assignments.filter(sent_back_at=None, ended_at=None).select_related("lead_unit").last()


def _current_units(matter: Matter):
    assignment = _current_assignment(matter)
    if assignment is None:
        return Organization.objects.none()
    return Organization.objects.filter(Q(pk=assignment.lead_unit_id) | Q(supporting_assignments=assignment)).distinct()


@in_chinese
def supervision_paper(matter: Matter, *, reader) -> Paper:
    """The 督办单 of a carded matter: the matter, its units, the card and its reason, the original deadline and
    the day by which the units report."""
    card = active_card(matter)
    if card is None:
        raise NotFound(_("This matter holds no card, so it has no supervision sheet."))
    if not may_print_supervision_sheet(matter, reader=reader):
        raise NotAllowed(_("The supervision sheet is printed for the matter's units and the office."), field="matter")
    sheet = _issue(Sheet.Kind.SUPERVISION, region=matter.region, year=clock.today().year, card=card)
    assignment = _current_assignment(matter)
    first = matter.assignments.order_by("assigned_at", "id").first()
    issued_on = timezone.localdate(sheet.issued_at)
    report_by = add_working_days(issued_on, REPORT_WITHIN_WORKING_DAYS)
    particulars = [
        ("事项编号", matter.number), ("事项", matter.title),
        ("企业", matter.enterprise.name if matter.enterprise else "—"),
        ("牵头单位", assignment.lead_unit.name if assignment else "—"),
        ("配合单位", _units_text(assignment.supporting_units.all()) if assignment else "—"),
        ("督办等级", str(card.get_level_display())), ("督办事由", card.reason),
        ("原定办理时限", day_text(first.due) if first else "—"),
        ("现办理时限", day_text(matter.due)),
        ("反馈时限", f"请于{day_text(report_by)}前反馈办理情况"),
    ]
    return Paper(
        office=office_of(matter.region), number=sheet.number, title="督办单", issued_on=issued_on,
        particulars=particulars,
        text=[f"{matter.number}“{matter.title}”现处于{card.get_level_display()}状态（{card.reason}），现予督办。"
              f"请牵头单位会同配合单位加快办理，于{day_text(report_by)}前在平台反馈办理进展和结果。"],
    )


def units_of_item(item: AgendaItem) -> set[int]:
    """The ids of the units an assigned agenda item gave the matter to."""
    if item.assignment_id is None:
        return set()
    return {item.assignment.lead_unit_id, *item.assignment.supporting_units.values_list("pk", flat=True)}
