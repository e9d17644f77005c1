"""Forms of the employment pages; the services check the values, the forms only parse them."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Region
from huishang.employment.models import EmploymentStatus, Job, Placement, Seeker
from huishang.web.forms.fields import RegionChoiceField
from huishang.web.forms.widgets import SearchableSelect


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


class RegionField(RegionChoiceField):
    """An area of the user's jurisdiction (``InJurisdiction`` sets the list), chosen from its tree."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Region.objects.none(), empty_label=_("— choose —"), label=_("Area"), **kwargs)


class InJurisdiction(forms.Form):
    """A form whose area is chosen among the regions of the user's jurisdiction only."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = jurisdiction_of(user).regions()


class SeekerForm(InJurisdiction):
    name = forms.CharField(label=_("Name"), max_length=64)
    phone = forms.CharField(label=_("Phone"), max_length=20)
    region = RegionField()
    community = forms.CharField(label=_("Community"), max_length=64, required=False)
    skills = forms.CharField(label=_("Skills"), max_length=200, help_text=_("Separate skills with 、 or commas."))
    available_from = forms.TimeField(label=_("Available from"), widget=TimeInput)
    available_to = forms.TimeField(label=_("Available until"), widget=TimeInput)
    expected_wage = forms.IntegerField(label=_("Expected monthly wage (yuan)"), min_value=1)


class JobForm(InJurisdiction):
    kind = forms.ChoiceField(label=_("Kind"), choices=Job.Kind.choices, initial=Job.Kind.POSITION)
    title = forms.CharField(label=_("Job title"), max_length=100)
    employer = forms.CharField(label=pgettext_lazy("employment", "Employer"), max_length=128)
    region = RegionField()
    community = forms.CharField(label=_("Community"), max_length=64, required=False)
    skills = forms.CharField(label=_("Skills needed"), max_length=200)
    starts_at = forms.TimeField(label=_("Work starts"), widget=TimeInput)
    ends_at = forms.TimeField(label=_("Work ends"), widget=TimeInput)
    wage = forms.IntegerField(label=_("Monthly wage (yuan)"), min_value=1)
    openings = forms.IntegerField(label=_("Openings"), min_value=1, initial=1)


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=[
        (Placement.Outcome.HIRED, Placement.Outcome.HIRED.label),
        (Placement.Outcome.DECLINED, Placement.Outcome.DECLINED.label)])


class LedgerImportForm(InJurisdiction):
    region = RegionField()
    file = forms.FileField(label=_("Ledger sheet (.xlsx)"))


class VisitForm(forms.Form):
    visited_on = forms.DateField(label=pgettext_lazy("employment", "Visited on"), required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    note = forms.CharField(label=_("What was learnt"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class LedgerFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    status = forms.ChoiceField(label=_("Employment status"), required=False,
                               choices=[("", _("— any —")), *EmploymentStatus.choices])


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class CourseForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("employment", "Course title"), max_length=100)
    starts_on = forms.DateField(label=_("Starts on"), widget=DateInput)
    ends_on = forms.DateField(label=_("Ends on"), widget=DateInput)


class SeekerChoice(forms.ModelChoiceField):
    widget = SearchableSelect

    def label_from_instance(self, obj):
        return obj.name


class EnrolmentForm(forms.Form):
    seeker = SeekerChoice(label=_("Job seeker"), queryset=Seeker.objects.none(), empty_label=_("— choose —"))

    def __init__(self, *args, station, seeker_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seeker"].queryset = station.seekers.order_by("name")
        if seeker_choices is not None:
            # A station page shows a form per course: they share one reading of the seekers.
            self.fields["seeker"].choices = seeker_choices


class WorkAfterTrainingForm(forms.Form):
    found_work = forms.TypedChoiceField(
        label=_("Found work after the course"), coerce=lambda value: value == "yes", widget=forms.RadioSelect,
        choices=[("yes", _("yes")), ("no", _("no"))])
