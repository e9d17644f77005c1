"""The matter page: what it holds and which action forms it offers this user."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from huishang.cases.permissions import available_actions
from huishang.cases.selectors import current_assignment, trail_of
from huishang.cases.states import Action
from huishang.directory.models import Role
from huishang.web.access import role_of
from huishang.web.errors import messages_of
from huishang.web.forms.actions import blank_form
from huishang.web.forms.matters import AttachmentForm

# Actions that turn a matter away or undo a step get a warning-coloured button.
CAUTIOUS_ACTIONS = {Action.REJECT, Action.MERGE, Action.TAKE_OFF_AGENDA}
# Actions that cannot be undone ask first (web/confirmation.py), with these questions.
CONFIRMED_ACTIONS = {
    Action.REJECT: _("Not accept this matter? The submitter is told the reason, and it cannot be undone."),
    Action.MERGE: _("Merge this matter into the earlier one? It cannot be undone."),
    Action.REASSIGN: _("Reassign this matter? The current unit's assignment ends and it is told."),
    Action.RESPOND: _("Send this answer to the submitter for review? It cannot be changed afterwards."),
    Action.CLOSE: _("Close this matter? It cannot be undone."),
}


def action_slug(action: Action) -> str:
    """The action's part of its URL and URL name: put_on_agenda → put-on-agenda (web:matter-put-on-agenda)."""
    return action.value.replace("_", "-")


def render_matter_page(request, matter, *, failed_action=None, failed_form=None, status=200):
    """Render the page; after a refused action its form comes back filled in, with the message."""
    actions = []
    for action in available_actions(request.user, matter):
        form = failed_form if action == failed_action else blank_form(action, user=request.user, matter=matter)
        actions.append({
            "action": action,
            "form": form,
            "url": reverse(f"web:matter-{action_slug(action)}", args=[matter.number]),
            "cautious": action in CAUTIOUS_ACTIONS,
            "confirm": CONFIRMED_ACTIONS.get(action, ""),
        })
    offered = {entry["action"] for entry in actions}
    assignment = current_assignment(matter)
    context = {
        "matter": matter,
        "assignment": assignment,
        "contacts": assignment.contacts.select_related("by") if assignment else [],
        "responses": matter.responses.select_related("by"),
        "reviews": matter.reviews.select_related("by"),
        "attachments": matter.attachments.select_related("uploaded_by"),
        "trail": trail_of(matter),
        "agenda_items": matter.agenda_items.select_related("meeting").order_by("meeting__held_on"),
        "actions": actions,
        # A refused action the page does not offer (a stale page, a hand-made request) is shown above it.
        "refusal": [] if failed_form is None or failed_action in offered else messages_of(failed_form),
        "attachment_form": AttachmentForm(),
        # add_attachment lets everyone who sees the matter add files, except leaders, who only read.
        "may_attach": role_of(request.user) != Role.LEADER,
    }
    return render(request, "web/matters/detail.html", context, status=status)
