"""Forms of the meeting pages: scheduling a meeting, building its agenda, recording decisions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.cases.selectors import visible_matters
from huishang.cases.states import State
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role, User
from huishang.meetings.models import AgendaItem, Meeting
from huishang.web.forms.actions import AssignmentFields
from huishang.web.forms.fields import DateInput, PersonChoiceField
from huishang.web.forms.widgets import SearchableSelect


class NewMeetingForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Meeting.Kind.choices, initial=Meeting.Kind.CONSULTATION)
    held_on = forms.DateField(label=_("Date"), widget=DateInput)
    title = forms.CharField(
        label=_("Title"), required=False, max_length=200,
        help_text=_("Leave empty for the usual title, e.g. 2024年第十二次企业化解难题问题会商会."),
    )
    chair = PersonChoiceField(
        label=_("Chair"), queryset=User.objects.filter(role=Role.LEADER, is_active=True).order_by("name"),
        required=False, empty_label=_("— choose —"),
    )
    location = forms.CharField(label=_("Location"), required=False, max_length=200)
    attendees = forms.CharField(label=_("Attendees"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # The leaders of the organiser's own jurisdiction chair its meetings.
        self.fields["chair"].queryset = self.fields["chair"].queryset.filter(jurisdiction_of(user).within())


class MatterChoiceField(forms.ModelChoiceField):
    widget = SearchableSelect

    def label_from_instance(self, obj):
        return f"{obj.number} {obj.title}"


class AgendaAddForm(forms.Form):
    matter = MatterChoiceField(label=_("Accepted matter"), queryset=None, empty_label=_("— choose —"))

    def __init__(self, *args, user, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        # The accepted matters of the meeting's own region: those it may take on its agenda.
        accepted = visible_matters(user).filter(state=State.ACCEPTED, region__code__startswith=meeting.region.code_prefix)
        self.fields["matter"].queryset = accepted.order_by("submitted_at")


class DecisionForm(AssignmentFields):
    outcome = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect, initial=AgendaItem.Outcome.ASSIGNED,
        choices=[(AgendaItem.Outcome.ASSIGNED, _("assign to units")), (AgendaItem.Outcome.DEFERRED, _("defer"))],
    )
    decision = forms.CharField(label=_("What the meeting decided"), required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))
    field_order = ["outcome", "decision", "lead_unit", "supporting_units", "due", "working_days"]

    def __init__(self, *args, user, meeting, unit_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if unit_choices is None:
            self.narrow_units(jurisdiction_of(user).units(near=meeting.region))
        else:
            # An agenda shows a form per item: they share one reading of the units rather than a query each.
            for name, choices in unit_choices.items():
                self.fields[name].choices = choices


def decision_unit_choices(user, meeting) -> dict:
    """The units a decision form offers, read once for all the forms of an agenda."""
    blank = DecisionForm(user=user, meeting=meeting)
    return {name: list(blank.fields[name].choices) for name in ("lead_unit", "supporting_units")}


class NoticeForm(forms.Form):
    """The notice's changeable lines (会议通知): who chairs, where, who attends."""

    chair = NewMeetingForm.base_fields["chair"]
    location = NewMeetingForm.base_fields["location"]
    attendees = NewMeetingForm.base_fields["attendees"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = self.fields["chair"].queryset.filter(jurisdiction_of(user).within())


class MinutesForm(forms.Form):
    minutes = forms.CharField(label=_("Minutes"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
