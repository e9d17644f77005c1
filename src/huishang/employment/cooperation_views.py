"""Pages of training bases and school–enterprise cooperation: the list with the office's forms, a cooperation with
its trainees (ID numbers masked). Views parse input and call the services in ``cooperation``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.core.errors import DomainError
from huishang.employment import cooperation, selectors
from huishang.employment.cooperation_forms import CooperationRecordForm, TraineeForm, TrainingBaseForm
from huishang.employment.permissions import (
    keeps_cooperation, reaches_cooperation, records_cooperation, visible_cooperations, visible_training_bases,
)
from huishang.employment.views import found
from huishang.web.errors import show_on_form


def _list_page(request, status=200, **forms):
    records = records_cooperation(request.user)
    return render(request, "employment/cooperation_list.html", {
        "bases": visible_training_bases(request.user),
        "cooperations": selectors.cooperations_with_counts(visible_cooperations(request.user)),
        "base_form": forms.get("base_form") or (
            TrainingBaseForm(prefix="base", user=request.user) if records else None),
        "cooperation_form": forms.get("cooperation_form") or (
            CooperationRecordForm(prefix="cooperation", user=request.user) if records else None),
    }, status=status)


@login_required
def cooperation_list(request):
    if not reaches_cooperation(request.user):
        raise PermissionDenied
    return _list_page(request)


def _recorded(request, form_class, prefix, service, success, redirect_to):
    if not records_cooperation(request.user):
        raise PermissionDenied
    form = form_class(request.POST, prefix=prefix, user=request.user)
    status = 422
    if form.is_valid():
        try:
            created = service(by=request.user, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, success % {"name": created})
            return redirect_to(created)
    return _list_page(request, status, **{f"{prefix}_form": form})


@login_required
@require_POST
def training_base_add(request):
    return _recorded(request, TrainingBaseForm, "base", cooperation.record_training_base,
                     _("The training base %(name)s was recorded."), lambda base: redirect("employment:cooperations"))


@login_required
@require_POST
def cooperation_add(request):
    return _recorded(request, CooperationRecordForm, "cooperation", cooperation.record_cooperation,
                     _("The cooperation %(name)s was recorded."),
                     lambda record: redirect("employment:cooperation-detail", record.pk))


def _detail_page(request, record, form=None, status=200):
    keeps = keeps_cooperation(request.user, record.region)
    return render(request, "employment/cooperation_detail.html", {
        "cooperation": record, "trainees": record.trainees.all(),
        "trainee_form": form or (TraineeForm(prefix="trainee") if keeps else None),
    }, status=status)


@login_required
def cooperation_detail(request, pk):
    return _detail_page(request, found(selectors.cooperation_for, request.user, pk))


@login_required
@require_POST
def trainee_add(request, pk):
    record = found(selectors.cooperation_for, request.user, pk)
    if not keeps_cooperation(request.user, record.region):
        raise PermissionDenied
    form = TraineeForm(request.POST, prefix="trainee")
    status = 422
    if form.is_valid():
        try:
            trainee = cooperation.record_trainee(by=request.user, cooperation=record, **form.cleaned_data)
        except DomainError as error:
            show_on_form(form, error)
            status = error.http_status
        else:
            messages.success(request, _("%(name)s was recorded.") % {"name": trainee.name})
            return redirect("employment:cooperation-detail", record.pk)
    return _detail_page(request, record, form, status)
