"""Forms of the alliance pages; they only parse input, the services decide."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.alliances.models import Achievement, Activity, Agreement, CouncilSeat, ExpertService, Resource, Studio
from huishang.alliances.selectors import admissible_studios, linkable_organizations
from huishang.directory.models import Organization, User
from huishang.web.forms.fields import DateInput, MultipleFileField, UnitChoiceField
from huishang.web.forms.widgets import SearchableSelect, SearchableSelectMultiple


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
                                             widget=SearchableSelectMultiple)
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


def _member_studios(alliance):
    """Studios that are or were members of ``alliance``; the services check the membership on the day."""
    return Studio.objects.filter(memberships__alliance=alliance).distinct()


def _with_current(choices, current):
    """The choices, and the organisation the record names already (kept when it is edited)."""
    if current is None:
        return choices
    return Organization.objects.filter(Q(pk__in=choices.values("pk")) | Q(pk=current.pk)).order_by("name")


class AccountField(forms.ModelChoiceField):
    """A person's account, typed as its user name: a list of every account would be long and would show them all."""

    def __init__(self, **kwargs):
        super().__init__(queryset=User.objects.filter(is_active=True), to_field_name="username",
                         widget=forms.TextInput, **kwargs)


class MembershipForm(forms.Form):
    studio = forms.ModelChoiceField(queryset=Studio.objects.none(), label=_("Studio"), widget=SearchableSelect)
    joined_on = forms.DateField(label=_("Joined on"), widget=DateInput)
    plaque_on = forms.DateField(label=_("Plaque awarded on"), widget=DateInput, required=False)

    def __init__(self, *args, alliance, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["studio"].queryset = admissible_studios(user, alliance)


class LeavingForm(forms.Form):
    left_on = forms.DateField(label=_("Left on"), widget=DateInput)


class CouncilSeatForm(forms.Form):
    role = forms.ChoiceField(label=_("Council role"), choices=CouncilSeat.Role.choices)
    person_name = forms.CharField(label=_("Name"), max_length=64)
    position = forms.CharField(label=pgettext_lazy("alliances", "Position"), max_length=128, required=False)
    user = AccountField(label=_("Account (user name)"), required=False,
                        help_text=_("The chair and the secretary-general manage the alliance with this account."))
    starts_on = forms.DateField(label=_("Seat starts on"), widget=DateInput)


class SeatEndForm(forms.Form):
    ends_on = forms.DateField(label=_("Last day of the seat"), widget=DateInput)


class RotationTermForm(forms.Form):
    host = forms.ModelChoiceField(queryset=Studio.objects.none(), label=_("Host studio"), widget=SearchableSelect)
    starts_on = forms.DateField(label=_("Term starts on"), widget=DateInput)
    ends_on = forms.DateField(label=_("Term ends on"), widget=DateInput)
    handover = forms.ModelChoiceField(queryset=Activity.objects.none(), label=_("Handover meeting"), required=False)
    plaque = forms.CharField(label=_("Plaque"), max_length=128, required=False)

    def __init__(self, *args, alliance, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = _member_studios(alliance)
        self.fields["handover"].queryset = alliance.activities.all()


class ExpertForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=64)
    # "Title" alone is a document's title (标题) in the project's catalogue, which wins over this app's.
    title = forms.CharField(label=pgettext_lazy("person", "Title"), max_length=64)
    fields = forms.CharField(label=_("Fields"), max_length=200)
    studio = forms.ModelChoiceField(queryset=Studio.objects.none(), label=_("Studio"), required=False,
                                    widget=SearchableSelect)
    organization = UnitChoiceField(queryset=Organization.objects.none(), label=_("Unit"),
                                   required=False, help_text=_("Choose the studio or the unit."))
    joined_on = forms.DateField(label=_("Joined on"), widget=DateInput)

    def __init__(self, *args, alliance, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["studio"].queryset = _member_studios(alliance)
        self.fields["organization"].queryset = _with_current(linkable_organizations(user, alliance),
                                                             self.initial.get("organization"))


class ExpertEditForm(ExpertForm):
    left_on = forms.DateField(label=_("Left on"), widget=DateInput, required=False)


class ExpertServiceForm(forms.Form):
    kind = forms.ChoiceField(label=_("Served in"), choices=ExpertService.Kind.choices)
    served_on = forms.DateField(label=_("Date"), widget=DateInput)
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class ResourceForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Resource.Kind.choices)
    name = forms.CharField(label=_("Name of the resource"), max_length=128)
    owner = UnitChoiceField(queryset=Organization.objects.none(), label=_("Owner"))
    keeper = AccountField(label=_("Approver for the owner (user name)"))
    capacity = forms.IntegerField(label=_("Capacity"), min_value=1)
    description = forms.CharField(label=pgettext_lazy("alliances", "Description"),
                                  widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args, alliance, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = _with_current(linkable_organizations(user, alliance), self.initial.get("owner"))


class NewResourceForm(ResourceForm):
    listed_on = forms.DateField(label=_("Listed on"), widget=DateInput)


class AchievementForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Achievement.Kind.choices)
    title = forms.CharField(label=_("Name of the achievement"), max_length=200)
    studios = forms.ModelMultipleChoiceField(queryset=Studio.objects.none(), label=_("Studios"),
                                             widget=SearchableSelectMultiple)
    achieved_on = forms.DateField(label=_("Date"), widget=DateInput)
    description = forms.CharField(label=pgettext_lazy("alliances", "Description"),
                                  widget=forms.Textarea(attrs={"rows": 3}), required=False)
    shared = forms.BooleanField(label=_("Shared with all members"), required=False, initial=True)

    def __init__(self, *args, alliance, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["studios"].queryset = _member_studios(alliance)


class ProgressForm(forms.Form):
    progress = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100)
    note = forms.CharField(label=_("Progress note"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
