"""Forms of the survey pages: recording a survey, a visited enterprise's answers, and a problem found raised
as a matter."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.cases.models import Category, Matter
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting
from huishang.surveys.models import Opinion, Participant
from huishang.web.forms.fields import DateInput, RegionChoiceField
from huishang.web.forms.widgets import SearchableSelect, SearchableSelectMultiple


class EnterpriseChoice(forms.ModelChoiceField):
    widget = SearchableSelect

    def label_from_instance(self, obj):
        return obj.name


class EnterprisesChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class SurveyForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("surveys", "Title"), max_length=200)
    held_on = forms.DateField(label=pgettext_lazy("surveys", "Held on"), widget=DateInput)
    region = RegionChoiceField(label=_("Region"), queryset=Region.objects.none(), empty_label=_("— choose —"))
    organiser = forms.CharField(label=_("Organiser"), max_length=200)
    enterprises = EnterprisesChoice(label=_("Enterprises visited"), queryset=Organization.objects.none(),
                                    required=False, widget=SearchableSelectMultiple)
    questions = forms.CharField(label=_("Questions"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
                                help_text=_("One question a line."))
    summary = forms.CharField(label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        self.fields["region"].initial = jurisdiction.region
        self.fields["enterprises"].queryset = jurisdiction.enterprises().order_by("name")

    def clean_questions(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["questions"].splitlines() if line.strip()]


class AnswersForm(forms.Form):
    """One text box per question of the survey, named ``q<question id>``."""

    enterprise = EnterpriseChoice(label=_("Enterprise visited"), queryset=Organization.objects.none(),
                                  empty_label=_("— choose —"))

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = survey.enterprises.order_by("name")
        self.questions = list(survey.questions.all())
        for question in self.questions:
            self.fields[f"q{question.pk}"] = forms.CharField(
                label=question.text, required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def answers(self) -> dict:
        return {question: self.cleaned_data[f"q{question.pk}"] for question in self.questions}


class ProblemForm(forms.Form):
    enterprise = EnterpriseChoice(label=_("Enterprise visited"), queryset=Organization.objects.none(),
                                  empty_label=_("— choose —"))
    title = forms.CharField(label=pgettext_lazy("surveys", "Problem"),
                            max_length=Matter._meta.get_field("title").max_length)
    description = forms.CharField(label=_("What the enterprise needs"), widget=forms.Textarea(attrs={"rows": 3}))
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.all(),
                                      empty_label=_("— choose —"))

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = survey.enterprises.order_by("name")


class ParticipantChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        where = "，".join(part for part in (obj.sector, obj.affiliation) if part)
        return f"{obj.name}（{obj.get_role_display()}{'，' + where if where else ''}）"


class ParticipantsChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name}（{obj.sector}）" if obj.sector else obj.name


class ParticipantForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    role = forms.ChoiceField(label=_("Role"), choices=Participant.Role.choices)
    sector = forms.CharField(label=_("Sector (界别)"), max_length=60, required=False,
                             help_text=_("Required of a CPPCC member, e.g. 民革."))
    affiliation = forms.CharField(label=_("Affiliation"), max_length=200, required=False)


class SymposiumForm(forms.Form):
    meeting = forms.ModelChoiceField(label=_("Symposium"), queryset=Meeting.objects.none(),
                                     empty_label=_("— choose —"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = Meeting.objects.filter(
            jurisdiction_of(user).within("region"), kind=Meeting.Kind.SYMPOSIUM).order_by("-held_on")


class OpinionForm(forms.Form):
    participant = ParticipantChoice(label=_("Given by"), queryset=Participant.objects.none(),
                                    empty_label=_("— choose —"))
    text = forms.CharField(label=_("Opinion"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"].queryset = survey.participants.filter(
            role__in=[Participant.Role.MEMBER, Participant.Role.EXPERT])


class ProposalForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("surveys", "Title"), max_length=200)
    body = forms.CharField(label=_("Proposal text"), widget=forms.Textarea(attrs={"rows": 4}))
    proposers = ParticipantsChoice(label=_("Proposed by"), queryset=Participant.objects.none(),
                                   widget=forms.CheckboxSelectMultiple)
    opinions = forms.ModelMultipleChoiceField(label=_("Drawing on"), queryset=Opinion.objects.none(), required=False,
                                              widget=forms.CheckboxSelectMultiple)
    submitted_on = forms.DateField(label=_("Submitted on"), widget=DateInput)

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proposers"].queryset = survey.participants.filter(role=Participant.Role.MEMBER)
        self.fields["opinions"].queryset = survey.opinions.select_related("participant")
        self.fields["opinions"].label_from_instance = lambda opinion: f"{opinion.participant.name}：{opinion.text[:40]}"
