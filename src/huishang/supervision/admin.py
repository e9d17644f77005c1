from django.contrib import admin

from huishang.core.admin import ReadOnlyAdmin

from huishang.supervision.models import (
    Card, CardRule, Escalation, ExtensionRequest, FollowUp, Reminder, SupervisionVisit,
)


@admin.register(CardRule)
class CardRuleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "warning_days", "red_after_days", "red_reopenings"]


@admin.register(Card)
class CardAdmin(ReadOnlyAdmin):
    list_display = ["matter", "level", "reason", "issued_at", "cleared_at"]
    list_filter = ["level"]


for model in (Reminder, Escalation, ExtensionRequest, SupervisionVisit, FollowUp):
    admin.site.register(model, ReadOnlyAdmin)
