from django.urls import path

from huishang.core import health

app_name = "core"

urlpatterns = [
    path("healthz", health.liveness, name="healthz"),
    path("readyz", health.readiness, name="readyz"),
]
