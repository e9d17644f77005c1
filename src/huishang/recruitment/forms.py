"""Forms of the recruitment pages: the public application and tracking, announcing a round, the office's review
and scores."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.core import clock
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Region
from huishang.recruitment.models import Application, Education, Event, PreferenceRule
from huishang.web.forms.fields import DateInput, RegionChoiceField

YES_NO = [("yes", _("yes")), ("no", _("no"))]


class ApplicationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=64)
    id_number = forms.CharField(label=_("ID number"), max_length=18, help_text=_("18 characters; the date of birth is read from it."))
    phone = forms.CharField(label=_("Mobile number"), max_length=20)
    education = forms.TypedChoiceField(label=_("Highest education"), coerce=int, choices=[("", _("— choose —"))] + Education.choices)
    full_time = forms.ChoiceField(label=_("Full-time education"), choices=YES_NO, widget=forms.RadioSelect)
    school = forms.CharField(label=_("School"), max_length=128)
    major = forms.CharField(label=_("Major"), max_length=128, required=False)
    has_qualification = forms.BooleanField(label=_("I hold a publishing, editing or proofreading qualification"), required=False)
    has_experience = forms.BooleanField(label=_("I have proofreading or media experience"), required=False)
    resume = forms.CharField(label=_("Experience"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    confirms_conditions = forms.BooleanField(label=_("I confirm that I meet the other conditions of the notice"), required=False)

    def __init__(self, *args, round_, **kwargs):
        super().__init__(*args, **kwargs)
        if round_.conditions_to_confirm:
            self.fields["confirms_conditions"].help_text = round_.conditions_to_confirm
        else:
            del self.fields["confirms_conditions"]

    def service_arguments(self) -> dict:
        data = dict(self.cleaned_data)
        data["full_time"] = data["full_time"] == "yes"
        return data


class RoundForm(forms.Form):
    title = forms.CharField(label=_("Title of the notice"), max_length=200)
    employer = forms.CharField(label=pgettext_lazy("recruitment", "Employer"), max_length=128)
    post = forms.CharField(label=_("Post"), max_length=128)
    head_count = forms.IntegerField(label=_("Head count"), min_value=1, initial=1)
    duties = forms.CharField(label=_("Duties"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    min_education = forms.TypedChoiceField(label=_("Minimum education"), coerce=int,
                                           choices=[("", _("— choose —"))] + Education.choices)
    full_time_required = forms.BooleanField(label=_("Full-time education required"), required=False, initial=True)
    born_on_or_after = forms.DateField(label=_("Born on or after"), required=False, widget=DateInput)
    conditions_to_confirm = forms.CharField(
        label=_("Other conditions"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Conditions the applicant confirms, such as health or night shifts."))
    preferences = forms.CharField(label=_("Preferences"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    preference_rule = forms.ChoiceField(label=_("How preferences count in the ranking"), choices=PreferenceRule.choices,
                                        initial=PreferenceRule.NONE, required=False)
    preference_bonus = forms.DecimalField(label=_("Bonus points per preference"), required=False, min_value=0,
                                          max_value=10, decimal_places=2,
                                          help_text=_("Under the bonus rule: points each preference held adds."))
    conditions_to_verify = forms.CharField(
        label=_("Conditions checked by the office"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One a line, such as 无犯罪记录: the office checks each for every applicant who passed review "
                    "before the result is published."))
    written_weight = forms.IntegerField(label=_("Written test weight (%)"), min_value=0, max_value=100, initial=50)
    interview_weight = forms.IntegerField(label=_("Interview weight (%)"), min_value=0, max_value=100, initial=50)
    region = RegionChoiceField(label=_("Region"), queryset=Region.objects.none(), empty_label=_("— choose —"))
    announced_on = forms.DateField(label=_("Announced on"), widget=DateInput)
    deadline = forms.DateField(label=_("Application deadline"), widget=DateInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["region"].initial = jurisdiction.region
        self.fields["announced_on"].initial = clock.today()

    def service_arguments(self) -> dict:
        data = dict(self.cleaned_data)
        for text in ("duties", "conditions_to_confirm", "preferences", "conditions_to_verify"):
            data[text] = data[text] or ""
        data["preference_rule"] = data["preference_rule"] or PreferenceRule.NONE
        data["preference_bonus"] = data["preference_bonus"] or 0
        return data


class TrackForm(forms.Form):
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=20)
    follow_up_code = forms.CharField(label=_("Follow-up code"), max_length=20)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(label=pgettext_lazy("recruitment", "Decision"),
                                 choices=[("approve", _("passes review")), ("reject", _("fails review"))],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label=_("Reason or note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ScoresForm(forms.Form):
    written_score = forms.DecimalField(label=_("Written test score"), min_value=0, max_value=100, decimal_places=2)
    interview_score = forms.DecimalField(label=_("Interview score"), min_value=0, max_value=100, decimal_places=2)


class ApplicationFilterForm(forms.Form):
    """A round's applications by where their review stands and whether they meet the conditions."""

    review = forms.ChoiceField(label=_("Review"), required=False,
                               choices=[("", _("all"))] + Application.Review.choices)
    eligible = forms.ChoiceField(label=_("Meets the conditions"), required=False,
                                 choices=[("", _("all")), ("yes", _("yes")), ("no", _("no"))])

    def filtered(self, applications):
        """The applications narrowed by the valid filters; a wrong value is dropped, not guessed."""
        if not self.is_bound:
            return applications
        self.is_valid()
        data = self.cleaned_data
        if data.get("review"):
            applications = applications.filter(review=data["review"])
        if data.get("eligible"):
            applications = applications.filter(eligible=data["eligible"] == "yes")
        return applications


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("all"))] + Event.Kind.choices)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)
