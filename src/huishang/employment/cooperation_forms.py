"""Forms of the centre, training-base and cooperation pages; the services check the values, the forms only parse
them and offer choices from the user's jurisdiction."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Organization
from huishang.employment.forms import DateInput, InJurisdiction, RegionField
from huishang.employment.internship_forms import EnterpriseChoice
from huishang.employment.models import CooperationForm, JobStation, TrainingBase
from huishang.employment.permissions import visible_stations, visible_training_bases
from huishang.web.forms.widgets import SearchableSelect


class CentreForm(InJurisdiction):
    name = forms.CharField(label=pgettext_lazy("place", "Name"), max_length=100)
    region = RegionField()


class PlaceStationForm(forms.Form):
    # A city's stations run to hundreds: the searchable select.
    station = forms.ModelChoiceField(label=_("Job station"), queryset=JobStation.objects.none(),
                                     empty_label=_("— choose —"), widget=SearchableSelect)

    def __init__(self, *args, user, centre, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["station"].queryset = visible_stations(user).filter(
            Jurisdiction(region=centre.region).within("region")).exclude(centre=centre)


class PeriodForm(forms.Form):
    date_from = forms.DateField(label=pgettext_lazy("period", "From"), required=False, widget=DateInput)
    date_to = forms.DateField(label=pgettext_lazy("period", "Until"), required=False, widget=DateInput)


class TrainingBaseForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("place", "Name"), max_length=100)
    host = forms.ModelChoiceField(label=_("Run by"), queryset=Organization.objects.none(), widget=SearchableSelect,
                                  empty_label=_("— choose —"), help_text=_("An enterprise or a school."))
    trades = forms.CharField(label=_("Trades taught"), max_length=200)
    places = forms.IntegerField(label=_("Work places"), min_value=1, max_value=100_000)
    opened_on = forms.DateField(label=_("Opened on"), widget=DateInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = jurisdiction_of(user).organizations().filter(
            kind__in=[Organization.Kind.ENTERPRISE, Organization.Kind.SCHOOL]).order_by("kind", "name")


class CooperationRecordForm(forms.Form):
    # A school of any city cooperates with an enterprise of the jurisdiction (seed 004: 重庆师院 with 内江's).
    school = forms.ModelChoiceField(label=pgettext_lazy("cooperation", "School"), empty_label=_("— choose —"),
                                    queryset=Organization.objects.filter(kind=Organization.Kind.SCHOOL),
                                    widget=SearchableSelect)
    enterprise = EnterpriseChoice(label=_("Enterprise"), queryset=Organization.objects.none(),
                                  empty_label=_("— choose —"))
    form = forms.ChoiceField(label=_("Form of cooperation"), choices=CooperationForm.choices)
    training_base = forms.ModelChoiceField(
        label=_("Training base"), queryset=TrainingBase.objects.none(), required=False, empty_label=_("— none —"),
        widget=SearchableSelect,
        help_text=_("Required for a factory in the school (the school's base) or a school in the factory (the "
                    "enterprise's base)."))
    starts_on = forms.DateField(label=_("Starts on"), widget=DateInput)
    ends_on = forms.DateField(label=_("Ends on"), widget=DateInput)
    places = forms.IntegerField(label=_("Places"), min_value=1, max_value=100_000)
    description = forms.CharField(label=pgettext_lazy("cooperation", "Description"), required=False,
                                  max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = jurisdiction_of(user).enterprises().order_by("name")
        self.fields["training_base"].queryset = visible_training_bases(user).order_by("name")


class TraineeForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=64)
    id_number = forms.CharField(label=_("ID number"), max_length=18)
    joined_on = forms.DateField(label=_("Joined on"), widget=DateInput)
