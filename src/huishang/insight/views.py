"""The hot-issues page (热点问题): the hottest issues as the worker last grouped them, with their matters."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from huishang.core.errors import DomainError
from huishang.figures.permissions import figures_scope_for
from huishang.insight.hot_selectors import STALE_AFTER, Freshness, hot_list
from huishang.insight.permissions import may_see_hot_issues
from huishang.web.access import require
from huishang.web.errors import show_on_form
from huishang.web.forms.dashboard import DashboardFilterForm


@login_required
def hot(request):
    require(may_see_hot_issues(request.user))
    form = DashboardFilterForm(request.GET or None, user=request.user)
    context = {"form": form, "freshness": Freshness, "stale_hours": int(STALE_AFTER.total_seconds() // 3600)}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 422
    else:
        data = form.cleaned_data if form.is_bound else {}
        # Without a region asked for, the figures' scope is the reader's own jurisdiction; without a period,
        # everything the worker grouped.
        region = data.get("region")
        try:
            scope = figures_scope_for(
                request.user, date_from=data.get("date_from"), date_to=data.get("date_to"),
                region=region.code if region else None,
            )
        except DomainError as error:
            show_on_form(form, error, DashboardFilterForm.SCOPE_FIELDS)
            status = error.http_status
        else:
            context.update(hot=hot_list(scope), scope=scope)
    return render(request, "insight/hot.html", context, status=status)
