"""Reading suggestions: what the public may see, what the submitter sees, what staff see."""

from django.db.models import OuterRef, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Transition
from huishang.cases.selectors import visible_matters
from huishang.cases.states import State
from huishang.directory.jurisdiction import ancestors_of
from huishang.meetings.models import Meeting
from huishang.meetings.selectors import visible_meetings
from huishang.suggestions.models import CollectionPoint, Suggestion

# The stages a member of the public reads, in order, with the matter states each covers.
STAGES = [
    ("received", _("Received"), {State.SUBMITTED}),
    ("accepted", _("Accepted"), {State.ACCEPTED}),
    ("consulted", _("Before the meeting"), {State.ON_AGENDA}),
    ("handling", _("Being carried out"), {State.ASSIGNED, State.IN_PROGRESS, State.RESPONDED}),
    ("done", _("Done"), {State.RESOLVED, State.CLOSED}),
]
ENDED_EARLY = {State.REJECTED: _("Not taken in"), State.MERGED: _("Merged with an earlier suggestion")}
OPEN_STATES = {State.SUBMITTED, State.ACCEPTED, State.ON_AGENDA, State.ASSIGNED, State.IN_PROGRESS, State.RESPONDED}


def public_stage(suggestion: Suggestion) -> dict:
    """Where the suggestion stands, in the public's words, with the stages passed so far."""
    state = suggestion.matter.state
    if state in ENDED_EARLY:
        return {"key": state, "label": ENDED_EARLY[state], "steps": []}
    reached = next(index for index, (_key, _label, states) in enumerate(STAGES) if state in states)
    steps = [{"key": key, "label": label, "done": index <= reached} for index, (key, label, _s) in enumerate(STAGES)]
    return {"key": STAGES[reached][0], "label": STAGES[reached][1], "steps": steps}


def public_status(suggestion: Suggestion) -> str:
    """Open311's status: closed once it ended (done, not taken in, merged), open before."""
    return "open" if suggestion.matter.state in OPEN_STATES else "closed"


def public_notes(suggestion: Suggestion) -> str:
    """What the public is told about the outcome: the decision and its reason, then the implementation."""
    decision = getattr(suggestion, "decision", None)
    parts = []
    if decision is not None:
        parts.append(f"{decision.get_outcome_display()}：{decision.reason}")
    implementation = getattr(suggestion, "implementation", None)
    if implementation is not None:
        parts.append(f"{_('Implementation')}：{implementation.text}")
    if suggestion.matter.state == State.REJECTED:
        parts.append(_rejection_note(suggestion))
    return "\n".join(part for part in parts if part)


def _rejection_note(suggestion: Suggestion) -> str:
    if hasattr(suggestion, "rejection_note"):
        return suggestion.rejection_note or ""
    last = suggestion.matter.trail.filter(to_state=State.REJECTED).last()
    return last.note if last else ""


def open311_requests() -> QuerySet[Suggestion]:
    """Public suggestions with what an Open311 listing shows of each read with them: the lead unit, the
    moment of the last step and the reason of a rejection."""
    trail = Transition.objects.filter(matter=OuterRef("matter")).order_by("-at", "-id")
    return public_suggestions().select_related("matter__lead_unit").annotate(
        last_moved_at=Subquery(trail.values("at")[:1]),
        rejection_note=Subquery(trail.filter(to_state=State.REJECTED).values("note")[:1]),
    )


def public_suggestions() -> QuerySet[Suggestion]:
    """Suggestions anyone may read: not held for review. Contact details are never part of a public view."""
    return Suggestion.objects.filter(held=False).select_related(
        "matter", "matter__category", "matter__region", "point", "decision", "implementation"
    )


def adopted_results() -> QuerySet[Suggestion]:
    """The public results page: adopted or partly adopted suggestions, newest decision first."""
    return public_suggestions().filter(decision__outcome__in=["adopted", "partly_adopted"]).order_by(
        "-decision__decided_at"
    )


def visible_suggestions(user) -> QuerySet[Suggestion]:
    """Staff read the suggestions whose matters they may read."""
    return Suggestion.objects.filter(matter__in=visible_matters(user).values("pk")).select_related(
        "matter", "matter__category", "matter__region", "point", "decision", "implementation"
    )


def agenda_meetings(user, matter) -> QuerySet[Meeting]:
    """The meetings ``user`` may put the matter before, newest first: of the user's jurisdiction, held for the
    matter's region or a region above it (a city's meeting takes its districts' matters)."""
    regions = [matter.region, *ancestors_of(matter.region)]
    return visible_meetings(user).filter(region__in=regions).order_by("-held_on")


def active_points() -> QuerySet[CollectionPoint]:
    return CollectionPoint.objects.filter(active=True).select_related("region")


def kept_points(user) -> QuerySet[CollectionPoint]:
    return active_points().filter(keeper=user) if user.is_authenticated else CollectionPoint.objects.none()
