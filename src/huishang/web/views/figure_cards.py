"""The figures of figures.selectors.matter_figures as labelled cards, in the order leaders read them."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# key, label, unit shown after the number (a measure word in Chinese: 次, 件, 家, 天)
CARDS = [
    ("meetings", _("Consultation meetings"), pgettext_lazy("unit after a figure", "meetings")),
    ("consulted", _("Problems consulted"), pgettext_lazy("unit after a figure", "items")),
    ("enterprises", _("Enterprises"), pgettext_lazy("unit after a figure", "enterprises")),
    ("being_assigned", _("Being assigned"), pgettext_lazy("unit after a figure", "items")),
    ("assigned", _("Assigned"), pgettext_lazy("unit after a figure", "items")),
    ("resolved", _("Resolved"), pgettext_lazy("unit after a figure", "items")),
    ("resolution_rate", _("Resolution rate"), "%"),
    ("on_time_rate", _("Resolved on time"), "%"),
    ("satisfaction_rate", _("Satisfaction"), "%"),
    ("reopen_rate", _("Reopened"), "%"),
    ("acknowledge_on_time_rate", _("Signed for on time"), "%"),
    ("response_rate", _("Responded on time"), "%"),
    ("solved_rate", _("Problems solved"), "%"),
    ("overdue", _("Overdue"), pgettext_lazy("unit after a figure", "items")),
    ("avg_days_to_resolve", _("Average days to resolve"), pgettext_lazy("unit after a figure", "days")),
]
HEADLINE = ["meetings", "consulted", "assigned", "resolved", "resolution_rate"]


def figure_cards(figures: dict, keys=None) -> list[dict]:
    """The cards of ``keys`` (every card by default) that ``figures`` holds."""
    wanted = keys or [key for key, _label, _unit in CARDS]
    return [
        {"key": key, "label": label, "value": figures[key], "unit": unit}
        for key, label, unit in CARDS
        if key in wanted and key in figures
    ]


def headline_cards(figures: dict) -> list[dict]:
    return figure_cards(figures, HEADLINE)
