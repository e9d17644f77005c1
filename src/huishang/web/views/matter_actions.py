"""One view per action of the matter page: parse the form, call the service, redirect (PRG).

A refusal (DomainError) comes back on the matter page with the message next to the field it names;
the services run in one transaction, so nothing of a refused action is saved.
"""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View

from huishang.cases import services
from huishang.cases.selectors import matter_to_link
from huishang.cases.states import Action
from huishang.core.errors import DomainError
from huishang.dispatch import services as dispatch_services
from huishang.knowledge import services as knowledge_services
from huishang.meetings import services as meeting_services
from huishang.web.confirmation import confirmation_page, is_confirmed, would_succeed
from huishang.web.errors import show_on_form
from huishang.web.forms.actions import bound_form
from huishang.web.views.lookups import matter_or_404
from huishang.web.views.matter_page import CONFIRMED_ACTIONS, render_matter_page


class MatterActionView(LoginRequiredMixin, View):
    """Each subclass names its ``action``, its ``success_message`` and how to ``perform(matter, data)`` it."""

    action: Action
    success_message: str

    def post(self, request, number):
        matter = matter_or_404(request.user, number)
        form = bound_form(self.action, user=request.user, data=request.POST)
        if not form.is_valid():
            return render_matter_page(request, matter, failed_action=self.action, failed_form=form, status=422)
        question = CONFIRMED_ACTIONS.get(self.action)
        # The service writes only if the stored version is still the one the user saw.
        matter.version = form.cleaned_data["version"]
        try:
            if question and not is_confirmed(request):
                would_succeed(lambda: self.perform(matter, form.cleaned_data))
                matter.refresh_from_db()
                return confirmation_page(request, question=question, form=form,
                                         subject=f"{matter.number} {matter.title}",
                                         back_url=reverse("web:matter-detail", args=[matter.number]))
            self.perform(matter, form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            matter.refresh_from_db()
            return render_matter_page(
                request, matter, failed_action=self.action, failed_form=form, status=error.http_status
            )
        messages.success(request, self.success_message)
        return redirect("web:matter-detail", matter.number)


class AcceptView(MatterActionView):
    action = Action.ACCEPT
    success_message = _("The matter was accepted.")

    def perform(self, matter, data):
        services.accept(matter, by=self.request.user, note=data["note"])


class RejectView(MatterActionView):
    action = Action.REJECT
    success_message = _("The matter was not accepted; the reason is recorded.")

    def perform(self, matter, data):
        services.reject(matter, by=self.request.user, reason=data["reason"])


class MergeView(MatterActionView):
    action = Action.MERGE
    success_message = _("The matter was merged into the earlier one.")

    def perform(self, matter, data):
        into = matter_to_link(self.request.user, data["into"], field="into")
        services.merge(matter, by=self.request.user, into=into, note=data["note"])


class PutOnAgendaView(MatterActionView):
    action = Action.PUT_ON_AGENDA
    success_message = _("The matter was put on the meeting's agenda.")

    def perform(self, matter, data):
        meeting_services.add_to_agenda(data["meeting"], matter, by=self.request.user)


class TakeOffAgendaView(MatterActionView):
    action = Action.TAKE_OFF_AGENDA
    success_message = _("The matter was taken off the agenda.")

    def perform(self, matter, data):
        meeting_services.withdraw_from_agenda(matter, by=self.request.user, note=data["note"])


class AssignView(MatterActionView):
    action = Action.ASSIGN
    success_message = _("The matter was assigned.")

    def perform(self, matter, data):
        services.assign(
            matter, by=self.request.user, lead_unit=data["lead_unit"], due=data["due"],
            supporting_units=data["supporting_units"], note=data["note"], urgency=data["urgency"],
        )


class ReassignView(MatterActionView):
    action = Action.REASSIGN
    success_message = _("The matter was reassigned; the new unit signs for it.")

    def perform(self, matter, data):
        dispatch_services.reassign(
            matter, by=self.request.user, lead_unit=data["lead_unit"], due=data["due"],
            supporting_units=data["supporting_units"], reason=data["reason"],
        )


class AcknowledgeView(MatterActionView):
    action = Action.ACKNOWLEDGE
    success_message = _("The assignment was acknowledged.")

    def perform(self, matter, data):
        services.acknowledge(matter, by=self.request.user, note=data["note"])


class RespondView(MatterActionView):
    action = Action.RESPOND
    success_message = _("The response was sent for review.")

    def perform(self, matter, data):
        knowledge_services.respond_citing(
            matter, by=self.request.user, article_ids=self.request.POST.getlist("knowledge_articles"),
            content=data["content"], override=data.get("override", False),
            override_reason=data.get("override_reason", ""))


class ReviewView(MatterActionView):
    action = Action.REVIEW
    success_message = _("The review was recorded.")

    def perform(self, matter, data):
        services.review(
            matter, by=self.request.user, satisfied=data["satisfied"], solved=data["solved"], method=data["method"],
            note=data["note"],
        )


class ContactView(MatterActionView):
    action = Action.CONTACT
    success_message = _("The contact with the submitter was recorded.")

    def perform(self, matter, data):
        services.record_contact(
            matter, by=self.request.user, method=data["method"], contacted_at=data["contacted_at"], note=data["note"],
        )


class CloseView(MatterActionView):
    action = Action.CLOSE
    success_message = _("The matter was closed.")

    def perform(self, matter, data):
        services.close(matter, by=self.request.user, note=data["note"])


class ReopenView(MatterActionView):
    action = Action.REOPEN
    success_message = _("The matter was reopened.")

    def perform(self, matter, data):
        services.reopen(matter, by=self.request.user, reason=data["reason"])


ACTION_VIEWS = [
    AcceptView, RejectView, MergeView, PutOnAgendaView, TakeOffAgendaView, AssignView, ReassignView, AcknowledgeView,
    RespondView, ReviewView, CloseView, ReopenView, ContactView,
]
