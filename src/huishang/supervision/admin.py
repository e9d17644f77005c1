from django.contrib import admin

from huishang.supervision.models import (
    CalendarOverride, Card, CardRule, Escalation, ExtensionRequest, FollowUp, Notification, Reminder, SupervisionVisit,
)


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(admin.ModelAdmin):
    list_display = ["day", "is_working_day", "note"]
    list_filter = ["is_working_day"]


@admin.register(CardRule)
class CardRuleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "warning_days", "red_after_days", "red_reopenings"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the services; the admin only shows them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Card)
class CardAdmin(ReadOnlyAdmin):
    list_display = ["matter", "level", "reason", "issued_at", "cleared_at"]
    list_filter = ["level"]


for model in (Reminder, Escalation, ExtensionRequest, SupervisionVisit, FollowUp, Notification):
    admin.site.register(model, ReadOnlyAdmin)
