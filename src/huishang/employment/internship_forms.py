"""Forms of the internship-base and subsidy pages; the services check the values, the forms only parse them and
offer choices from the user's jurisdiction."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Role
from huishang.employment.forms import DateInput, RegionField
from huishang.employment.models import Intern, InternshipPost, Subsidy, SubsidyKind
from huishang.employment.permissions import visible_bases
from huishang.web.forms.widgets import SearchableSelect


class EnterpriseChoice(forms.ModelChoiceField):
    widget = SearchableSelect


class ApplicationForm(forms.Form):
    enterprise = EnterpriseChoice(label=_("Enterprise"), queryset=Organization.objects.none(),
                                  empty_label=_("— choose —"))
    application = forms.CharField(label=_("Application"), required=False, max_length=2000,
                                  widget=forms.Textarea(attrs={"rows": 3}),
                                  help_text=_("Posts offered, mentoring, conditions of the internship."))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if user.role == Role.ENTERPRISE:
            self.fields["enterprise"].queryset = Organization.objects.filter(pk=user.organization_id)
        else:
            self.fields["enterprise"].queryset = jurisdiction_of(user).enterprises().order_by("name")


class RecogniseForm(forms.Form):
    recognised_on = forms.DateField(label=pgettext_lazy("internship", "Recognised on"), widget=DateInput)
    valid_until = forms.DateField(label=_("Valid until"), widget=DateInput)


class RefuseForm(forms.Form):
    reason = forms.CharField(label=_("Reason for refusal"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class PostForm(forms.Form):
    title = forms.CharField(label=_("Post"), max_length=100)
    places = forms.IntegerField(label=_("Places"), min_value=1, max_value=10_000)
    description = forms.CharField(label=pgettext_lazy("internship", "Description"), required=False, max_length=2000,
                                  widget=forms.Textarea(attrs={"rows": 2}))


class InternForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=64)
    id_number = forms.CharField(label=_("ID number"), max_length=18)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    post = forms.ModelChoiceField(label=_("Internship post"), queryset=InternshipPost.objects.none(), required=False,
                                  empty_label=_("— none —"))
    starts_on = forms.DateField(label=_("Starts on"), widget=DateInput)
    ends_on = forms.DateField(label=_("Ends on"), widget=DateInput)

    def __init__(self, *args, base, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["post"].queryset = base.posts.all()


class LeaveEarlyForm(forms.Form):
    left_on = forms.DateField(label=pgettext_lazy("internship", "Left on"), widget=DateInput)


class HiredForm(forms.Form):
    hired = forms.TypedChoiceField(label=_("Hired afterwards"), coerce=lambda value: value == "yes",
                                   widget=forms.RadioSelect, choices=[("yes", _("yes")), ("no", _("no"))])


class InternChoice(forms.ModelChoiceField):
    widget = SearchableSelect

    def label_from_instance(self, obj):
        return f"{obj.name}（{obj.base.enterprise}，{obj.starts_on:%Y-%m-%d}–{obj.last_day:%Y-%m-%d}）"


class SubsidyForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of subsidy"), choices=SubsidyKind.choices)
    beneficiary = forms.ChoiceField(label=_("Beneficiary"), choices=Subsidy.Beneficiary.choices,
                                    initial=Subsidy.Beneficiary.ENTERPRISE, widget=forms.RadioSelect)
    intern = InternChoice(label=_("Intern"), queryset=Intern.objects.none(), required=False,
                          empty_label=_("— none —"), help_text=_("Required for an internship subsidy."))
    enterprise = EnterpriseChoice(label=_("Enterprise"), queryset=Organization.objects.none(), required=False,
                                  empty_label=_("— none —"))
    person_name = forms.CharField(label=_("Person"), max_length=64, required=False)
    person_id_number = forms.CharField(label=_("ID number"), max_length=18, required=False)
    region = RegionField(required=False, help_text=_("Taken from the intern or the enterprise when left empty."))
    basis = forms.CharField(label=_("Basis"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    period_from = forms.DateField(label=_("Period from"), widget=DateInput)
    period_to = forms.DateField(label=_("Period to"), widget=DateInput)
    amount_yuan = forms.DecimalField(label=_("Amount (yuan)"), min_value=Decimal("0.01"), max_digits=12,
                                     decimal_places=2)
    paid_on = forms.DateField(label=pgettext_lazy("subsidy", "Paid on"), required=False, widget=DateInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["enterprise"].queryset = jurisdiction.enterprises().order_by("name")
        self.fields["intern"].queryset = Intern.objects.filter(base__in=visible_bases(user)).select_related(
            "base__enterprise").order_by("name", "pk")

    def service_arguments(self) -> dict:
        """The cleaned values as ``subsidies.record_subsidy`` takes them: the amount in fen."""
        data = dict(self.cleaned_data)
        data["amount_fen"] = int(data.pop("amount_yuan") * 100)
        return data


class PaymentForm(forms.Form):
    paid_on = forms.DateField(label=pgettext_lazy("subsidy", "Paid on"), widget=DateInput)


class SubsidyFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of subsidy"), required=False,
                             choices=[("", _("— any —")), *SubsidyKind.choices])
    date_from = forms.DateField(label=_("Approved from"), required=False, widget=DateInput)
    date_to = forms.DateField(label=_("Approved until"), required=False, widget=DateInput)
