"""The searchable select: a plain <select> that static/web/searchable-select.js turns into a search box.

The page works the same without JavaScript: the select is rendered complete, with every option, and the
script (Tom Select, vendored in static/vendor/tom-select) only adds typing to narrow the list. The
messages the box shows are given here, through gettext, so that the script holds no text of its own.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

# What searchable-select.js looks for; "tree" keeps the options in tree order and shows their full names.
SEARCHABLE = "data-searchable"


def _searchable_attrs(kind: str, attrs) -> dict:
    return {
        SEARCHABLE: kind,
        "data-no-results": _("Nothing matches"),
        "data-clear-label": _("Clear"),
        "data-remove-label": _("Remove"),
        **(attrs or {}),
    }


class _Titled:
    """Options whose object carries a ``choice_title`` (fields.PlacedOrganizationIterator: the name and the
    region's full name) show it on hover and let the search box find the option by it."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        title = getattr(getattr(value, "instance", None), "choice_title", None)
        if title:
            option["attrs"].update({"title": title, "data-full-name": title})
        return option


class SearchableSelect(_Titled, forms.Select):
    """One choice out of a long list (units, enterprises, leaders): type to narrow it."""

    kind = "list"

    def __init__(self, attrs=None, choices=()):
        super().__init__(_searchable_attrs(self.kind, attrs), choices)


class SearchableSelectMultiple(_Titled, forms.SelectMultiple):
    """Several choices out of a long list; without JavaScript a multiple select of a few rows."""

    kind = "list"

    def __init__(self, attrs=None, choices=()):
        super().__init__(_searchable_attrs(self.kind, {"size": 6, **(attrs or {})}), choices)


class _Tree:
    """Regions as a tree: each option indented by its depth, its full name in the title.

    It reads ``tree_depth`` and ``full_name`` from the regions that fields.RegionChoiceField lists.
    """

    kind = "tree"

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        region = getattr(value, "instance", None)
        if region is not None and hasattr(region, "full_name"):
            option["attrs"].update({
                "title": region.full_name,
                "data-full-name": region.full_name,
                "data-depth": region.tree_depth,
            })
        return option


class RegionTreeSelect(_Tree, SearchableSelect):
    """One region out of the tree."""


class RegionTreeSelectMultiple(_Tree, SearchableSelectMultiple):
    """Several regions out of the tree (the places an article or a topic applies to)."""
