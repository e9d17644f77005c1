"""The forms of the suggestion pages; the services check the rules, the forms only shape the input."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Category
from huishang.cases.states import State
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting
from huishang.suggestions.models import CollectionPoint, Decision, Suggestion
from huishang.suggestions.places import intake_points, intake_regions
from huishang.suggestions.senders import Sender, categories_for
from huishang.web.forms.fields import RegionChoiceField, UnitChoiceField
from huishang.web.forms.widgets import SearchableSelect


class SuggestionFilterForm(forms.Form):
    """The staff list's filters; each one narrows the others' result, and a wrong value is dropped."""

    state = forms.ChoiceField(label=_("State"), required=False, choices=[("", _("all"))] + State.choices)
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False, to_field_name="code",
        empty_label=_("all"),
    )
    channel = forms.ChoiceField(label=_("Channel"), required=False,
                                choices=[("", _("all"))] + Suggestion.Channel.choices)
    held = forms.BooleanField(label=_("Held for review only"), required=False)

    def filtered(self, suggestions):
        if not self.is_bound:
            return suggestions
        self.is_valid()  # fills cleaned_data with the fields that are valid
        data = self.cleaned_data
        if data.get("state"):
            suggestions = suggestions.filter(matter__state=data["state"])
        if data.get("category"):
            suggestions = suggestions.filter(matter__category=data["category"])
        if data.get("channel"):
            suggestions = suggestions.filter(channel=data["channel"])
        if data.get("held"):
            suggestions = suggestions.filter(held=True)
        return suggestions


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    widget = MultipleFileInput(attrs={"accept": "image/png,image/jpeg", "multiple": True})

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(PhotosField, self).clean(item, initial) for item in files]


class SuggestionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    text = forms.CharField(label=_("Your suggestion"), widget=forms.Textarea(attrs={"rows": 6}), max_length=2000)
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.none(), to_field_name="code",
                                      empty_label=_("Choose a category…"))
    region = RegionChoiceField(label=_("Region"), queryset=Region.objects.none(), to_field_name="code",
                               empty_label=_("Choose the district…"))
    point = forms.ModelChoiceField(
        label=_("Collection point"), queryset=CollectionPoint.objects.none(), to_field_name="code",
        required=False, empty_label=_("Online (no collection point)"), widget=SearchableSelect,
    )
    address = forms.CharField(label=_("Place"), max_length=200, required=False)
    latitude = forms.DecimalField(widget=forms.HiddenInput, required=False, max_digits=9, decimal_places=6)
    longitude = forms.DecimalField(widget=forms.HiddenInput, required=False, max_digits=9, decimal_places=6)
    photos = PhotosField(label=_("Photos (up to 3, PNG or JPEG)"), required=False)
    contact_name = forms.CharField(label=_("Name"), max_length=50, required=False)
    contact_phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    contact_email = forms.EmailField(label=_("Email"), required=False)

    def __init__(self, *args, regions=None, points=None, **kwargs):
        """The regions and points offered: the deployment's served ones unless narrowed (a keeper's own)."""
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = intake_regions() if regions is None else regions
        self.fields["point"].queryset = intake_points() if points is None else points
        self.fields["category"].queryset = categories_for(self.chosen_sender())

    def chosen_sender(self) -> Sender:
        """Who writes: a resident, unless the form says an enterprise (PublicSuggestionForm asks)."""
        return Sender.RESIDENT


class PublicSuggestionForm(SuggestionForm):
    sender = forms.ChoiceField(label=_("You write as"), choices=Sender.choices, initial=Sender.RESIDENT,
                               required=False, widget=forms.RadioSelect)
    # The point whose poster's QR code led here (?point=…): only then is the suggestion one made at the point.
    scanned_point = forms.CharField(widget=forms.HiddenInput, required=False, max_length=32)
    captcha_token = forms.CharField(widget=forms.HiddenInput)
    captcha_answer = forms.CharField(label=_("Check question"), max_length=6,
                                     widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))
    field_order = ["sender"]

    def chosen_sender(self) -> Sender:
        """The sender chosen, from what was posted or the page's address; a resident when not said."""
        chosen = self.data.get("sender") if self.is_bound else self.initial.get("sender")
        return Sender(chosen) if chosen in Sender.values else Sender.RESIDENT

    def clean_sender(self) -> Sender:
        return self.chosen_sender()


class FollowUpForm(forms.Form):
    number = forms.CharField(label=_("Tracking number"), max_length=20)
    code = forms.CharField(label=_("Follow-up code"), max_length=12,
                           widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(label=_("Rating"), choices=[(n, "★" * n) for n in range(5, 0, -1)], coerce=int)
    note = forms.CharField(label=_("Comment"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2}))


class AgendaForm(forms.Form):
    meeting = forms.ModelChoiceField(label=_("Meeting"), queryset=Meeting.objects.none())

    def __init__(self, *args, meetings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = meetings


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=Decision.Outcome.choices)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))
    lead_unit = UnitChoiceField(label=_("Lead unit"), queryset=Organization.objects.none())
    due = forms.DateField(label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, user, matter, **kwargs):
        """The units offered are those the meeting may assign the matter to: of the user's jurisdiction, in the
        matter's place."""
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = jurisdiction_of(user).units(near=matter.region).order_by("name")


class ImplementationForm(forms.Form):
    text = forms.CharField(label=_("Implementation"), widget=forms.Textarea(attrs={"rows": 4}))
