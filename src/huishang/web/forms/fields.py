"""Form fields and widgets the web forms share."""

from django import forms
from django.forms.models import ModelChoiceIterator

from huishang.directory.jurisdiction import ancestors_of, full_name
from huishang.directory.models import Region
from huishang.web.forms.widgets import RegionTreeSelect, SearchableSelect, SearchableSelectMultiple


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
    widget = SearchableSelect

    def label_from_instance(self, obj):
        return obj.short_name or obj.name


class UnitsChoiceField(forms.ModelMultipleChoiceField):
    widget = SearchableSelectMultiple

    def label_from_instance(self, obj):
        return obj.short_name or obj.name


# One level of the region tree in a plain select; an ideographic space, which browsers do not collapse.
TREE_INDENT = "\u3000"


class RegionTreeIterator(ModelChoiceIterator):
    """The regions in code order (GB/T 2260: every parent before its children), each knowing its depth in
    the list and its full name; the ancestors outside the list are read in one query per level."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        regions = list(self.queryset.order_by("code"))
        known = {region.pk: region for region in regions}
        missing = {region.parent_id for region in regions} - set(known) - {None}
        while missing:
            above = Region.objects.in_bulk(missing)
            known.update(above)
            missing = {region.parent_id for region in above.values()} - set(known) - {None}
        for region in known.values():
            if region.parent_id is not None:
                region.parent = known[region.parent_id]  # full_name then walks up without a query
        listed = {region.pk for region in regions}
        for region in regions:
            region.tree_depth = sum(1 for ancestor in ancestors_of(region) if ancestor.pk in listed)
            region.full_name = full_name(region)
            yield self.choice(region)


class RegionChoiceField(forms.ModelChoiceField):
    """A region chosen from a tree, never a flat list: indented by depth, the full name in each option."""

    iterator = RegionTreeIterator
    widget = RegionTreeSelect

    def label_from_instance(self, obj):
        return TREE_INDENT * getattr(obj, "tree_depth", 0) + obj.name
