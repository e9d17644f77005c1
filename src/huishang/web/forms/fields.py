"""Form fields and widgets the web forms share."""

from django import forms


class DateInput(forms.DateInput):
    """The browser's own date picker; its value is always YYYY-MM-DD."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several uploaded files in one field; cleans to a list (empty when nothing was chosen)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        clean_one = super().clean
        if isinstance(data, (list, tuple)):
            return [clean_one(item, initial) for item in data if item]
        return [clean_one(data, initial)] if data else []


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.short_name or obj.name


class UnitsChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.short_name or obj.name
