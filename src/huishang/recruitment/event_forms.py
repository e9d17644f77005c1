"""Forms of the office's event pages: an event, an employer with its positions, the intentions reached."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Region
from huishang.recruitment.models import Event, University
from huishang.web.forms.fields import DateInput, RegionChoiceField
from huishang.web.forms.widgets import SearchableSelect

# "校对员，3" or "校对员 3": a line's last number is the count, the rest its title.
SEPARATORS = r"[,，、;；\t ]+"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class EventForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=[("", _("— choose —"))] + Event.Kind.choices)
    title = forms.CharField(label=pgettext_lazy("recruitment", "Name of the event"), max_length=200)
    held_on = forms.DateField(label=pgettext_lazy("recruitment", "Held on"), widget=DateInput)
    venue = forms.CharField(label=_("Venue"), max_length=200, required=False)
    region = RegionChoiceField(label=_("Region"), queryset=Region.objects.none(), empty_label=_("— choose —"))
    university = forms.ModelChoiceField(label=_("University"), queryset=University.objects.all(), required=False,
                                        empty_label=_("— choose —"), help_text=_("Campus sessions only."),
                                        widget=SearchableSelect)
    new_university = forms.CharField(label=_("Or a university not yet listed"), max_length=128, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["region"].initial = jurisdiction.region


class EmployerForm(forms.Form):
    employer = forms.CharField(label=pgettext_lazy("recruitment", "Employer"), max_length=128)
    positions = forms.CharField(
        label=_("Positions collected"), widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One position a line: its title and the number of openings, e.g. “校对员，3”."))

    def clean_positions(self) -> list[tuple[str, int]]:
        positions = []
        for number, line in enumerate(_lines(self.cleaned_data["positions"]), start=1):
            parts = re.split(SEPARATORS, line)
            if len(parts) < 2 or not parts[-1].isdigit():
                raise forms.ValidationError(
                    _("Line %(number)s: give the title and the number of openings.") % {"number": number})
            positions.append((" ".join(parts[:-1]), int(parts[-1])))
        return positions


class IntentionsForm(forms.Form):
    candidates = forms.CharField(
        label=_("Employment intentions"), widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One candidate a line: the name, then the position if known, e.g. “李明，校对员”."))

    def clean_candidates(self) -> list[tuple[str, str]]:
        rows = []
        for line in _lines(self.cleaned_data["candidates"]):
            name, *position = re.split(r"[,，、;；\t]", line, maxsplit=1)
            rows.append((name.strip(), position[0].strip() if position else ""))
        return rows
