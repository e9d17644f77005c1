"""The routing table's forms. The services check every value; the forms offer only what the account may choose."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Category
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.dispatch.services import WORKING_DAYS_MAX
from huishang.web.forms.fields import RegionChoiceField, UnitChoiceField, UnitsChoiceField


class EntryForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.all(), empty_label=_("— choose —"))
    region = RegionChoiceField(
        label=_("Region"), queryset=None, empty_label=_("— choose —"),
        help_text=_("The entry serves this region and the regions inside it that have no entry of their own."),
    )
    lead_unit = UnitChoiceField(label=_("Lead unit"), queryset=None, empty_label=_("— choose —"))
    supporting_units = UnitsChoiceField(label=_("Supporting units"), queryset=None, required=False)
    working_days = forms.IntegerField(
        label=_("Time limit (working days)"), min_value=1, max_value=WORKING_DAYS_MAX,
        help_text=_("The deadline of an assignment: this many working days from the day it is made."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["lead_unit"].queryset = jurisdiction.units()
        self.fields["supporting_units"].queryset = jurisdiction.units()


class FilterForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False, empty_label=_("all"), to_field_name="code"
    )
    region = RegionChoiceField(label=_("Region"), queryset=None, required=False, empty_label=_("all"),
                               to_field_name="code")
    unit = UnitChoiceField(label=_("Unit"), queryset=None, required=False, empty_label=_("all"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["unit"].queryset = jurisdiction.units()


class OpinionForm(forms.Form):
    content = forms.CharField(label=_("Your unit's opinion"), required=False,
                              widget=forms.Textarea(attrs={"rows": 4, "required": True}))
