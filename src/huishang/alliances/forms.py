"""Forms of the alliance pages; they only parse input, the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.alliances.models import Activity, Agreement, Studio
from huishang.web.forms.fields import DateInput, MultipleFileField


class BookingForm(forms.Form):
    studio = forms.ModelChoiceField(queryset=Studio.objects.none(), label=_("Studio"))
    starts_on = forms.DateField(label=pgettext_lazy("alliances", "From"), widget=DateInput)
    ends_on = forms.DateField(label=_("Until"), widget=DateInput)
    purpose = forms.CharField(label=_("Purpose"), max_length=200)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["studio"].queryset = Studio.objects.filter(leader=user) if user.is_authenticated else Studio.objects.none()


class AgreementForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Agreement.Kind.choices)
    subject = forms.CharField(label=pgettext_lazy("alliances", "Subject"), max_length=200)
    parties = forms.ModelMultipleChoiceField(queryset=Studio.objects.none(), label=_("Parties"),
                                             widget=forms.CheckboxSelectMultiple)
    signed_on = forms.DateField(label=_("Signed on"), widget=DateInput)
    goals = forms.CharField(label=_("Goals"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    attachment = forms.FileField(label=_("Attachment"), required=False)

    def __init__(self, *args, alliance, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parties"].queryset = Studio.objects.filter(memberships__alliance=alliance).distinct()


class StudioForm(forms.ModelForm):
    class Meta:
        model = Studio
        fields = ["name", "level", "leader_name", "leader_honours", "field", "members", "introduction"]
        widgets = {"members": forms.Textarea(attrs={"rows": 2}), "introduction": forms.Textarea(attrs={"rows": 4})}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("refuse", _("Refuse"))])
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class ActivityForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Activity.Kind.choices)
    title = forms.CharField(label=_("Name of the activity"), max_length=200)
    held_on = forms.DateField(label=_("Date"), widget=DateInput)
    location = forms.CharField(label=_("Location"), max_length=200, required=False)
    attendees = forms.CharField(label=_("Attendees"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    minutes = forms.CharField(label=_("Minutes"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    photos = MultipleFileField(label=_("Photos"), required=False, help_text=_("PNG or JPEG; several may be chosen."))
