"""Forms of the promotion pages: opening a lead, moving it on, dropping it, changing its owner, recording a visit."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region, Role, User
from huishang.promotion.models import Stage
from huishang.promotion.permissions import may_manage_lead
from huishang.promotion.selectors import stale_condition
from huishang.web.forms.fields import DateInput, PersonChoiceField, RegionChoiceField, UnitChoiceField


class LeadFilterForm(forms.Form):
    """The lead list's filters: the stage, one's own leads, the stale ones."""

    stage = forms.ChoiceField(label=_("Stage"), required=False, choices=[("", _("all"))] + Stage.choices)
    mine = forms.BooleanField(label=_("My leads only"), required=False)
    stale = forms.BooleanField(label=_("Without progress only"), required=False)

    def filtered(self, leads, *, user):
        """The leads narrowed by the valid filters; a wrong value is dropped, not guessed."""
        if not self.is_bound:
            return leads
        self.is_valid()
        data = self.cleaned_data
        if data.get("stage"):
            leads = leads.filter(stage=data["stage"])
        if data.get("mine"):
            leads = leads.filter(owner=user)
        if data.get("stale"):
            leads = leads.filter(stale_condition())
        return leads


class LeadForm(forms.Form):
    enterprise_name = forms.CharField(label=_("Target enterprise"), max_length=128)
    project = forms.CharField(label=_("Project"), max_length=200)
    industry = forms.CharField(label=_("Industry"), max_length=64, required=False, initial="服务外包")
    region = RegionChoiceField(label=_("Region"), queryset=Region.objects.none(), empty_label=_("— choose —"))
    planned_seats = forms.IntegerField(label=_("Planned seats"), min_value=0, required=False, initial=0)
    next_step = forms.CharField(label=_("Next step"), max_length=200, required=False)
    next_step_due = forms.DateField(label=_("Next step due"), required=False, widget=DateInput)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["region"].initial = jurisdiction.region


class AdvanceForm(forms.Form):
    to = forms.ChoiceField(choices=Stage.choices, widget=forms.HiddenInput)
    planned_seats = forms.IntegerField(label=_("Planned seats"), min_value=0, required=False)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(widget=forms.HiddenInput)


class VisitForm(forms.Form):
    visited_on = forms.DateField(label=_("Visited on"), widget=DateInput)
    notes = forms.CharField(label=_("What was discussed"), widget=forms.Textarea(attrs={"rows": 3}))
    next_step = forms.CharField(label=_("Next step"), max_length=200, required=False)
    next_step_due = forms.DateField(label=_("Next step due"), required=False, widget=DateInput)


class DropForm(forms.Form):
    reason = forms.CharField(label=_("Reason for dropping"), widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(widget=forms.HiddenInput)


class OwnerForm(forms.Form):
    """Only office members who cover the lead's region are offered; the service checks it again."""

    owner = PersonChoiceField(label=_("New owner"), queryset=User.objects.none(), empty_label=_("— choose —"))
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, lead, **kwargs):
        super().__init__(*args, **kwargs)
        office = User.objects.filter(is_active=True, role__in=[Role.OFFICE, Role.ADMIN]).select_related(
            "region", "organization__region")
        eligible = [user.pk for user in office if may_manage_lead(user, lead) and user.pk != lead.owner_id]
        self.fields["owner"].queryset = User.objects.filter(pk__in=eligible).order_by("username")


class EnterpriseLinkForm(forms.Form):
    """The enterprise records of the office's jurisdiction; the service checks it again."""

    enterprise = UnitChoiceField(label=_("Enterprise record"), queryset=Organization.objects.none(),
                                 empty_label=_("— choose —"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = jurisdiction_of(user).enterprises()


class SeatPlanForm(forms.Form):
    planned_seats = forms.IntegerField(label=_("New planned seats"), min_value=1)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))
    version = forms.IntegerField(widget=forms.HiddenInput)


class BusinessLineForm(forms.Form):
    name = forms.CharField(label=_("Business line"), max_length=100)
    started_on = forms.DateField(label=_("Started on"), widget=DateInput)


class OperationReportForm(forms.Form):
    period_start = forms.DateField(label=pgettext_lazy("promotion", "Period from"), widget=DateInput)
    period_end = forms.DateField(label=pgettext_lazy("promotion", "Period to"), widget=DateInput)
    seats_actual = forms.IntegerField(label=_("Seats in use at the period's end"), min_value=0)
    output_value_yuan = forms.DecimalField(label=_("Output value in the period (yuan)"), min_value=0,
                                           max_digits=14, decimal_places=2)
    expected_year_output_yuan = forms.DecimalField(label=_("Output value expected for the year (yuan)"),
                                                   min_value=0, max_digits=14, decimal_places=2, required=False)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
