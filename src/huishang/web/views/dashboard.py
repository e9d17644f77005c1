"""The dashboard: the counted figures of a period and region, and charts by month, unit and category."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from huishang.core.errors import DomainError
from huishang.figures.permissions import figures_scope_for, may_read_figures
from huishang.figures.selectors import assessment_figures, breakdowns, matter_figures
from huishang.insight.hot_selectors import hot_list
from huishang.ranking.selectors import latest_published
from huishang.web.access import require
from huishang.web.errors import show_on_form
from huishang.web.forms.dashboard import DashboardFilterForm
from huishang.web.views.figure_cards import figure_cards

# The dashboard's top list of hot issues; the hot-issues page lists more, from the same worker's run.
HOT_ISSUES_SHOWN = 5


def _named_units(rows: list[dict]) -> list[dict]:
    """The lead-unit rows, the group of matters with no lead unit now (a send-back was approved and the office
    has not assigned them again) named as such rather than left blank."""
    return [row if row["key"] is not None else {**row, "name": _("Awaiting reassignment")} for row in rows]


def _chart_data(rows: dict) -> dict:
    """What charts.js draws, with the labels in the reader's language."""
    return {
        "by_month": rows["by_month"],
        "by_unit": _named_units(rows["by_unit"]),
        "by_category": rows["by_category"],
        "labels": {
            "assigned": _("Assigned"),
            "resolved": _("Resolved"),
            "being_assigned": _("Being assigned"),
            "handed_out": _("Matters handed out"),
            "empty": _("No matter was assigned in this period."),
        },
    }


@login_required
def dashboard(request):
    require(may_read_figures(request.user))
    form = DashboardFilterForm(request.GET or None, user=request.user)
    context = {"form": form}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 422
    else:
        data = form.cleaned_data if form.is_bound else {}
        region = data.get("region") or request.user.region
        try:
            scope = figures_scope_for(
                request.user, date_from=data.get("date_from"), date_to=data.get("date_to"),
                region=region.code if region else None,
            )
        except DomainError as error:
            show_on_form(form, error, DashboardFilterForm.SCOPE_FIELDS)
            status = error.http_status
        else:
            figures = matter_figures(scope) | assessment_figures(scope)
            context.update(cards=figure_cards(figures), charts=_chart_data(breakdowns(scope)),
                           hot=hot_list(scope, top=HOT_ISSUES_SHOWN), latest_ranking=latest_published(request.user))
    return render(request, "web/dashboard.html", context, status=status)
