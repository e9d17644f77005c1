from django.contrib import admin

from huishang.core.admin import ReadOnlyAdmin

from huishang.supervision.models import (
    Card, CardRule, Escalation, ExtensionRequest, FollowUp, Reminder, StepLimit, SupervisionVisit,
)


@admin.register(CardRule)
class CardRuleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "warning_days", "red_after_days", "red_reopenings"]


@admin.register(StepLimit)
class StepLimitAdmin(admin.ModelAdmin):
    list_display = ["__str__", "acknowledge_hours", "respond_hours", "resolve_days"]
    list_filter = ["urgency"]


@admin.register(Card)
class CardAdmin(ReadOnlyAdmin):
    list_display = ["matter", "level", "reason", "issued_at", "cleared_at"]
    list_filter = ["level"]


for model in (Reminder, Escalation, ExtensionRequest, SupervisionVisit, FollowUp):
    admin.site.register(model, ReadOnlyAdmin)
