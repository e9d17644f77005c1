"""The supervision forms of the web UI. Services check the values; forms only parse them."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.directory.models import Role, User
from huishang.supervision.models import FollowUp, SupervisionVisit
from huishang.web.forms.actions import solved_field
from huishang.web.forms.fields import PersonChoiceField, RegionChoiceField


def _text(label, required=False):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs={"rows": 3}))


# Steps that cannot be undone ask first (web/confirmation.py).
ESCALATE_QUESTION = _("Put this matter before the leader? An escalation cannot be withdrawn.")
SEND_BACK_QUESTION = _(
    "Approve the send-back? The matter leaves the unit and goes back to the office to be assigned again.")


class RemindForm(forms.Form):
    note = _text(_("Note to the unit"))


class EscalateForm(forms.Form):
    leader = PersonChoiceField(label=pgettext_lazy("escalation", "Leader"), queryset=User.objects.filter(role=Role.LEADER),
                               required=False, empty_label=_("— choose —"))
    reason = _text(_("Reason"))


class VisitForm(forms.Form):
    method = forms.ChoiceField(label=_("Review method"), choices=SupervisionVisit.Method.choices)
    findings = _text(_("Findings"))
    photos = forms.FileField(label=_("Photos"), required=False,
                             widget=forms.ClearableFileInput(attrs={"accept": "image/*"}))


class ExtensionRequestForm(forms.Form):
    requested_due = forms.DateField(label=_("Deadline asked for"), required=False,
                                    widget=forms.DateInput(attrs={"type": "date"}))
    reason = _text(_("Reason"))


class ExtensionDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=pgettext_lazy("extension", "Decision"), widget=forms.RadioSelect, coerce=lambda value: value == "1",
        choices=[("1", _("Approve: move the deadline")), ("0", _("Refuse: keep the deadline"))],
    )
    note = _text(_("Note (required when refusing)"))


class SendBackRequestForm(forms.Form):
    reason = _text(_("Why the matter is not your unit's to handle"))


class SendBackDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=pgettext_lazy("send-back", "Decision"), widget=forms.RadioSelect, coerce=lambda value: value == "1",
        choices=[("1", _("Approve: send the matter back for re-dispatch")), ("0", _("Refuse: the unit keeps it"))],
    )
    note = _text(_("Note (required when refusing)"))


class FollowUpForm(forms.Form):
    satisfaction = forms.ChoiceField(label=pgettext_lazy("follow-up", "Satisfaction"), choices=FollowUp.Satisfaction.choices,
                                     widget=forms.RadioSelect)
    solved = solved_field()
    note = _text(_("Note (required when dissatisfied)"))


class BoardFilterForm(forms.Form):
    date_from = forms.DateField(label=pgettext_lazy("period", "From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=pgettext_lazy("period", "To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))


class MilestonesField(forms.CharField):
    """One milestone a line: its date (YYYY-MM-DD), a space, what is reached by then."""

    widget = forms.Textarea(attrs={"rows": 4, "placeholder": "2025-03-31 完成用地预审"})

    def to_python(self, value):
        rows = []
        for line in (super().to_python(value) or "").splitlines():
            if not line.strip():
                continue
            day, _space, title = line.strip().partition(" ")
            try:
                due = datetime.date.fromisoformat(day)
            except ValueError:
                raise forms.ValidationError(
                    _("Write each milestone as its date (YYYY-MM-DD), a space and what is reached by then.")
                ) from None
            rows.append((due, title))
        return rows


class PlanForm(forms.Form):
    measures = _text(_("Measures"), required=False)
    milestones = MilestonesField(label=_("Milestones (one a line: date, then what is reached)"), required=False)


class PlanDecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        label=pgettext_lazy("work plan", "Decision"), widget=forms.RadioSelect, coerce=lambda value: value == "1",
        choices=[("1", _("Approve the plan")), ("0", _("Return it to the unit"))],
    )
    note = _text(_("Note (required when returning)"))


class ProgressForm(forms.Form):
    milestone = forms.TypedChoiceField(label=_("Milestone"), required=False, coerce=int, empty_value=None)
    reached = forms.BooleanField(label=_("This milestone is reached"), required=False)
    content = _text(_("Progress"))

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        milestones = plan.milestones.all() if plan else []
        self.fields["milestone"].choices = [("", _("— the plan as a whole —"))] + [
            (m.pk, f"{m.due:%Y-%m-%d} {m.title}") for m in milestones]


class RoundForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    period_start = forms.DateField(label=pgettext_lazy("supervision", "Period from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    period_end = forms.DateField(label=pgettext_lazy("supervision", "Period to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    region = RegionChoiceField(label=_("Region"), queryset=None, required=False, empty_label=_("— choose —"))
    members = forms.ModelMultipleChoiceField(label=_("Group members"), queryset=None, required=False,
                                             widget=forms.CheckboxSelectMultiple)
    rules = forms.MultipleChoiceField(label=_("Choose the matters"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, regions, members, rules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = regions
        self.fields["members"].queryset = members
        self.fields["members"].label_from_instance = lambda person: person.get_full_name()
        self.fields["rules"].choices = rules


class RoundMatterForm(forms.Form):
    matter = forms.CharField(label=_("Matter number"), max_length=24, required=False)


class FindingForm(forms.Form):
    method = forms.ChoiceField(label=_("Review method"), choices=SupervisionVisit.Method.choices[:2],
                               widget=forms.RadioSelect)
    verdict = forms.ChoiceField(label=pgettext_lazy("supervision", "Finding"), widget=forms.RadioSelect)
    satisfaction = forms.ChoiceField(label=pgettext_lazy("follow-up", "Satisfaction"), required=False,
                                     choices=[("", _("— for a resolved matter found solved —"))]
                                     + FollowUp.Satisfaction.choices[:2])
    note = _text(_("What was found (required unless solved)"))
    plan_required = forms.BooleanField(label=_("Ask the lead unit for a work plan"), required=False)

    def __init__(self, *args, checklist, verdicts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["verdict"].choices = verdicts
        self.checklist_codes = list(checklist)
        for code, label in checklist.items():
            self.fields[f"check_{code}"] = forms.BooleanField(label=label, required=False)

    def checklist(self) -> dict[str, bool]:
        return {code: self.cleaned_data[f"check_{code}"] for code in self.checklist_codes}


class FinishForm(forms.Form):
    summary = _text(_("Summary"))
