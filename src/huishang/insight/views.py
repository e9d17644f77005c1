"""The hot-issues page (热点问题): the period's hottest issues with their matters."""

import datetime

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from huishang.cases.selectors import visible_matters
from huishang.core import clock
from huishang.core.errors import DomainError
from huishang.figures.permissions import figures_scope_for
from huishang.insight.hot import hot_issues
from huishang.insight.permissions import may_see_hot_issues
from huishang.web.access import require
from huishang.web.errors import show_on_form
from huishang.web.forms.dashboard import DashboardFilterForm

DEFAULT_DAYS = 30


@login_required
def hot(request):
    require(may_see_hot_issues(request.user))
    today = clock.today()
    initial = {"date_from": today - datetime.timedelta(days=DEFAULT_DAYS - 1), "date_to": today}
    form = DashboardFilterForm(request.GET or None, user=request.user, initial=initial)
    context = {"form": form}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 422
    else:
        data = form.cleaned_data if form.is_bound else initial
        # Without a region asked for, the figures' scope is the reader's own jurisdiction.
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
            matters = scope.matters().filter(pk__in=visible_matters(request.user).values("pk"))
            context.update(issues=hot_issues(scope, matters=matters), scope=scope)
    return render(request, "insight/hot.html", context, status=status)
