"""The matter list, the matter page, raising a new matter and its files."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.cases import services
from huishang.cases.attachments import checked_content_type
from huishang.cases.selectors import filter_matters, in_state_order, visible_matters
from huishang.core.errors import DomainError
from huishang.insight import search
from huishang.web.access import may_submit, require
from huishang.web.errors import show_on_form
from huishang.web.forms.matters import AttachmentForm, MatterFilterForm, NewMatterForm
from huishang.web.listing import Listing
from huishang.web.views.lookups import matter_or_404
from huishang.web.views.matter_page import render_matter_page

PAGE_SIZE = 20

# The list's sortable columns; a state sorts in the order a matter goes through them, not by its code's letters.
MATTER_COLUMNS = {
    "number": ("number",),
    "submitted": ("submitted_at",),
    "enterprise": ("enterprise__name",),
    "state": (in_state_order(),),
    "deadline": ("due",),
}


@login_required
def matter_list(request):
    listing = Listing(request, "matters", columns=MATTER_COLUMNS, default="-submitted", page_size=PAGE_SIZE)
    if listing.redirect:
        return listing.redirect
    form = MatterFilterForm(request.GET or None, user=request.user)
    filters = form.filters()
    matters = filter_matters(visible_matters(request.user), **filters)
    page = listing.page(matters)
    count_capped = bool(filters.get("q")) and page.paginator.count >= search.RESULTS_CAP
    return render(request, "web/matters/list.html", {
        "form": form, "page": page, "count_capped": count_capped, "listing": listing})


@login_required
def matter_detail(request, number):
    return render_matter_page(request, matter_or_404(request.user, number))


@login_required
def matter_new(request):
    require(may_submit(request.user))
    form = NewMatterForm(request.POST or None, request.FILES or None, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                matter = services.submit_matter(
                    by=request.user, title=data["title"], description=data["description"], category=data["category"],
                    kind=data["kind"], enterprise=data.get("enterprise"), region=data.get("region"),
                    attachments=data["attachments"], urgency=data.get("urgency") or None,
                )
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("Matter %(number)s was submitted.") % {"number": matter.number})
                return redirect("web:matter-detail", matter.number)
        else:
            status = 422
    return render(request, "web/matters/new.html", {"form": form}, status=status)


@login_required
def attachment_download(request, number, pk):
    matter = matter_or_404(request.user, number)
    attachment = matter.attachments.filter(pk=pk).first()
    if attachment is None:
        raise Http404
    return FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name,
        content_type=attachment.content_type,
    )


@login_required
@require_POST
def attachment_add(request, number):
    matter = matter_or_404(request.user, number)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        uploads = form.cleaned_data["attachments"]
        try:
            # Check every file before storing any, so that one bad file leaves none half-added.
            for uploaded in uploads:
                checked_content_type(uploaded)
            for uploaded in uploads:
                services.add_attachment(matter, by=request.user, uploaded=uploaded)
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(request, _("The files were added."))
    else:
        messages.error(request, _("Choose at least one file."))
    return redirect("web:matter-detail", matter.number)
