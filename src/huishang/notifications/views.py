"""The bell's page: the signed-in user's notifications, newest first, and marking them read; the settings
page where they choose what else comes by e-mail and by SMS."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from huishang.notifications import services
from huishang.notifications.models import Channel


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


@login_required
def notification_settings(request):
    """A box per kind and channel, ticked when it comes that way; saving sets every kind shown."""
    if request.method == "POST":
        choices = [
            {"event": row["event"], **{channel: f"{channel}:{row['event']}" in request.POST for channel in Channel.values}}
            for row in services.preferences(request.user)
        ]
        services.set_preferences(request.user, choices)
        messages.success(request, _("Your notification settings were saved."))
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html", {
        "preferences": services.preferences(request.user),
        "has_email": bool(request.user.email), "has_phone": bool(request.user.phone),
    })
