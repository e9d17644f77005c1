"""The auditor's page, its export, and the reveal endpoint the matter page's button calls."""

import itertools

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.audit import export, integrity, reveal, selectors
from huishang.audit.forms import EntryFilterForm
from huishang.audit.models import AuditEntry
from huishang.audit.permissions import may_read_log
from huishang.core.errors import DomainError
from huishang.web.access import require

PAGE_SIZE = 50
CHECK_ON_EVERY_VISIT_UP_TO = 100_000


@login_required
def entry_list(request):
    require(may_read_log(request.user))
    form = EntryFilterForm(request.GET or None)
    status = 422 if form.is_bound and not form.is_valid() else 200
    page = Paginator(selectors.entries(**form.filters()), PAGE_SIZE).get_page(request.GET.get("page"))
    # Checking the whole chain reads every entry: done on each visit while the log is small, on request after.
    checked = request.GET.get("verify") == "1" or AuditEntry.objects.count() <= CHECK_ON_EVERY_VISIT_UP_TO
    return render(request, "audit/entries.html", {
        "form": form, "page": page, "chain": integrity.verify_chain() if checked else None,
    }, status=status)


@login_required
def entry_export(request):
    require(may_read_log(request.user))
    form = EntryFilterForm(request.GET or None)
    fmt = request.GET.get("format") if request.GET.get("format") in export.FORMATS else "csv"
    filters = form.filters()
    # Up to the last entry now: the export's own entry, written next, is not part of it.
    last_seq = AuditEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    rows = selectors.entries(**filters).filter(seq__lte=last_seq)
    export.record_export(by=request.user, request=request, fmt=fmt, count=rows.count(),
                         filters={key: str(value) for key, value in filters.items() if value})
    content_type = "text/csv" if fmt == "csv" else "application/x-ndjson"
    # A BOM so that Excel opens the Chinese text of a CSV as UTF-8.
    body = itertools.chain(["\ufeff"] if fmt == "csv" else [], export.lines(rows, fmt=fmt))
    return StreamingHttpResponse(body, content_type=f"{content_type}; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="audit.{fmt}"'})


@login_required
@require_POST
def reveal_value(request):
    """JSON for the reveal button: ``{"value": …}``, or ``{"code", "message", "field"}`` with the error status."""
    try:
        pk = int(request.POST.get("pk", ""))
    except ValueError:
        return JsonResponse({"code": "validation_error", "message": _("Say whose value to reveal."), "field": "pk"},
                            status=422)
    try:
        value = reveal.reveal(by=request.user, kind=request.POST.get("kind", ""), pk=pk,
                              field=request.POST.get("field", ""), reason=request.POST.get("reason", ""),
                              request=request)
    except DomainError as error:
        return JsonResponse({"code": error.code, "message": str(error.message), "field": error.field},
                            status=error.http_status)
    return JsonResponse({"value": value})
