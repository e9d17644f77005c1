"""Ledger pages: the matter list as an .xlsx download, and importing a ledger sheet with its report."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from huishang.cases.selectors import filter_matters, visible_matters
from huishang.core.errors import DomainError
from huishang.ledgers.export import CONTENT_TYPE, ledger_filename, write_ledger
from huishang.ledgers.forms import ImportForm
from huishang.ledgers.services import IMPORTING_ROLES, import_matters
from huishang.web.access import require, role_of
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
    return xlsx_response(write_ledger(matters, reader=request.user), ledger_filename())


@login_required
def import_page(request):
    require(role_of(request.user) in IMPORTING_ROLES)
    form = ImportForm(request.POST or None, request.FILES or None)
    report, status = None, 200
    if request.method == "POST":
        if form.is_valid():
            try:
                report = import_matters(form.cleaned_data["file"], by=request.user,
                                        partial=form.cleaned_data["partial"])
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                status = 422 if report.refused else 200
        else:
            status = 422
    return render(request, "ledgers/import.html", {"form": form, "report": report}, status=status)
