"""The supervision forms of the web UI. Services check the values; forms only parse them."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.directory.models import Role, User
from huishang.supervision.models import FollowUp, SupervisionVisit
from huishang.web.forms.actions import solved_field
from huishang.web.forms.fields import PersonChoiceField


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
