"""Forms of the exam pages: scheduling a session, issuing tickets, a staff check, and the applicant's download."""

from django import forms
from django.utils.translation import gettext as _gettext, gettext_lazy as _

from huishang.recruitment.models import ConditionCheck, ExamSession

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class SessionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ExamSession.Kind.choices)
    starts_at = forms.DateTimeField(label=_("Starts at"), widget=DATETIME)
    ends_at = forms.DateTimeField(label=_("Ends at"), widget=DATETIME)
    place = forms.CharField(label=_("Place"), max_length=200)
    rooms = forms.CharField(label=_("Rooms"), widget=forms.Textarea(attrs={"rows": 3}),
                            help_text=_("One room a line: its name, a space, its number of seats (第一考场 30)."))

    def clean_rooms(self) -> list[tuple[str, int]]:
        rooms = []
        for number, line in enumerate(self.cleaned_data["rooms"].splitlines(), start=1):
            if not line.strip():
                continue
            name, _space, seats = line.strip().rpartition(" ")
            if not name.strip() or not seats.isdigit():
                raise forms.ValidationError(_gettext("Line %(line)d: give the room's name, a space and its number "
                                                     "of seats.") % {"line": number})
            rooms.append((name.strip(), int(seats)))
        return rooms


class IssueTicketsForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ExamSession.Kind.choices)


class CheckForm(forms.Form):
    condition = forms.CharField(widget=forms.HiddenInput, max_length=200)
    result = forms.ChoiceField(label=_("Check result"), choices=ConditionCheck.Result.choices, widget=forms.RadioSelect)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 1}))


class TicketForm(forms.Form):
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=20)
    follow_up_code = forms.CharField(label=_("Follow-up code"), max_length=20)
    kind = forms.ChoiceField(label=_("Kind"), choices=ExamSession.Kind.choices)
