"""The audit page's filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.audit import readable, selectors


class EntryFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    actor = forms.CharField(label=_("Account"), required=False, max_length=150)
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("all"))] + [(kind, readable.kind_label(kind)) for kind in selectors.kinds()]

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("The last day comes before the first day."))
        return data

    def filters(self) -> dict:
        """The valid filters as selectors.entries takes them."""
        if not self.is_bound or not self.is_valid():
            return {}
        data = self.cleaned_data
        return {"kind": data["kind"], "actor": data["actor"].strip(), "start": data["date_from"],
                "end": data["date_to"]}
