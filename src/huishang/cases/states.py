"""The life of a matter: its states and which actions each state admits (PRODUCT.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    SUBMITTED = "submitted", _("submitted")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")
    MERGED = "merged", _("merged")
    ON_AGENDA = "on_agenda", _("on agenda")
    ASSIGNED = "assigned", _("assigned")
    IN_PROGRESS = "in_progress", _("in progress")
    RESPONDED = "responded", _("responded")
    RESOLVED = "resolved", _("resolved")
    CLOSED = "closed", _("closed")


class Action(models.TextChoices):
    """Every entry of the trail names one of these."""

    SUBMIT = "submit", _("submit")
    ACCEPT = "accept", _("accept")
    REJECT = "reject", _("reject")
    MERGE = "merge", _("merge")
    PUT_ON_AGENDA = "put_on_agenda", _("put on agenda")
    TAKE_OFF_AGENDA = "take_off_agenda", _("take off agenda")
    ASSIGN = "assign", _("assign")
    ACKNOWLEDGE = "acknowledge", _("acknowledge")
    SEND_BACK = "send_back", _("send back")
    RESPOND = "respond", _("respond")
    REVIEW = "review", _("review")
    CONTINUE = "continue", _("continue")
    RESOLVE = "resolve", _("resolve")
    CLOSE = "close", _("close")
    REOPEN = "reopen", _("reopen")
    EXTEND = "extend", _("extend the deadline")
    REASSIGN = "reassign", _("reassign")
    CONTACT = "contact", _("record a contact")


# action -> the states it may start from. ``review`` ends in RESOLVED or, when the reviewer is
# not satisfied, back in IN_PROGRESS (recorded in the trail as ``resolve`` or ``continue``).
ALLOWED_FROM = {
    Action.ACCEPT: {State.SUBMITTED},
    Action.REJECT: {State.SUBMITTED},
    Action.MERGE: {State.SUBMITTED, State.ACCEPTED},
    Action.PUT_ON_AGENDA: {State.ACCEPTED},
    Action.TAKE_OFF_AGENDA: {State.ON_AGENDA},
    Action.ASSIGN: {State.ACCEPTED, State.ON_AGENDA},
    Action.REASSIGN: {State.ASSIGNED, State.IN_PROGRESS},
    Action.ACKNOWLEDGE: {State.ASSIGNED},
    Action.SEND_BACK: {State.ASSIGNED, State.IN_PROGRESS},
    Action.RESPOND: {State.IN_PROGRESS},
    Action.REVIEW: {State.RESPONDED},
    Action.CLOSE: {State.RESOLVED},
    Action.REOPEN: {State.RESOLVED},
    # Not a move: the lead unit records a contact with the submitter while it handles the matter.
    Action.CONTACT: {State.ASSIGNED, State.IN_PROGRESS},
}

TARGET = {
    Action.ACCEPT: State.ACCEPTED,
    Action.REJECT: State.REJECTED,
    Action.MERGE: State.MERGED,
    Action.PUT_ON_AGENDA: State.ON_AGENDA,
    Action.TAKE_OFF_AGENDA: State.ACCEPTED,
    Action.ASSIGN: State.ASSIGNED,
    # The new unit signs for the matter as for any assignment.
    Action.REASSIGN: State.ASSIGNED,
    Action.ACKNOWLEDGE: State.IN_PROGRESS,
    Action.SEND_BACK: State.ACCEPTED,
    Action.RESPOND: State.RESPONDED,
    Action.RESOLVE: State.RESOLVED,
    Action.CONTINUE: State.IN_PROGRESS,
    Action.CLOSE: State.CLOSED,
    Action.REOPEN: State.IN_PROGRESS,
}

# States in which a unit owes an answer: past the deadline, such a matter is overdue.
AWAITING_UNIT = {State.ASSIGNED, State.IN_PROGRESS}
DONE = {State.RESOLVED, State.CLOSED}
# Every reopening (重办): not satisfied at review (持续推进) and 不满意 at follow-up.
REOPENING_ACTIONS = (Action.CONTINUE, Action.REOPEN)
