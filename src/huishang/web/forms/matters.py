"""Forms of the matter pages: raising a matter, filtering the list, adding files."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Category, Matter
from huishang.cases.permissions import kinds_for
from huishang.cases.states import State
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region, Role
from huishang.web.access import role_of
from huishang.web.forms.fields import MultipleFileField, RegionChoiceField, UnitChoiceField
from huishang.web.forms.widgets import SearchableSelect


def regions_in_scope(user):
    """The regions of the user's jurisdiction, parents before children."""
    return jurisdiction_of(user).regions()


def enterprises_for(user):
    """The enterprises this user may raise a matter for."""
    if role_of(user) == Role.BUTLER:
        return user.enterprises_in_care.all()
    return jurisdiction_of(user).enterprises()


class NewMatterForm(forms.Form):
    """Title, description and category are checked by submit_matter, so that one rule gives one message."""

    title = forms.CharField(label=_("Title"), required=False, max_length=Matter._meta.get_field("title").max_length,
                            widget=forms.TextInput(attrs={"required": True, "autocomplete": "off"}))
    description = forms.CharField(
        label=_("Description"), required=False,
        help_text=_("What happened, what you need, whom it concerns."),
        widget=forms.Textarea(attrs={"rows": 6, "required": True}),
    )
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False, empty_label=_("— choose —")
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Matter.Kind.choices, initial=Matter.Kind.PROBLEM)
    urgency = forms.ChoiceField(
        label=_("Urgency"), choices=Matter.Urgency.choices, initial=Matter.Urgency.NORMAL,
        help_text=_("Sets the time limits for signing for, first response and resolving."),
    )
    enterprise = forms.ModelChoiceField(
        label=_("Enterprise"), queryset=Organization.objects.none(), required=False, empty_label=_("— choose —"),
        widget=SearchableSelect,
    )
    region = RegionChoiceField(
        label=_("Region"), queryset=Region.objects.none(), required=False, empty_label=_("— your region —"),
        help_text=_("Needed only when the matter concerns no enterprise."),
    )
    attachments = MultipleFileField(
        label=_("Attachments"), required=False,
        help_text=_("PDF, images, Word, Excel or text; several files may be chosen at once."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        role = role_of(user)
        self.fields["kind"].choices = [(kind.value, kind.label) for kind in kinds_for(user)]
        if role == Role.ENTERPRISE:
            # An enterprise contact always raises for its own enterprise.
            del self.fields["enterprise"]
        else:
            self.fields["enterprise"].queryset = enterprises_for(user)
        if role in (Role.OFFICE, Role.ADMIN):
            self.fields["region"].queryset = regions_in_scope(user)
        else:
            del self.fields["region"]
            # Only the office sets the urgency (cases.services.URGENCY_ROLES).
            del self.fields["urgency"]


class MatterFilterForm(forms.Form):
    """The list's filters; each one narrows the others' result."""

    q = forms.CharField(label=_("Search"), required=False, widget=forms.SearchInput(
        attrs={"placeholder": _("number, title or words of the description")}))
    state = forms.ChoiceField(label=_("State"), required=False, choices=[("", _("all"))] + State.choices)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("all"))] + Matter.Kind.choices)
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False, to_field_name="code",
        empty_label=_("all"),
    )
    region = RegionChoiceField(
        label=_("Region"), queryset=Region.objects.none(), required=False, to_field_name="code", empty_label=_("all")
    )
    unit = UnitChoiceField(
        label=_("Lead unit"), queryset=Organization.objects.filter(kind=Organization.Kind.UNIT), required=False,
        empty_label=_("all"),
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        jurisdiction = jurisdiction_of(user)
        self.fields["region"].queryset = jurisdiction.regions()
        units = self.fields["unit"].queryset.filter(jurisdiction.reaching())
        self.fields["unit"].queryset = units

    def filters(self) -> dict:
        """The valid filters as selectors.filter_matters takes them; a wrong value is dropped, not guessed."""
        if not self.is_bound:
            return {}
        self.is_valid()  # fills cleaned_data with the fields that are valid
        data = self.cleaned_data
        return {
            "q": data.get("q") or None,
            "state": data.get("state") or None,
            "kind": data.get("kind") or None,
            "category": data["category"].code if data.get("category") else None,
            "region": data["region"].code if data.get("region") else None,
            "unit": data.get("unit"),
            "overdue": bool(data.get("overdue")),
        }


class AttachmentForm(forms.Form):
    attachments = MultipleFileField(label=_("Add files"))
