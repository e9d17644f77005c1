"""The alliance records in Django's admin, for administrators; changes of state go through the pages."""

from django.contrib import admin

from huishang.alliances.models import (
    Achievement, Activity, Agreement, Alliance, Booking, CouncilSeat, Expert, AllianceMembership, Resource, RotationTerm, Studio,
)


class AllianceMembershipInline(admin.TabularInline):
    model = AllianceMembership
    extra = 0


@admin.register(Alliance)
class AllianceAdmin(admin.ModelAdmin):
    list_display = ["name", "field", "founded_on"]
    inlines = [AllianceMembershipInline]


@admin.register(Studio)
class StudioAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "leader_name", "host", "region"]
    list_filter = ["level"]
    search_fields = ["name", "leader_name"]


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    list_display = ["resource", "studio", "starts_on", "ends_on", "state"]
    list_filter = ["state"]
    readonly_fields = ["state", "decided_by", "decided_at"]


for model in (Achievement, Activity, Agreement, CouncilSeat, Expert, Resource, RotationTerm):
    admin.site.register(model)
