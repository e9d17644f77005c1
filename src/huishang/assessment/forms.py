"""Forms of the union-work pages."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.assessment import permissions
from huishang.assessment.models import Assessment, Risk, ScreeningCampaign
from huishang.cases.models import Category
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Organization, Region, Role, User
from huishang.web.forms.fields import DateInput, PersonChoiceField, RegionChoiceField, UnitChoiceField
from huishang.web.forms.widgets import SearchableSelect


class SelfReportForm(forms.Form):
    self_score = forms.DecimalField(label=_("Self score"), min_value=0, max_value=100, decimal_places=1)
    evidence = forms.CharField(label=_("Evidence"), widget=forms.Textarea(attrs={"rows": 2}))


class ScoreForm(forms.Form):
    score = forms.DecimalField(label=_("Score"), min_value=0, max_value=100, decimal_places=1)
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class NamedChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "short_name", "") or obj.name


class RiskForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("assessment", "Title"), max_length=200)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}))
    level = forms.ChoiceField(label=_("Risk level"), choices=Risk.Level.choices)
    category = NamedChoice(label=_("Category"), queryset=Category.objects.all(), empty_label=_("— choose —"))
    responsible_unit = UnitChoiceField(label=_("Responsible unit"), empty_label=_("— choose —"),
                                       queryset=Organization.objects.none())
    enterprise = NamedChoice(label=_("Enterprise"), required=False, empty_label=_("— choose —"),
                             queryset=Organization.objects.none(), widget=SearchableSelect)
    campaign = NamedChoice(label=_("Screening campaign"), required=False, empty_label=_("— none —"),
                           queryset=ScreeningCampaign.objects.none())

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["responsible_unit"].queryset = jurisdiction.units().order_by("name")
        self.fields["enterprise"].queryset = jurisdiction.enterprises().order_by("name")
        self.fields["campaign"].queryset = ScreeningCampaign.objects.filter(jurisdiction.within("region"))


def unions_run_by(user):
    """The unions whose assessment this user may set up: the admin any of its jurisdiction, a union officer
    their own."""
    unions = jurisdiction_of(user).organizations(Organization.Kind.UNION).order_by("name")
    if user.is_superuser or user.role == Role.ADMIN:
        return unions
    return unions.filter(pk=user.organization_id) if user.role == Role.UNION else unions.none()


class AssessmentForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("assessment", "Title"), max_length=200)
    year = forms.IntegerField(label=_("Year assessed"), min_value=2000, max_value=2100)
    organiser = UnitChoiceField(label=_("Union running the assessment"), queryset=Organization.objects.none(),
                                empty_label=_("— choose —"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organiser"].queryset = unions_run_by(user)
        if user.organization_id and user.role == Role.UNION:
            self.fields["organiser"].initial = user.organization_id


class IndicatorForm(forms.Form):
    name = forms.CharField(label=_("Indicator"), max_length=100)
    weight = forms.IntegerField(label=_("Weight (points of 100)"), min_value=1, max_value=100)
    rule = forms.CharField(label=_("Scoring rule"), widget=forms.Textarea(attrs={"rows": 2}))


class ParticipantForm(forms.Form):
    union = UnitChoiceField(label=_("Grassroots union"), empty_label=_("— choose —"),
                            queryset=Organization.objects.none())

    def __init__(self, *args, assessment, user, **kwargs):
        super().__init__(*args, **kwargs)
        unions = jurisdiction_of(user).organizations(Organization.Kind.UNION).order_by("name")
        self.fields["union"].queryset = unions.exclude(pk=assessment.organiser_id).exclude(
            pk__in=assessment.participants.values("union"))


class ReviewerForm(forms.Form):
    reviewer = PersonChoiceField(label=_("Reviewer"), queryset=User.objects.none(), empty_label=_("— choose —"))

    def __init__(self, *args, assessment, **kwargs):
        super().__init__(*args, **kwargs)
        # Officers of the organising union review; the service refuses those of an assessed union.
        self.fields["reviewer"].queryset = User.objects.filter(
            is_active=True, role=Role.UNION, organization=assessment.organiser_id).order_by("username")


SETUP_FORMS = {"indicator": IndicatorForm, "participant": ParticipantForm, "reviewer": ReviewerForm}


def shows_setup(user, assessment: Assessment) -> bool:
    return permissions.organises(user, assessment) and assessment.state == Assessment.State.DRAFT


def setup_forms(user, assessment: Assessment, failed: dict) -> dict:
    """The forms an organiser uses on the page while the assessment is a draft; none for anyone else."""
    if not shows_setup(user, assessment):
        return {f"{key}_form": None for key in SETUP_FORMS}
    return {f"{key}_form": failed.get(key) or setup_form(key, assessment, user=user) for key in SETUP_FORMS}


def setup_form(key: str, assessment: Assessment, data=None, *, user) -> forms.Form:
    form_class = SETUP_FORMS[key]
    kwargs = {} if form_class is IndicatorForm else {"assessment": assessment}
    if form_class is ParticipantForm:
        kwargs["user"] = user
    return form_class(data, prefix=key, **kwargs)


class CampaignForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("assessment", "Title"), max_length=200)
    scope = forms.CharField(label=_("Scope of screening"), widget=forms.Textarea(attrs={"rows": 2}))
    region = RegionChoiceField(label=_("Region"), queryset=Region.objects.none(), empty_label=_("— choose —"))
    starts_on = forms.DateField(label=_("Starts on"), widget=DateInput)
    ends_on = forms.DateField(label=_("Ends on"), widget=DateInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["region"].initial = jurisdiction.region


class TargetForm(forms.Form):
    """The enterprises and screeners of the campaign's region; the service checks them again."""

    enterprise = NamedChoice(label=_("Enterprise"), empty_label=_("— choose —"), queryset=Organization.objects.none(),
                             widget=SearchableSelect)
    screener = PersonChoiceField(label=_("Screener"), queryset=User.objects.none(), empty_label=_("— choose —"))

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        area = Jurisdiction(region=campaign.region)
        self.fields["enterprise"].queryset = area.enterprises().exclude(
            screenings__campaign=campaign).order_by("name")
        self.fields["screener"].queryset = User.objects.filter(
            area.within("region"), is_active=True, role__in=[Role.OFFICE, Role.UNION]).order_by("username")


class ScreeningForm(forms.Form):
    screened_on = forms.DateField(label=_("Screened on"), widget=DateInput)
    finding = forms.CharField(label=_("Finding"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RegradeForm(forms.Form):
    level = forms.ChoiceField(label=_("New risk level"), choices=Risk.Level.choices)
    reason = forms.CharField(label=_("Why"), widget=forms.Textarea(attrs={"rows": 2}))


class StabilityPlanForm(forms.Form):
    measures = forms.CharField(label=_("Stability measures"), widget=forms.Textarea(attrs={"rows": 3}))
    person_in_charge = forms.CharField(label=_("Person in charge"), max_length=64)
    review_on = forms.DateField(label=_("Review on"), widget=DateInput)
