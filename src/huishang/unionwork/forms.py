"""Forms of the union-work pages; the services decide, the forms only parse."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.core import clock
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting
from huishang.unionwork import permissions, selectors
from huishang.unionwork.models import Campaign, CampaignParticipant, MemberUnit
from huishang.web.forms.fields import (
    DateInput, RegionChoiceField, RegionsChoiceField, UnitChoiceField, UnitsChoiceField,
)
from huishang.web.forms.widgets import SearchableSelect


class ProgressForm(forms.Form):
    percent = forms.IntegerField(label=_("Percent done"), min_value=0, max_value=100)
    note = forms.CharField(label=_("Progress made"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class AdoptForm(forms.Form):
    plenary = forms.ModelChoiceField(label=_("Plenary"), queryset=Meeting.objects.none(), empty_label=_("— choose —"))

    def __init__(self, *args, plenaries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plenary"].queryset = plenaries


class ScoreForm(forms.Form):
    entry = forms.IntegerField(widget=forms.HiddenInput)
    score = forms.DecimalField(label=_("Score"), min_value=0, max_value=100, decimal_places=2)


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Progress made"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


# --- starting union work: the choices come from the user's jurisdiction (selectors), the services decide ----------

def _organiser():
    return UnitChoiceField(label=_("Organising union"), queryset=Organization.objects.none(),
                           empty_label=_("— choose —"))


class _Organised(forms.Form):
    """A record set up by a union the user runs; with one such union it is chosen already."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        unions = permissions.unions_run_by(user)
        self.fields["organiser"].queryset = unions
        only = list(unions[:2])
        if len(only) == 1:
            self.fields["organiser"].initial = only[0].pk


class PlanForm(_Organised):
    organiser = _organiser()
    year = forms.IntegerField(label=_("Year"), initial=lambda: clock.today().year)
    title = forms.CharField(label=pgettext_lazy("unionwork", "Title"), max_length=200)
    report = forms.CharField(label=_("Report on the year before"), required=False,
                             widget=forms.Textarea(attrs={"rows": 4}))


class TaskForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("unionwork", "Task"), max_length=200)
    goal = forms.CharField(label=_("Goal"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    responsible = UnitChoiceField(label=_("Responsible body"), queryset=Organization.objects.none(),
                                  empty_label=_("— choose —"))
    deadline = forms.DateField(label=_("Deadline"), widget=DateInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible"].queryset = selectors.bodies_for(user)


class GroupForm(_Organised):
    organiser = _organiser()
    year = forms.IntegerField(label=_("Year"), initial=lambda: clock.today().year)
    title = forms.CharField(label=pgettext_lazy("unionwork", "Title"), max_length=200)
    leader = forms.CharField(label=_("Group leader"), required=False, max_length=64)
    deputy_leader = forms.CharField(label=_("Deputy leader"), required=False, max_length=64)


class MemberForm(forms.Form):
    organization = UnitChoiceField(label=_("Member unit"), queryset=Organization.objects.none(),
                                   empty_label=_("— choose —"))

    def __init__(self, *args, user, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = selectors.bodies_for(user).exclude(
            pk__in=group.members.values("organization"))


class MemberTaskForm(forms.Form):
    member = forms.ModelChoiceField(label=_("Member unit"), queryset=MemberUnit.objects.none(),
                                    empty_label=_("— choose —"), widget=SearchableSelect)
    title = forms.CharField(label=pgettext_lazy("unionwork", "Task"), max_length=200)
    goal = forms.CharField(label=_("Goal"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    deadline = forms.DateField(label=_("Deadline"), widget=DateInput)

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = group.members.select_related("organization")
        self.fields["member"].label_from_instance = lambda member: member.organization.name


class CampaignForm(_Organised):
    organiser = _organiser()
    year = forms.IntegerField(label=_("Year"), initial=lambda: clock.today().year)
    title = forms.CharField(label=pgettext_lazy("unionwork", "Title"), max_length=200)
    aims = forms.CharField(label=_("Aims"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ParticipantForm(forms.Form):
    organization = UnitChoiceField(label=_("Participant"), queryset=Organization.objects.none(),
                                   empty_label=_("— choose —"))

    def __init__(self, *args, user, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = selectors.organisations_for(user).exclude(
            pk__in=campaign.participants.values("organization"))


class ResultForm(forms.Form):
    participant = forms.ModelChoiceField(label=_("Participant"), queryset=CampaignParticipant.objects.none(),
                                         empty_label=_("— choose —"), widget=SearchableSelect)
    result = forms.CharField(label=pgettext_lazy("unionwork", "Result"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"].queryset = campaign.participants.select_related("organization")
        self.fields["participant"].label_from_instance = lambda participant: participant.organization.name


class CompetitionForm(_Organised):
    organiser = _organiser()
    campaign = forms.ModelChoiceField(label=_("Campaign"), queryset=Campaign.objects.none(), required=False,
                                      empty_label=_("— none —"))
    title = forms.CharField(label=pgettext_lazy("unionwork", "Title"), max_length=200)
    trade = forms.CharField(label=_("Trade"), max_length=64)
    held_on = forms.DateField(label=_("Held on"), widget=DateInput)
    first_prizes = forms.IntegerField(label=_("First prizes"), initial=1)
    second_prizes = forms.IntegerField(label=_("Second prizes"), initial=2)
    third_prizes = forms.IntegerField(label=_("Third prizes"), initial=3)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["campaign"].queryset = selectors.visible_campaigns(user).filter(
            organiser__in=permissions.unions_run_by(user))


class EntryForm(forms.Form):
    competitor = forms.CharField(label=_("Competitor"), max_length=64)
    organization = UnitChoiceField(label=_("Employer"), queryset=Organization.objects.none(),
                                   empty_label=_("— choose —"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = selectors.organisations_for(user)


class CooperationForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("unionwork", "Title"), max_length=200)
    region = RegionChoiceField(label=_("Kept in"), queryset=Region.objects.none(), empty_label=_("— choose —"),
                               help_text=_("The region of your jurisdiction whose records hold the agreement."))
    signed_on = forms.DateField(label=_("Signed on"), widget=DateInput)
    aims = forms.CharField(label=_("Aims"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    regions = RegionsChoiceField(label=_("Regions that are parties"), queryset=Region.objects.none(), required=False,
                                 help_text=_("Towns or districts, also of another province."))
    organizations = UnitsChoiceField(label=_("Organisations that are parties"), queryset=Organization.objects.none(),
                                     required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = jurisdiction_of(user).regions()
        self.fields["regions"].queryset = selectors.party_regions(user)
        self.fields["organizations"].queryset = selectors.organisations_for(user)
