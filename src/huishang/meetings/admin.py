from django.contrib import admin

from huishang.meetings.models import Meeting


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    """Read-only: meetings are organised and decided in the web UI, through the services."""

    list_display = ["title", "kind", "held_on", "region", "chair"]
    list_filter = ["kind", "year"]
    search_fields = ["title"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
