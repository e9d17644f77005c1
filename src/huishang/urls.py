from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from huishang.api.urls import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("", include("huishang.core.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("account/", include("huishang.accounts.urls")),
    # The admin signs in through the one login page, so lockout and two-factor apply there too.
    path("admin/login/", RedirectView.as_view(pattern_name="web:login", query_string=True)),
    path("admin/", admin.site.urls),
    path("supervision/", include("huishang.supervision.urls")),
    path("dispatch/", include("huishang.dispatch.urls")),
    path("notifications/", include("huishang.notifications.urls")),
    path("butlers/", include("huishang.butlers.urls")),
    path("ledgers/", include("huishang.ledgers.urls")),
    path("alliances/", include("huishang.alliances.urls")),
    path("suggestions/", include("huishang.suggestions.urls")),
    path("open311/v2/", include("huishang.suggestions.open311_urls")),
    path("promotion/", include("huishang.promotion.urls")),
    path("recruitment/", include("huishang.recruitment.urls")),
    path("employment/", include("huishang.employment.urls")),
    path("assessment/", include("huishang.assessment.urls")),
    path("unionwork/", include("huishang.unionwork.urls")),
    path("ranking/", include("huishang.ranking.urls")),
    path("surveys/", include("huishang.surveys.urls")),
    path("insight/", include("huishang.insight.urls")),
    path("knowledge/", include("huishang.knowledge.urls")),
    path("audit/", include("huishang.audit.urls")),
    path("", include("huishang.web.urls")),
]
