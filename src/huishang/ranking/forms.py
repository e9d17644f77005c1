"""The office's scheme form: a weight per rate (0: the rate does not count) and the scheme's settings."""

from django import forms
from django.utils.translation import gettext_lazy as _

from huishang.ranking.models import Grouping, Rate, Scheme


class SchemeForm(forms.Form):
    fairly_weight = forms.DecimalField(label=_("weight of fairly satisfied"), min_value=0, max_value=1,
                                       decimal_places=2, help_text=Scheme._meta.get_field("fairly_weight").help_text)
    grouping = forms.ChoiceField(label=_("units ranked together"), choices=Grouping.choices)
    flagged = forms.IntegerField(label=_("bottom units flagged"), min_value=0, max_value=50)
    closing_day = forms.IntegerField(label=_("closing day"), min_value=1, max_value=28, required=False,
                                     help_text=Scheme._meta.get_field("closing_day").help_text)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for rate in Rate:
            self.fields[rate.value] = forms.IntegerField(label=rate.label, min_value=0, max_value=100, initial=0)

    @classmethod
    def of(cls, scheme: Scheme, data=None) -> "SchemeForm":
        initial = {"fairly_weight": scheme.fairly_weight, "grouping": scheme.grouping, "flagged": scheme.flagged,
                   "closing_day": scheme.closing_day, **{rate: scheme.weights.get(rate, 0) for rate in Rate.values}}
        return cls(data, initial=initial)

    def rate_fields(self):
        return [self[rate] for rate in Rate.values]

    def scheme_values(self) -> dict:
        data = self.cleaned_data
        return {"weights": {rate: data[rate] for rate in Rate.values if data[rate]},
                "fairly_weight": data["fairly_weight"], "grouping": data["grouping"], "flagged": data["flagged"],
                "closing_day": data["closing_day"]}
