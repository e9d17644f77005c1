"""The bell's page: the signed-in user's notifications, newest first, and marking them read."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from huishang.notifications import services


@login_required
def notification_list(request):
    rows = services.of(request.user)[:100]
    return render(request, "notifications/list.html", {"notifications": rows})


@login_required
@require_POST
def notifications_read(request):
    pk = request.POST.get("pk")
    services.mark_read(request.user, pk=int(pk) if pk and pk.isdigit() else None)
    return redirect("notifications:list")
