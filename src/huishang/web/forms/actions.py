"""One form per action of the matter page. Each carries the version of the matter the user saw."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Review
from huishang.cases.states import Action
from huishang.core import clock
from huishang.directory.jurisdiction import ancestors_of, jurisdiction_of
from huishang.directory.models import Organization
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

    def narrow_units(self, units) -> None:
        """Offer these units (the acting account's jurisdiction, near the matter's place) and no others."""
        self.fields["lead_unit"].queryset = units
        self.fields["supporting_units"].queryset = units

    def clean(self):
        cleaned = super().clean()
        days = cleaned.get("working_days")
        if days and cleaned.get("due"):
            self.add_error("working_days", _("Give either a date or a number of working days, not both."))
        elif days:
            cleaned["due"] = due_in_working_days(days)
        return cleaned


class AssignForm(AssignmentFields, ActionForm):
    note = _note()

    def __init__(self, *args, user, matter=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.narrow_units(jurisdiction_of(user).units(near=matter.region if matter else None))


class RespondForm(ActionForm):
    content = forms.CharField(label=_("What was done"), required=False,
                              widget=forms.Textarea(attrs={"rows": 5, "required": True}))


class ReviewForm(ActionForm):
    satisfied = forms.TypedChoiceField(
        label=_("Result"), widget=forms.RadioSelect,
        choices=[("1", _("Satisfied: the matter is resolved")), ("0", _("Not satisfied: continue (back to the unit)"))],
        coerce=lambda value: value == "1",
    )
    method = forms.ChoiceField(label=_("Review method"), choices=Review.Method.choices, initial=Review.Method.ON_SITE)
    note = _note(_("Note (required when not satisfied)"))


FORM_FOR_ACTION = {
    Action.ACCEPT: NoteForm,
    Action.REJECT: ReasonForm,
    Action.MERGE: MergeForm,
    Action.PUT_ON_AGENDA: AgendaForm,
    Action.TAKE_OFF_AGENDA: NoteForm,
    Action.ASSIGN: AssignForm,
    Action.ACKNOWLEDGE: NoteForm,
    Action.RESPOND: RespondForm,
    Action.REVIEW: ReviewForm,
    Action.CLOSE: NoteForm,
    Action.REOPEN: ReasonForm,
}


def blank_form(action: Action, *, user, matter) -> ActionForm:
    return FORM_FOR_ACTION[action](user=user, matter=matter, initial={"version": matter.version}, prefix=action.value)


def bound_form(action: Action, *, user, data) -> ActionForm:
    return FORM_FOR_ACTION[action](data, user=user, prefix=action.value)
