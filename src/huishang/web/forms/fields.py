"""Form fields and widgets the web forms share."""

from collections import Counter

from django import forms
from django.forms.models import ModelChoiceIterator

from huishang.directory.jurisdiction import ancestors_of, full_name
from huishang.directory.models import Region
from huishang.web.forms.widgets import (
    RegionTreeSelect, RegionTreeSelectMultiple, SearchableSelect, SearchableSelectMultiple,
)


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


# One level of the region tree in a plain select; an ideographic space, which browsers do not collapse.
TREE_INDENT = "\u3000"


def _link_regions_above(regions: list[Region]) -> None:
    """Give each region its parents, read in one query per level, so that full_name walks up without a query."""
    known = {region.pk: region for region in regions}
    missing = {region.parent_id for region in regions} - set(known) - {None}
    while missing:
        above = Region.objects.in_bulk(missing)
        known.update(above)
        missing = {region.parent_id for region in above.values()} - set(known) - {None}
    # Every instance, not one per key: select_related gives two organisations of one region two copies of it.
    for region in [*regions, *known.values()]:
        if region.parent_id is not None:
            region.parent = known[region.parent_id]


class RegionTreeIterator(ModelChoiceIterator):
    """The regions in code order (GB/T 2260: every parent before its children), each knowing its depth in
    the list and its full name; the ancestors outside the list are read in one query per level."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        regions = list(self.queryset.order_by("code"))
        _link_regions_above(regions)
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


class RegionsChoiceField(RegionChoiceField, forms.ModelMultipleChoiceField):
    """Several regions chosen from the tree, shown as RegionChoiceField shows one."""

    widget = RegionTreeSelectMultiple


class PlacedOrganizationIterator(ModelChoiceIterator):
    """Organisations (units, unions), each titled with its name and its region's full name, the
    regions above read in one query per level. A short name two listed organisations share (区科技局 of two
    districts) gives way to their full names, so that no two options read the same."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        organizations = list(self.queryset.select_related("region"))
        _link_regions_above([organization.region for organization in organizations])
        short_names = Counter(organization.short_name for organization in organizations if organization.short_name)
        for organization in organizations:
            short = organization.short_name if short_names[organization.short_name] == 1 else ""
            organization.choice_label = short or organization.name
            organization.choice_title = f"{organization.name}（{full_name(organization.region)}）"
            yield self.choice(organization)


class UnitChoiceField(forms.ModelChoiceField):
    """One unit (or union, or other body known by a short name) out of a long list: searchable, each option
    titled with its full name and region."""

    iterator = PlacedOrganizationIterator
    widget = SearchableSelect

    def label_from_instance(self, obj):
        return getattr(obj, "choice_label", None) or obj.short_name or obj.name


class UnitsChoiceField(forms.ModelMultipleChoiceField):
    """Several units out of a long list, shown as UnitChoiceField shows them."""

    iterator = PlacedOrganizationIterator
    widget = SearchableSelectMultiple

    def label_from_instance(self, obj):
        return getattr(obj, "choice_label", None) or obj.short_name or obj.name


class PersonChoiceField(forms.ModelChoiceField):
    """One person's account out of a long list (leaders, reviewers, owners): searchable by name."""

    widget = SearchableSelect

    def label_from_instance(self, obj):
        return obj.get_full_name()
