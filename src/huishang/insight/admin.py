from django.contrib import admin

from huishang.insight.models import RoutingModel, RoutingRule


@admin.register(RoutingRule)
class RoutingRuleAdmin(admin.ModelAdmin):
    list_display = ["category", "keywords", "lead_unit"]


@admin.register(RoutingModel)
class RoutingModelAdmin(admin.ModelAdmin):
    list_display = ["trained_at", "trained_by", "matters"]
    exclude = ["payload"]
    readonly_fields = ["trained_at", "trained_by", "matters", "report"]

    def has_add_permission(self, request):
        return False
