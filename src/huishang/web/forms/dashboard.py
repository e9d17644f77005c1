"""The dashboard's period and region filter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.web.forms.fields import DateInput, RegionChoiceField
from huishang.web.forms.matters import regions_in_scope


class DashboardFilterForm(forms.Form):
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput)
    date_to = forms.DateField(label=_("To"), required=False, widget=DateInput)
    region = RegionChoiceField(
        label=_("Region"), queryset=None, required=False, to_field_name="code", empty_label=None
    )

    # scope_from names its fields "from" and "to".
    SCOPE_FIELDS = {"from": "date_from", "to": "date_to"}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        regions = regions_in_scope(user)
        self.fields["region"].queryset = regions
        if user.region_id:
            self.fields["region"].initial = user.region.code
        else:
            self.fields["region"].empty_label = _("all regions")
