"""Butler records in the administration site, read only: they change through the services alone."""

from django.contrib import admin

from huishang.butlers.models import Care, Training, Visit
from huishang.core.admin import ReadOnlyAdmin


@admin.register(Care)
class CareAdmin(ReadOnlyAdmin):
    list_display = ["enterprise", "butler", "unit", "started_at", "ended_at"]
    search_fields = ["enterprise__name", "butler__name"]


@admin.register(Visit)
class VisitAdmin(ReadOnlyAdmin):
    list_display = ["visited_on", "enterprise", "butler", "people_met"]
    search_fields = ["enterprise__name", "butler__name", "notes"]


@admin.register(Training)
class TrainingAdmin(ReadOnlyAdmin):
    list_display = ["held_on", "butler", "topic", "title", "hours"]
    list_filter = ["topic"]
