"""One form per action of the matter page. Each carries the version of the matter the user saw."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Contact, Matter, Review
from huishang.cases.permissions import review_methods_for
from huishang.cases.services import default_due
from huishang.cases.selectors import current_assignment
from huishang.cases.states import Action
from huishang.core import clock
from huishang.directory.jurisdiction import ancestors_of, jurisdiction_of
from huishang.directory.models import Organization
from huishang.dispatch.selectors import entry_for, overdue_opinions
from huishang.insight.routing.suggestions import suggest
from huishang.meetings.selectors import visible_meetings
from huishang.web.forms.fields import DateInput, UnitChoiceField, UnitsChoiceField
from huishang.workdays.calendar import due_in_working_days


def _units():
    return Organization.objects.filter(kind=Organization.Kind.UNIT)


class ActionForm(forms.Form):
    # The services refuse to write when the matter changed since this version (ConcurrentChange),
    # so a decision taken on a stale page is never applied to a matter the user did not see.
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, user, matter=None, **kwargs):
        # Every action form takes the user (and, unbound, the matter), so that those offering choices
        # (meetings, units) can narrow them to the user's jurisdiction.
        del user, matter
        super().__init__(*args, **kwargs)


def _note(label=None):
    """An optional text box; the services decide when it must be filled (a reason, a review note)."""
    return forms.CharField(label=label or _("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class NoteForm(ActionForm):
    note = _note()


class ReasonForm(ActionForm):
    """The reason is checked by the service, which names the field when it is missing."""

    reason = _note(_("Reason"))


class MergeForm(ActionForm):
    into = forms.CharField(label=_("Number of the earlier matter"), max_length=20,
                           widget=forms.TextInput(attrs={"placeholder": "HS-2024-000001"}))
    note = _note()


class AgendaForm(ActionForm):
    meeting = forms.ModelChoiceField(
        label=_("Meeting"), queryset=None, empty_label=None,
        help_text=_("Meetings from today on; schedule one on the meetings page if none is listed."),
    )

    def __init__(self, *args, user, matter=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        meetings = visible_meetings(user).filter(held_on__gte=clock.today())
        if matter is not None:
            # Only meetings whose region the matter lies in take it on their agenda (meetings.services).
            meetings = meetings.filter(region__in=[matter.region, *ancestors_of(matter.region)])
        self.fields["meeting"].queryset = meetings.order_by("held_on")


class AssignmentFields(forms.Form):
    """Lead unit, supporting units and deadline, as the assign service takes them."""

    lead_unit = UnitChoiceField(label=_("Lead unit"), queryset=_units(), required=False, empty_label=_("— choose —"))
    supporting_units = UnitsChoiceField(
        label=_("Supporting units"), queryset=_units(), required=False,
    )
    due = forms.DateField(label=_("Deadline"), required=False, widget=DateInput)
    working_days = forms.IntegerField(
        label=_("or: within this many working days"), required=False, min_value=1, max_value=365,
        help_text=_("Holidays and make-up working days are counted as the national calendar sets them."),
    )
    # The deadline the form offered (step limit, routing table): typed working days replace it, not a chosen one.
    offered_deadline = forms.DateField(required=False, widget=forms.HiddenInput)

    def narrow_units(self, units) -> None:
        """Offer these units (the acting account's jurisdiction, near the matter's place) and no others."""
        self.fields["lead_unit"].queryset = units
        self.fields["supporting_units"].queryset = units

    def clean(self):
        cleaned = super().clean()
        days = cleaned.get("working_days")
        chosen_due = cleaned.get("due") and cleaned["due"] != cleaned.get("offered_deadline")
        if days and chosen_due:
            self.add_error("working_days", _("Give either a date or a number of working days, not both."))
        elif days:
            cleaned["due"] = due_in_working_days(days)
        return cleaned


class AssignForm(AssignmentFields, ActionForm):
    urgency = forms.ChoiceField(
        label=_("Urgency"), choices=Matter.Urgency.choices, required=False,
        help_text=_("Sets the time limits for signing for, first response and resolving."),
    )
    note = _note()

    def __init__(self, *args, user, matter=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.narrow_units(jurisdiction_of(user).units(near=matter.region if matter else None))
        if matter is not None:
            # Pre-filled from the step limit of the matter's category and urgency (supervision.limits).
            self.fields["urgency"].initial = matter.urgency
            self.fields["due"].initial = default_due(matter)
            self.prefill_from_routing_table(matter, user)
            self.fields["offered_deadline"].initial = self.fields["due"].initial

    def prefill_from_routing_table(self, matter, user) -> None:
        """Start from the routing table's entry (派单目录), with the routing suggestion beside it as a hint."""
        entry = entry_for(matter.category, matter.region)
        if entry is not None:
            self.fields["lead_unit"].initial = entry.lead_unit
            self.fields["supporting_units"].initial = list(entry.supporting_units.all())
            self.fields["due"].initial = due_in_working_days(entry.working_days)
            self.fields["due"].help_text = _("From the routing table: %(n)s working days.") % {"n": entry.working_days}
        suggestion = suggest(matter, user=user)
        if suggestion is not None and suggestion.lead_unit is not None:
            self.fields["lead_unit"].help_text = _("Routing suggestion: %(unit)s (confidence %(percent)s %%)") % {
                "unit": suggestion.lead_unit.name, "percent": suggestion.unit_percent}

    def clean_urgency(self):
        return self.cleaned_data["urgency"] or None


