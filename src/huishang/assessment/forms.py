"""Forms of the union-work pages."""

from django import forms
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.assessment.models import Risk
from huishang.cases.models import Category
from huishang.directory.models import Organization


class SelfReportForm(forms.Form):
    self_score = forms.DecimalField(label=_("Self score"), min_value=0, max_value=100, decimal_places=1)
    evidence = forms.CharField(label=_("Evidence"), widget=forms.Textarea(attrs={"rows": 2}))


class ScoreForm(forms.Form):
    score = forms.DecimalField(label=_("Score"), min_value=0, max_value=100, decimal_places=1)
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class NamedChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return getattr(obj, "short_name", "") or obj.name


class RiskForm(forms.Form):
    title = forms.CharField(label=pgettext_lazy("assessment", "Title"), max_length=200)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}))
    level = forms.ChoiceField(label=_("Risk level"), choices=Risk.Level.choices)
    category = NamedChoice(label=_("Category"), queryset=Category.objects.all(), empty_label=_("— choose —"))
    responsible_unit = NamedChoice(label=_("Responsible unit"), empty_label=_("— choose —"),
                                   queryset=Organization.objects.filter(kind=Organization.Kind.UNIT))
    enterprise = NamedChoice(label=_("Enterprise"), required=False, empty_label=_("— choose —"),
                             queryset=Organization.objects.filter(kind=Organization.Kind.ENTERPRISE))
