"""The alliance's record forms: memberships, council, rotation, experts, resources, achievements, agreements and
their progress, activities, bookings and the studio's own details. Each page checks who may use it, then hands the parsed input to one service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from huishang.alliances import forms, permissions, services
from huishang.alliances.selectors import visible_alliances
from huishang.alliances.models import (
    Agreement,
    Alliance,
    AllianceMembership,
    Booking,
    CouncilSeat,
    Expert,
    Resource,
    Studio,
)
from huishang.core.errors import DomainError
from huishang.web.access import require
from huishang.web.errors import show_on_form


def _record(request, form, act, *, heading, alliance, done, success, template="alliances/record_form.html", **extra):
    """Show ``form``; when its input is valid, ``act(data)`` makes the change and the user goes to ``done``.

    A refusal of the service (a DomainError) is shown on the form with its status; nothing is written then,
    because every service runs in one transaction."""
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            status = 422
        else:
            try:
                act(form.cleaned_data)
            except DomainError as error:
                show_on_form(form, error)
                status = error.http_status
            else:
                messages.success(request, success)
                return redirect(done)
    return render(request, template, {"form": form, "heading": heading, "alliance": alliance, **extra}, status=status)


def _managed_alliance(request, pk) -> Alliance:
    alliance = get_object_or_404(visible_alliances(request.user), pk=pk)
    require(permissions.manages(request.user, alliance))
    return alliance


def _dashboard(alliance: Alliance, part: str) -> str:
    """The dashboard, scrolled to the part that was changed."""
    return f"{reverse('alliances:dashboard', args=[alliance.pk])}#{part}"


@login_required
def member_new(request, pk):
    alliance = _managed_alliance(request, pk)
    form = forms.MembershipForm(request.POST or None, alliance=alliance, user=request.user)
    return _record(request, form, lambda data: services.admit_studio(alliance, by=request.user, **data),
                   heading=gettext_lazy("Admit a studio"), alliance=alliance, form_name="membership",
                   done=_dashboard(alliance, "members"), success=_("The studio was admitted."))


@login_required
def membership_leave(request, pk):
    membership = get_object_or_404(AllianceMembership.objects.select_related("alliance", "studio"), pk=pk)
    alliance = membership.alliance
    require(permissions.manages(request.user, alliance))
    form = forms.LeavingForm(request.POST or None)
    return _record(request, form, lambda data: services.record_leaving(membership, by=request.user, **data),
                   heading=gettext_lazy("Record a studio's leaving"), subject=membership.studio.name,
                   alliance=alliance, form_name="leaving", done=_dashboard(alliance, "members"),
                   success=_("The studio's leaving was recorded."))


@login_required
def seat_new(request, pk):
    alliance = _managed_alliance(request, pk)
    form = forms.CouncilSeatForm(request.POST or None)
    return _record(request, form, lambda data: services.appoint_council_seat(alliance, by=request.user, **data),
                   heading=gettext_lazy("Appoint to the council"), alliance=alliance, form_name="seat",
                   done=_dashboard(alliance, "council"), success=_("The council seat was filled."))


@login_required
def seat_end(request, pk):
    seat = get_object_or_404(CouncilSeat.objects.select_related("alliance"), pk=pk)
    alliance = seat.alliance
    require(permissions.manages(request.user, alliance))
    form = forms.SeatEndForm(request.POST or None)
    return _record(request, form, lambda data: services.end_council_seat(seat, by=request.user, **data),
                   heading=gettext_lazy("End a council seat"), subject=f"{seat.get_role_display()} {seat.person_name}",
                   alliance=alliance, form_name="seat-end", done=_dashboard(alliance, "council"),
                   success=_("The council seat was ended."))


@login_required
def term_new(request, pk):
    alliance = _managed_alliance(request, pk)
    form = forms.RotationTermForm(request.POST or None, alliance=alliance)
    return _record(request, form, lambda data: services.start_rotation_term(alliance, by=request.user, **data),
                   heading=gettext_lazy("Add a rotation term"), alliance=alliance, form_name="rotation",
                   done=_dashboard(alliance, "rotation"), success=_("The rotation term was added."))


@login_required
def expert_new(request, pk):
    alliance = _managed_alliance(request, pk)
    form = forms.ExpertForm(request.POST or None, alliance=alliance, user=request.user)
    return _record(request, form, lambda data: services.add_expert(alliance, by=request.user, **data),
                   heading=gettext_lazy("Add an expert"), alliance=alliance, form_name="expert",
                   done=_dashboard(alliance, "experts"), success=_("The expert was added."))


def _managed_expert(request, pk) -> Expert:
    expert = get_object_or_404(Expert.objects.select_related("alliance"), pk=pk)
    require(permissions.manages(request.user, expert.alliance))
    return expert


@login_required
def expert_edit(request, pk):
    expert = _managed_expert(request, pk)
    initial = {name: getattr(expert, name) for name in forms.ExpertEditForm.base_fields}
    form = forms.ExpertEditForm(request.POST or None, initial=initial, alliance=expert.alliance, user=request.user)
    return _record(request, form, lambda data: services.update_expert(expert, by=request.user, **data),
                   heading=gettext_lazy("Edit the expert"), subject=expert.name, alliance=expert.alliance,
                   form_name="expert", done=_dashboard(expert.alliance, "experts"), success=_("The expert was saved."))


@login_required
def expert_service_new(request, pk):
    expert = _managed_expert(request, pk)
    form = forms.ExpertServiceForm(request.POST or None)
    return _record(request, form, lambda data: services.record_expert_service(expert, by=request.user, **data),
                   heading=gettext_lazy("Record an expert's service"), subject=expert.name, alliance=expert.alliance,
                   form_name="expert-service", done=_dashboard(expert.alliance, "experts"),
                   success=_("The service was recorded."))


@login_required
def resource_new(request, pk):
    alliance = _managed_alliance(request, pk)
    form = forms.NewResourceForm(request.POST or None, alliance=alliance, user=request.user)
    return _record(request, form, lambda data: services.list_resource(alliance, by=request.user, **data),
                   heading=gettext_lazy("List a shared resource"), alliance=alliance, form_name="resource",
                   done=_dashboard(alliance, "resources"), success=_("The resource was listed."))


@login_required
def resource_edit(request, pk):
    resource = get_object_or_404(Resource.objects.select_related("alliance", "owner", "keeper"), pk=pk)
    require(permissions.manages(request.user, resource.alliance))
    initial = {name: getattr(resource, name) for name in forms.ResourceForm.base_fields}
    form = forms.ResourceForm(request.POST or None, initial=initial, alliance=resource.alliance, user=request.user)
    return _record(request, form, lambda data: services.update_resource(resource, by=request.user, **data),
                   heading=gettext_lazy("Edit the resource"), subject=resource.name, alliance=resource.alliance,
                   form_name="resource", done=reverse("alliances:resource", args=[resource.pk]),
                   success=_("The resource was saved."))


@login_required
def achievement_new(request, pk):
    require(permissions.takes_part(request.user))
    alliance = get_object_or_404(visible_alliances(request.user), pk=pk)
    form = forms.AchievementForm(request.POST or None, alliance=alliance)
    return _record(request, form, lambda data: services.record_achievement(alliance, by=request.user, **data),
                   heading=gettext_lazy("Record an achievement"), alliance=alliance, form_name="achievement",
                   done=_dashboard(alliance, "achievements"), success=_("The achievement was recorded."))


@login_required
def agreement_progress(request, pk):
    # Of an alliance the user reads; whether they may report on it is the parties' and managers' rule below.
    agreements = Agreement.objects.filter(alliance__in=visible_alliances(request.user).values("pk"))
    agreement = get_object_or_404(agreements.select_related("alliance"), pk=pk)
    require(permissions.records_for(request.user, agreement.alliance, agreement.parties.all()))
    form = forms.ProgressForm(request.POST or None, initial={"progress": agreement.progress})
    return _record(request, form, lambda data: services.report_progress(agreement, by=request.user, **data),
                   heading=gettext_lazy("Report progress"), subject=agreement.subject, agreement=agreement,
                   alliance=agreement.alliance, form_name="progress", template="alliances/agreement_progress.html",
                   done=_dashboard(agreement.alliance, "agreements"), success=_("The progress was recorded."))


@login_required
@require_POST
def booking_cancel(request, pk):
    booking = get_object_or_404(Booking.objects.select_related("resource"), pk=pk)
    require(booking.requested_by_id == request.user.pk or permissions.keeps(request.user, booking.resource))
    try:
        services.cancel_booking(booking, by=request.user)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("The booking was cancelled."))
    return redirect("alliances:resource", booking.resource_id)


@login_required
def agreement_new(request, pk):
    require(permissions.takes_part(request.user))
    alliance = get_object_or_404(visible_alliances(request.user), pk=pk)
    form = forms.AgreementForm(request.POST or None, request.FILES or None, alliance=alliance)
    return _record(request, form, lambda data: services.record_agreement(alliance, by=request.user, **data),
                   heading=gettext_lazy("Record an agreement"), alliance=alliance, form_name="agreement",
                   done=_dashboard(alliance, "agreements"), success=_("The agreement was recorded."))


@login_required
def activity_new(request, pk):
    alliance = _managed_alliance(request, pk)
    form = forms.ActivityForm(request.POST or None, request.FILES or None)
    return _record(request, form, lambda data: services.record_activity(alliance, by=request.user, **data),
                   heading=gettext_lazy("Record an activity"), alliance=alliance, form_name="activity",
                   done=reverse("alliances:dashboard", args=[alliance.pk]), success=_("The activity was recorded."))


@login_required
def studio_edit(request, pk):
    studio = get_object_or_404(Studio, pk=pk)
    require(permissions.leads(request.user, studio))
    # The form edits a copy, so that a refused change leaves ``studio`` as stored for the page around the form.
    form = forms.StudioForm(request.POST or None, instance=Studio.objects.get(pk=pk))
    return _record(request, form, lambda data: services.update_studio(studio, by=request.user, **data),
                   heading=gettext_lazy("Edit the studio"), subject=studio.name, alliance=None, studio=studio,
                   template="alliances/studio_edit.html", form_name="studio", done=reverse("alliances:studio", args=[studio.pk]),
                   success=_("The studio was saved."))
