"""Forms of the union-work pages; the services decide, the forms only parse."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.meetings.models import Meeting


class ProgressForm(forms.Form):
    percent = forms.IntegerField(label=_("Percent done"), min_value=0, max_value=100)
    note = forms.CharField(label=_("Progress made"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class AdoptForm(forms.Form):
    plenary = forms.ModelChoiceField(label=_("Plenary"), queryset=Meeting.objects.none(), empty_label=_("— choose —"))

    def __init__(self, *args, plenaries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plenary"].queryset = plenaries


class ScoreForm(forms.Form):
    entry = forms.IntegerField(widget=forms.HiddenInput)
    score = forms.DecimalField(label=_("Score"), min_value=0, max_value=100, decimal_places=2)


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Progress made"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
