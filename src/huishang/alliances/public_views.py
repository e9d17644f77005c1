"""The public showcase (no login): alliances, their member studios and the achievements they share."""

from django.shortcuts import get_object_or_404, render

from huishang.alliances import selectors
from huishang.alliances.models import Alliance
from huishang.core import clock


def showcase(request):
    today = clock.today()
    rows = [{"alliance": alliance, "studios": alliance.studios_on_day, "achievements": alliance.shared_achievements}
            for alliance in selectors.alliances(members_on=today)]
    return render(request, "alliances/public_list.html", {"rows": rows})


def showcase_alliance(request, pk):
    alliance = get_object_or_404(Alliance, pk=pk)
    return render(request, "alliances/public_alliance.html", {
        "alliance": alliance,
        "studios": selectors.members_on(alliance, clock.today()).select_related("host", "region"),
        "achievements": selectors.public_achievements(alliance),
    })
