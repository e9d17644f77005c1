"""The forms of the consultation-topic pages; the services check the rules, the forms only shape the input."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Region
from huishang.suggestions.forms import MultipleFileInput
from huishang.suggestions.models import CollectionPoint, Decision, Topic
from huishang.web.forms.fields import RegionChoiceField, RegionsChoiceField
from huishang.web.forms.widgets import SearchableSelect


class DocumentsField(forms.FileField):
    widget = MultipleFileInput(attrs={"multiple": True})

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(DocumentsField, self).clean(item, initial) for item in files]


class TopicForm(forms.Form):
    code = forms.SlugField(label=_("Code"), max_length=32, help_text=_("Letters and digits; it is part of the public address."))
    kind = forms.ChoiceField(label=_("Kind"), choices=Topic.Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=100)
    description = forms.CharField(label=_("Topic description"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000)
    region = RegionChoiceField(label=_("Region"), queryset=Region.objects.none(), to_field_name="code")
    places = RegionsChoiceField(label=_("Places concerned"), queryset=Region.objects.none(), to_field_name="code",
                                required=False)
    point = forms.ModelChoiceField(label=_("Collection point"), queryset=CollectionPoint.objects.none(),
                                   to_field_name="code", required=False, widget=SearchableSelect)
    opens_on = forms.DateField(label=_("Opens on"), widget=forms.DateInput(attrs={"type": "date"}))
    closes_on = forms.DateField(label=_("Closes on"), widget=forms.DateInput(attrs={"type": "date"}))
    documents = DocumentsField(label=_("Documents (the plan, the draft)"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["places"].queryset = jurisdiction.regions()
        self.fields["point"].queryset = CollectionPoint.objects.filter(jurisdiction.within("region"), active=True)


class OpinionForm(forms.Form):
    text = forms.CharField(label=_("Your opinion"), widget=forms.Textarea(attrs={"rows": 4}), max_length=1000)
    author_name = forms.CharField(label=_("How to sign it (optional)"), max_length=20, required=False)
    captcha_token = forms.CharField(widget=forms.HiddenInput, required=False)
    captcha_answer = forms.CharField(label=_("Check question"), max_length=6, required=False,
                                     widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))


class SupportForm(forms.Form):
    phone = forms.CharField(label=_("Mobile number"), max_length=20, required=False,
                            widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}))
    code = forms.CharField(label=_("Confirmation code"), max_length=6, required=False,
                           widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}))


class ThemeForm(forms.Form):
    theme = forms.CharField(label=_("Theme"), max_length=30, required=False)


class OpinionDecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=Decision.Outcome.choices)
    reason = forms.CharField(label=_("Reason"), max_length=2000)


class ResultForm(forms.Form):
    result = forms.CharField(label=_("Topic result"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)


class ForwardForm(forms.Form):
    addressee = forms.CharField(label=_("Sent to"), max_length=100)
