"""Forms of the recruitment pages: the public application and tracking, the office's review and scores."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.recruitment.models import Education, Event

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


class TrackForm(forms.Form):
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=20)
    follow_up_code = forms.CharField(label=_("Follow-up code"), max_length=20)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=[("approve", _("passes review")), ("reject", _("fails review"))],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label=_("Reason or note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ScoresForm(forms.Form):
    written_score = forms.DecimalField(label=_("Written test score"), min_value=0, max_value=100, decimal_places=2)
    interview_score = forms.DecimalField(label=_("Interview score"), min_value=0, max_value=100, decimal_places=2)


class EventFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("all"))] + Event.Kind.choices)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)