class RespondForm(ActionForm):
    content = forms.CharField(label=_("What was done"), required=False,
                              widget=forms.Textarea(attrs={"rows": 5, "required": True}))
    # Offered while a supporting opinion is overdue and missing (协办): the answer then needs an explicit override.
    override = forms.BooleanField(label=_("Answer without the overdue supporting opinions"), required=False)
    override_reason = forms.CharField(
        label=_("Reason for answering without the supporting opinions"), required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, user, matter=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        if matter is not None:
            missing = overdue_opinions(current_assignment(matter))
            if missing:
                self.fields["override"].help_text = _("Overdue: %(units)s") % {
                    "units": "、".join(unit.name for unit in missing)}
            else:
                del self.fields["override"], self.fields["override_reason"]


class ReassignForm(AssignmentFields, ActionForm):
    """改派: another lead unit, its deadline, and why."""

    reason = _note(_("Reason"))

    def __init__(self, *args, user, matter=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.narrow_units(jurisdiction_of(user).units(near=matter.region if matter else None))


def solved_field():
    """Whether the problem is solved, asked apart from satisfaction (解决率)."""
    return forms.TypedChoiceField(
        label=_("Is the problem solved?"), widget=forms.RadioSelect,
        choices=[("1", _("Solved")), ("0", _("Not solved"))], coerce=lambda value: value == "1",
    )


class ContactForm(ActionForm):
    """首次联系: how and when the lead unit reached the submitter."""

    method = forms.ChoiceField(label=_("Contacted by"), choices=Contact.Method.choices, widget=forms.RadioSelect)
    contacted_at = forms.DateTimeField(
        label=_("Contacted at"), input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    note = _note()

    def __init__(self, *args, user, matter=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["contacted_at"].initial = timezone.localtime(clock.now()).replace(second=0, microsecond=0)


class ReviewForm(ActionForm):
    satisfied = forms.TypedChoiceField(
        label=_("Result"), widget=forms.RadioSelect,
        choices=[("1", _("Satisfied: the matter is resolved")), ("0", _("Not satisfied: continue (back to the unit)"))],
        coerce=lambda value: value == "1",
    )
    solved = solved_field()
    method = forms.ChoiceField(label=_("Review method"), choices=Review.Method.choices, initial=Review.Method.ON_SITE)
    note = _note(_("Note (required when not satisfied)"))

    def __init__(self, *args, user, matter=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        methods = review_methods_for(user)
        if len(methods) == 1:
            # Nothing to choose (an enterprise reviews online): the method is recorded, not asked.
            self.fields["method"].widget = forms.HiddenInput()
            self.fields["method"].initial = methods[0]
        self.fields["method"].choices = [(method.value, method.label) for method in methods]


FORM_FOR_ACTION = {
    Action.ACCEPT: NoteForm,
    Action.REJECT: ReasonForm,
    Action.MERGE: MergeForm,
    Action.PUT_ON_AGENDA: AgendaForm,
    Action.TAKE_OFF_AGENDA: NoteForm,
    Action.ASSIGN: AssignForm,
    Action.REASSIGN: ReassignForm,
    Action.ACKNOWLEDGE: NoteForm,
    Action.RESPOND: RespondForm,
    Action.REVIEW: ReviewForm,
    Action.CLOSE: NoteForm,
    Action.REOPEN: ReasonForm,
    Action.CONTACT: ContactForm,
}


def blank_form(action: Action, *, user, matter) -> ActionForm:
    return FORM_FOR_ACTION[action](user=user, matter=matter, initial={"version": matter.version}, prefix=action.value)


def bound_form(action: Action, *, user, data) -> ActionForm:
    return FORM_FOR_ACTION[action](data, user=user, prefix=action.value)
