"""Ledger pages: the matter list as an .xlsx download, and importing a ledger sheet: the upload, then the
import's page with its progress and report."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render

from huishang.audit.log import record_event
from huishang.cases.selectors import filter_matters, visible_matters
from huishang.core.errors import DomainError
from huishang.ledgers.export import CONTENT_TYPE, ledger_filename, write_ledger
from huishang.ledgers.forms import ImportForm
from huishang.ledgers.jobs import progress_of, start_import
from huishang.ledgers.models import ImportJob
from huishang.ledgers.permissions import may_import
from huishang.web.access import require
from huishang.web.errors import show_on_form
from huishang.web.forms.matters import MatterFilterForm


def xlsx_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def export_matters(request):
    """The matter list with the filters of the web list, as the user may see it, as a ledger sheet."""
    form = MatterFilterForm(request.GET or None, user=request.user)
    matters = filter_matters(visible_matters(request.user), **form.filters())
    record_event("export", request=request, subject="ledgers.matters",
                 detail={"format": "xlsx", "filters": request.GET.dict()})
    return xlsx_response(write_ledger(matters, reader=request.user), ledger_filename())


@login_required
def import_page(request):
    """Upload a sheet: its import runs in the task queue and the job's page follows it."""
    require(may_import(request.user))
    form = ImportForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                job = start_import(form.cleaned_data["file"], by=request.user, partial=form.cleaned_data["partial"])
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                return redirect("ledgers:import-job", job.pk)
        else:
            status = 422
    return render(request, "ledgers/import.html", {"form": form}, status=status)


def _own_job(request, pk) -> ImportJob:
    """A job is shown only to whoever started it."""
    return get_object_or_404(ImportJob, pk=pk, created_by=request.user)


@login_required
def import_job(request, pk):
    job = _own_job(request, pk)
    return render(request, "ledgers/import_job.html", {"job": job, "progress": progress_of(job)})


@login_required
def import_job_progress(request, pk):
    return JsonResponse(progress_of(_own_job(request, pk)))
