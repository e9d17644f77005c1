"""Forms of the talk (约谈) pages: the talk with its commitments, and a commitment marked done."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.ranking import talks
from huishang.web.forms.fields import DateInput


class TalkForm(forms.Form):
    held_on = forms.DateField(label=pgettext_lazy("ranking", "Held on"), widget=DateInput)
    chaired_by = forms.CharField(label=_("Chaired by"), max_length=talks.CHAIR_LENGTH,
                                 help_text=_("Who chaired the talk, with their post."))
    attendees = forms.CharField(label=_("Attendees"), max_length=talks.ATTENDEES_LENGTH,
                                widget=forms.Textarea(attrs={"rows": 2}))
    problems = forms.CharField(label=_("Problems named"), max_length=talks.PROBLEMS_LENGTH,
                               widget=forms.Textarea(attrs={"rows": 4}))


class CommitmentForm(forms.Form):
    content = forms.CharField(label=_("Commitment"), max_length=talks.COMMITMENT_LENGTH, required=False)
    due = forms.DateField(label=pgettext_lazy("ranking", "Deadline"), widget=DateInput, required=False)

    def promise(self) -> talks.Promise | None:
        """The commitment written on this row, None for a row left empty."""
        data = self.cleaned_data
        if not data.get("content") and not data.get("due"):
            return None
        return talks.Promise(data.get("content") or "", data.get("due"))


CommitmentFormSet = forms.formset_factory(CommitmentForm, extra=3, max_num=talks.MOST_COMMITMENTS)


class DoneForm(forms.Form):
    note = forms.CharField(label=pgettext_lazy("ranking", "What was done"), max_length=talks.COMMITMENT_LENGTH,
                           required=False)
