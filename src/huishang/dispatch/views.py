"""The routing table page (/dispatch/: list, add, edit, delete) and the supporting opinion form of the matter page.
Views parse the forms and call the services; the services check permission and jurisdiction."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError
from huishang.dispatch import selectors, services
from huishang.dispatch.forms import EntryForm, FilterForm, OpinionForm
from huishang.web.access import require
from huishang.web.errors import show_on_form
from huishang.web.views.lookups import matter_or_404

PAGE_SIZE = 100


@login_required
def table(request):
    require(selectors.keeps_table(request.user))
    form = FilterForm(request.GET or None, user=request.user)
    data = form.cleaned_data if form.is_valid() else {}
    entries = selectors.filter_entries(
        selectors.visible_entries(request.user), category=data.get("category") and data["category"].code,
        region=data.get("region") and data["region"].code, unit=data.get("unit"),
    )
    return render(request, "dispatch/table.html", {
        "form": form, "entries": entries[:PAGE_SIZE], "count": entries.count(), "page_size": PAGE_SIZE,
    })


def _entry_or_404(user, pk):
    entry = selectors.visible_entries(user).filter(pk=pk).first()
    if entry is None:
        raise Http404
    return entry


def _edit(request, entry=None):
    require(selectors.keeps_table(request.user))
    initial = None
    if entry is not None:
        initial = {"category": entry.category, "region": entry.region, "lead_unit": entry.lead_unit,
                   "supporting_units": list(entry.supporting_units.all()), "working_days": entry.working_days}
    form = EntryForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if entry is None:
                services.create_entry(by=request.user, **form.cleaned_data)
            else:
                services.update_entry(entry, by=request.user, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
        else:
            messages.success(request, _("The routing table was saved."))
            return redirect("dispatch:table")
    status = 422 if request.method == "POST" else 200
    return render(request, "dispatch/entry_form.html", {"form": form, "entry": entry}, status=status)


@login_required
def entry_new(request):
    return _edit(request)


@login_required
def entry_edit(request, pk):
    require(selectors.keeps_table(request.user))
    return _edit(request, _entry_or_404(request.user, pk))


@login_required
@require_POST
def entry_delete(request, pk):
    require(selectors.keeps_table(request.user))
    entry = _entry_or_404(request.user, pk)
    try:
        services.delete_entry(entry, by=request.user)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("The entry was removed from the routing table."))
    return redirect("dispatch:table")


@login_required
@require_POST
def opinion(request, number):
    matter = matter_or_404(request.user, number)
    form = OpinionForm(request.POST)
    if form.is_valid():
        try:
            services.file_opinion(matter, by=request.user, content=form.cleaned_data["content"])
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(request, _("Your unit's opinion was sent to the lead unit."))
    return redirect("web:matter-detail", matter.number)
