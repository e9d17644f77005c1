"""The knowledge pages: staff search, read, write and review articles; anyone reads the public policy page.
Each page parses its input and calls one service or selector."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.cases.selectors import visible_matters
from huishang.core.errors import DomainError
from huishang.knowledge import exports, forms, imports, permissions, selectors, services
from huishang.knowledge.models import Article
from huishang.web.access import require
from huishang.web.errors import show_on_form

PAGE_SIZE = 20


def _page(request, rows):
    return Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))


@login_required
def article_list(request):
    """Search and filters over the articles the account may read; expired articles only when asked for."""
    require(permissions.reads_internal(request.user))
    form = forms.SearchForm(request.GET or None, user=request.user)
    rows = selectors.search(request.user, **form.filters())
    if not isinstance(rows, list):
        rows = rows.order_by("-updated_at", "-id")
    return render(request, "knowledge/list.html", {
        "form": form, "page": _page(request, rows), "may_write": permissions.writes(request.user),
        "query": request.GET.urlencode(),
    })


def _readable(request, pk) -> Article:
    return get_object_or_404(selectors.readable_articles(request.user), pk=pk)


@login_required
def article_detail(request, pk):
    require(permissions.reads_internal(request.user))
    article = _readable(request, pk)
    user = request.user
    return render(request, "knowledge/detail.html", {
        "article": article,
        "versions": article.versions.select_related("changed_by"),
        "uses": article.uses.count(),
        "may_edit": permissions.writes(user) and article.state in (Article.State.DRAFT, Article.State.PUBLISHED),
        "may_submit": permissions.writes(user) and article.state == Article.State.DRAFT,
        "may_review": permissions.reviews(user) and article.state == Article.State.UNDER_REVIEW,
        "may_withdraw": permissions.reviews(user) and article.state != Article.State.WITHDRAWN,
        "approve_form": forms.ApproveForm(), "reason_form": forms.ReasonForm(),
    })


def _article_values(data: dict) -> dict:
    return {key: data[key] for key in services.EDITABLE if key in data}


@login_required
def article_new(request):
    require(permissions.writes(request.user))
    form = forms.ArticleForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                article = services.create_article(by=request.user, **_article_values(form.cleaned_data))
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The article was saved as a draft."))
                return redirect("knowledge:detail", article.pk)
        else:
            status = 422
    return render(request, "knowledge/form.html", {"form": form, "heading": _("New knowledge article")}, status=status)


@login_required
def article_edit(request, pk):
    require(permissions.writes(request.user))
    article = get_object_or_404(selectors.workable_articles(request.user), pk=pk)
    initial = {field: getattr(article, field) for field in services.EDITABLE if field not in ("regions", "categories")}
    initial.update(regions=list(article.regions.all()), categories=list(article.categories.all()))
    form = forms.ArticleForm(request.POST or None, user=request.user, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.edit_article(article, by=request.user, note=form.cleaned_data["note"],
                                      **_article_values(form.cleaned_data))
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, _("The article was changed; it is reviewed again before it is shown."))
                return redirect("knowledge:detail", article.pk)
        else:
            status = 422
    return render(request, "knowledge/form.html", {"form": form, "heading": _("Change the article"), "article": article},
                  status=status)


def _act(request, pk, act, success: str, form_class=None, *, allowed: bool):
    require(allowed)
    article = get_object_or_404(selectors.workable_articles(request.user), pk=pk)
    data = {}
    if form_class is not None:
        form = form_class(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect("knowledge:detail", article.pk)
        data = form.cleaned_data
    try:
        act(article, data)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, success)
    return redirect("knowledge:detail", article.pk)


@login_required
@require_POST
def article_submit(request, pk):
    return _act(request, pk, lambda article, data: services.submit_for_review(article, by=request.user),
                _("The article was sent for review."), allowed=permissions.writes(request.user))


@login_required
@require_POST
def article_approve(request, pk):
    return _act(request, pk, lambda article, data: services.approve(article, by=request.user, note=data["note"]),
                _("The article was approved and published."), forms.ApproveForm,
                allowed=permissions.reviews(request.user))


@login_required
@require_POST
def article_send_back(request, pk):
    return _act(request, pk, lambda article, data: services.send_back(article, by=request.user, reason=data["reason"]),
                _("The article was sent back to its author."), forms.ReasonForm,
                allowed=permissions.reviews(request.user))


@login_required
@require_POST
def article_withdraw(request, pk):
    return _act(request, pk, lambda article, data: services.withdraw(article, by=request.user, reason=data["reason"]),
                _("The article was withdrawn."), forms.ReasonForm,
                allowed=permissions.reviews(request.user))


@login_required
@require_POST
def propose_from_matter(request, number):
    """A resolved matter's satisfied answer becomes a draft answer wording."""
    require(permissions.writes(request.user))
    matter = get_object_or_404(visible_matters(request.user), number=number)
    try:
        article = services.propose_from_matter(matter, by=request.user)
    except DomainError as error:
        messages.error(request, str(error.message))
        return redirect("web:matter-detail", matter.number)
    messages.success(request, _("The answer was proposed as answer wording; it is reviewed before it is published."))
    return redirect("knowledge:detail", article.pk)


@login_required
def article_import(request):
    """Policy files (.docx, .pdf, .xlsx) become draft articles; the page shows how many and any refused rows."""
    require(permissions.writes(request.user))
    form = forms.ImportForm(request.POST or None, request.FILES or None, user=request.user)
    report, status = None, 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                report = imports.import_file(data["file"], by=request.user, kind=data["kind"],
                                             regions=list(data["regions"]), public=data["public"])
            except DomainError as error:
                show_on_form(form, error, {"file": "file"})
                status = error.http_status
        else:
            status = 422
    return render(request, "knowledge/import.html", {"form": form, "report": report}, status=status)


@login_required
def article_export(request):
    """The articles the account may read, filtered as on the list, as an .xlsx sheet."""
    require(permissions.reads_internal(request.user))
    form = forms.SearchForm(request.GET or None, user=request.user)
    rows = selectors.search(request.user, **form.filters())
    response = HttpResponse(exports.workbook(rows), content_type=exports.CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="knowledge.xlsx"'
    return response


def public_list(request):
    """The public policy page: published public articles in force, searchable, without an account."""
    q = (request.GET.get("q") or "").strip()[:200]
    rows = selectors.public_search(q=q, kind=request.GET.get("kind", ""))
    return render(request, "knowledge/public_list.html", {"page": _page(request, rows), "q": q,
                                                          "kinds": Article.Kind.choices,
                                                          "kind": request.GET.get("kind", "")})


def public_detail(request, pk):
    article = selectors.public_articles().filter(pk=pk).first()
    if article is None:
        raise Http404
    return render(request, "knowledge/public_detail.html", {"article": article})
