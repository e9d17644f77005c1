from django.contrib import admin

from huishang.core import clock
from huishang.core.admin import ReadOnlyAdmin
from huishang.dispatch.models import RoutingEntry, SupportingOpinion


@admin.register(RoutingEntry)
class RoutingEntryAdmin(admin.ModelAdmin):
    """The administrator's view of the table the office keeps at /dispatch/; a save records who changed it."""

    list_display = ["category", "region", "lead_unit", "working_days", "updated_at"]
    list_filter = ["category"]
    search_fields = ["region__name", "region__code", "lead_unit__name"]
    filter_horizontal = ["supporting_units"]
    exclude = ["updated_by", "updated_at"]

    def save_model(self, request, obj, form, change):
        obj.updated_by, obj.updated_at = request.user, clock.now()
        super().save_model(request, obj, form, change)


admin.site.register(SupportingOpinion, ReadOnlyAdmin)
