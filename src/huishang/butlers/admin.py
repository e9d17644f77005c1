"""Butler records in the administration site, read only: they change through the services alone."""

from django.contrib import admin

from huishang.butlers.models import Care, Training, Visit


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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
