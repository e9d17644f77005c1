"""The workbench's panels from the platform's other modules: the records there that name the account.

Some accounts work through their role (the office's queue, a unit's assignments); others through the
records of one module that name them: the staff of a job station, the owner of promotion leads, the
keeper of a collection point, a seat on an alliance's council, a part in a union assessment, the butlers
a unit sends, the auditor's log. Each panel reads through its app's own selectors and permission
functions and is shown only when it holds something, so both kinds see what they have to do or watch.
"""

from dataclasses import dataclass

from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from huishang.alliances.models import Alliance, Booking
from huishang.alliances.permissions import current_seats, takes_part
from huishang.alliances.selectors import visible_alliances, visible_bookings
from huishang.assessment.models import AssessmentRole
from huishang.assessment.permissions import visible_assessments
from huishang.audit.permissions import may_read_log
from huishang.audit.readable import kind_label, subject_label
from huishang.audit.selectors import entries
from huishang.butlers.permissions import is_butler
from huishang.butlers.selectors import cares_sent_by_unit, workbench as care_rows
from huishang.core import clock
from huishang.employment.models import Job
from huishang.employment.permissions import visible_households, visible_stations
from huishang.promotion.selectors import OPEN_STAGES, visible_leads
from huishang.ranking import talks
from huishang.suggestions.permissions import reads_suggestions
from huishang.suggestions.selectors import kept_points, public_stage, public_suggestions, visible_suggestions

PANEL_SIZE = 10


@dataclass
class Row:
    label: str
    url: str = ""
    note: str = ""


@dataclass
class Panel:
    key: str
    title: str
    rows: list[Row]
    count: int
    more: str = ""  # the page with the whole list


def _panel(key, title, rows, row, *, more="", count=None) -> Panel | None:
    """A panel of the first rows of ``rows`` (a queryset or a list), or None when there is nothing."""
    total = count if count is not None else (len(rows) if isinstance(rows, list) else rows.count())
    if not total:
        return None
    return Panel(key, title, [row(item) for item in rows[:PANEL_SIZE]], total, more)


def _staffed_stations(user):
    return visible_stations(user).filter(staff=user)


def job_stations(user):
    return _panel("job_stations", _("My job stations"), _staffed_stations(user), lambda station: Row(
        station.name, reverse("employment:station-detail", args=[station.pk]), station.community),
        more=reverse("employment:stations"))


def open_jobs(user):
    jobs = Job.objects.filter(station__in=_staffed_stations(user), state=Job.State.OPEN).order_by("-pk")
    return _panel("open_jobs", _("Open jobs at my stations"), jobs, lambda job: Row(
        job.title, reverse("employment:job-detail", args=[job.pk]), job.get_kind_display()))


def ledger_households(user):
    """The households of the ledger a station's staff keep (office staff read theirs on the ledger page)."""
    if not _staffed_stations(user).exists():
        return None
    households = visible_households(user).order_by("-recorded_at", "-pk")
    return _panel("households", _("Households of the ledger"), households, lambda household: Row(
        household.number, reverse("employment:household-detail", args=[household.pk]), household.community),
        more=reverse("employment:ledger"))


def promotion_leads(user):
    leads = visible_leads(user).filter(owner=user, stage__in=OPEN_STAGES).order_by(
        F("next_step_due").asc(nulls_last=True), "pk")

    def row(lead):
        note = lead.get_stage_display()
        if lead.next_step_due:
            note = _("%(stage)s, next step due %(day)s") % {"stage": note, "day": lead.next_step_due.isoformat()}
        return Row(f"{lead.enterprise_name} · {lead.project}", reverse("promotion:lead", args=[lead.pk]), note)

    return _panel("leads", _("My promotion leads"), leads, row, more=reverse("promotion:board"))


def collection_points(user):
    return _panel("points", _("My collection points"), kept_points(user), lambda point: Row(
        point.name, reverse("suggestions:poster", args=[point.code]), str(point.region)),
        more=reverse("suggestions:paper"))


def collected_suggestions(user):
    """What came in at the keeper's points, as the public reads it (the staff pages are the office's)."""
    suggestions = public_suggestions().filter(point__in=kept_points(user)).order_by("-matter__submitted_at")
    return _panel("collected", _("Suggestions from my collection points"), suggestions, lambda suggestion: Row(
        f"{suggestion.matter.number} {suggestion.matter.title}", note=str(public_stage(suggestion)["label"])),
        more=reverse("suggestions:public-list"))


def staff_suggestions(user):
    if not reads_suggestions(user):
        return None
    suggestions = visible_suggestions(user).order_by("-matter__submitted_at")
    return _panel("suggestions", _("Latest people's suggestions"), suggestions, lambda suggestion: Row(
        f"{suggestion.matter.number} {suggestion.matter.title}",
        reverse("suggestions:staff-detail", args=[suggestion.matter.number]),
        str(public_stage(suggestion)["label"])), more=reverse("suggestions:staff-list"))


