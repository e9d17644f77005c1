"""Forms of the butler pages; the services check the rules, the forms only shape the input."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.butlers.models import ServiceArea, Training
from huishang.butlers.selectors import butlers_for, enterprises_for, enterprises_to_visit
from huishang.cases.models import Category
from huishang.web.forms.fields import DateInput, MultipleFileField
from huishang.web.forms.widgets import SearchableSelect


class ButlerChoiceField(forms.ModelChoiceField):
    widget = SearchableSelect

    def label_from_instance(self, obj):
        unit = obj.organization.short_name or obj.organization.name if obj.organization else ""
        return f"{obj.get_full_name()}（{unit}）" if unit else obj.get_full_name()


class VisitForm(forms.Form):
    enterprise = forms.ModelChoiceField(label=_("Enterprise"), queryset=None, empty_label=_("— choose —"),
                                        widget=SearchableSelect)
    visited_on = forms.DateField(label=_("Day of the visit"), widget=DateInput())
    people_met = forms.CharField(label=_("People met"), max_length=200,
                                 help_text=_("Names and positions, e.g. 王总经理、李办公室主任."))
    areas = forms.MultipleChoiceField(label=_("Three services covered"), choices=ServiceArea.choices,
                                      widget=forms.CheckboxSelectMultiple, required=False)
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    photos = MultipleFileField(label=_("Photos"), required=False, help_text=_("PNG or JPEG; several may be chosen."))

    def __init__(self, *args, butler, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = enterprises_to_visit(butler).order_by("name")


class ProblemForm(forms.Form):
    """A problem found on the visit; left empty, it is ignored."""

    title = forms.CharField(label=_("Problem found"), required=False, max_length=200)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.all(), required=False,
                                      empty_label=_("— choose —"))

    def problem(self) -> dict | None:
        data = self.cleaned_data
        if not any((data.get("title"), data.get("description"))):
            return None
        return {"title": data.get("title"), "description": data.get("description"), "category": data.get("category")}


ProblemFormSet = forms.formset_factory(ProblemForm, extra=2, max_num=10)


class VisitFilterForm(forms.Form):
    """The visit list's filters: the three services for everyone, the butler for those who read every visit."""

    area = forms.ChoiceField(label=_("Three services covered"), required=False,
                             choices=[("", _("— any —")), *ServiceArea.choices])
    butler = ButlerChoiceField(label=_("Butler"), queryset=None, required=False, empty_label=_("— any —"))

    def __init__(self, *args, user, reads_all: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if reads_all:
            self.fields["butler"].queryset = butlers_for(user).order_by("name")
        else:
            del self.fields["butler"]

    def filtered(self, visits):
        """The visits narrowed by the valid filters; a wrong value is dropped, not guessed."""
        if not self.is_bound:
            return visits
        self.is_valid()
        data = self.cleaned_data
        if data.get("area"):
            # The areas are kept as "needs,problems"; no area's code lies inside another's.
            visits = visits.filter(areas__contains=data["area"])
        if data.get("butler"):
            visits = visits.filter(butler=data["butler"])
        return visits


class AssignButlerForm(forms.Form):
    enterprise = forms.ModelChoiceField(label=_("Enterprise"), queryset=None, empty_label=_("— choose —"),
                                        widget=SearchableSelect)
    butler = ButlerChoiceField(label=_("Butler"), queryset=None, empty_label=_("— choose —"))
    note = forms.CharField(label=_("Note"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = enterprises_for(user).order_by("name")
        self.fields["butler"].queryset = butlers_for(user).order_by("name")


class TrainingForm(forms.Form):
    butler = ButlerChoiceField(label=_("Butler"), queryset=None, empty_label=_("— choose —"))
    topic = forms.ChoiceField(label=_("Topic"), choices=Training.Topic.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    held_on = forms.DateField(label=_("Held on"), widget=DateInput())
    hours = forms.DecimalField(label=_("Hours"), max_digits=4, decimal_places=1)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["butler"].queryset = butlers_for(user).order_by("name")


class VisitFrequencyForm(forms.Form):
    days = forms.IntegerField(label=_("Visit every enterprise in care at least every (days)"), min_value=1,
                              max_value=366)
    note = forms.CharField(label=_("Note"), required=False, max_length=500)