def my_alliances(user):
    """The alliances the account has a part in: a council seat, a member studio it leads, a resource it keeps."""
    if not takes_part(user):
        return None
    seats = {seat.alliance_id: seat.get_role_display() for seat in current_seats(user)}
    named = Q(pk__in=seats) | Q(memberships__studio__leader=user) | Q(resources__keeper=user)
    alliances = visible_alliances(user).filter(pk__in=Alliance.objects.filter(named).values("pk")).order_by("name")
    return _panel("alliances", _("My alliances"), alliances, lambda alliance: Row(
        alliance.name, reverse("alliances:dashboard", args=[alliance.pk]), seats.get(alliance.pk, "")),
        more=reverse("alliances:list"))


def bookings_to_decide(user):
    bookings = visible_bookings(user).filter(resource__keeper=user, state=Booking.State.PENDING).order_by("starts_on")
    return _panel("bookings", _("Bookings waiting for my decision"), bookings, lambda booking: Row(
        f"{booking.resource.name} · {booking.studio.name}", reverse("alliances:resource", args=[booking.resource_id]),
        f"{booking.starts_on.isoformat()} – {booking.ends_on.isoformat()}"))


def my_assessments(user):
    """The assessments the account organises, reviews or reports in for its union."""
    roles = dict(AssessmentRole.objects.filter(user=user).values_list("assessment", "role"))
    named = Q(pk__in=roles)
    if user.organization_id:
        named |= Q(organiser=user.organization_id) | Q(participants__union=user.organization_id)
    assessments = visible_assessments(user).filter(named).distinct().order_by("-year", "-pk")

    def row(assessment):
        if assessment.pk in roles:
            part = AssessmentRole.Role(roles[assessment.pk]).label
        elif assessment.organiser_id == user.organization_id:
            part = AssessmentRole.Role.ORGANISER.label
        else:
            part = _("reporting for our union")
        note = _("%(part)s, %(state)s") % {"part": part, "state": assessment.get_state_display()}
        return Row(assessment.title, reverse("assessment:detail", args=[assessment.pk]), note)

    return _panel("assessments", _("My assessments"), assessments, row, more=reverse("assessment:list"))


def unit_cares(user):
    cares = cares_sent_by_unit(user).order_by("enterprise__name")
    return _panel("cares", _("Enterprises our butlers care for"), cares, lambda care: Row(
        care.enterprise.name, note=care.butler.get_full_name()))


def butler_enterprises(user):
    if not is_butler(user):
        return None

    def row(care):
        due = _("visit due %(day)s") % {"day": care.next_visit.isoformat()}
        return Row(care.enterprise.name, reverse("butlers:workbench"), due)

    return _panel("care", _("Enterprises in my care"), care_rows(user), row, more=reverse("butlers:workbench"))


def talk_commitments(user):
    """The commitments made at talks (约谈) and not done yet: a unit's own, the office's of its jurisdiction,
    each with the card its date gives it today."""
    commitments = talks.open_commitments(user)
    shown = list(commitments[:PANEL_SIZE])
    cards = talks.commitment_cards(shown, today=clock.today())

    def row(commitment):
        note = _("due %(day)s") % {"day": commitment.due.isoformat()}
        if cards[commitment.pk] is not None:
            note = f"{note} · {cards[commitment.pk].get_level_display()}"
        return Row(f"{commitment.talk.unit.name} · {commitment.content}", talks.talk_link(commitment.talk), note)

    return _panel("commitments", _("Open commitments from talks"), shown, row, more=reverse("ranking:talks"),
                  count=commitments.count() if shown else 0)


def audit_log(user):
    if not may_read_log(user):
        return None
    # Counting the whole log would read every entry: the panel shows the latest and links to the rest.
    latest = list(entries()[:PANEL_SIZE])
    return _panel("audit", _("Latest audit entries"), latest, lambda entry: Row(
        f"{kind_label(entry.kind)} · {subject_label(entry.subject) if entry.subject else entry.actor_username}",
        reverse("audit:entries"),
        f"{entry.at:%Y-%m-%d %H:%M} {entry.actor_username}"), more=reverse("audit:entries"))


PANELS = [
    job_stations, open_jobs, ledger_households, promotion_leads, collection_points, collected_suggestions,
    my_alliances, bookings_to_decide, my_assessments, unit_cares, butler_enterprises, talk_commitments,
    staff_suggestions, audit_log,
]


def panels_for(user) -> list[Panel]:
    return [panel for panel in (make(user) for make in PANELS) if panel is not None]
