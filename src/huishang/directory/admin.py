from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from huishang.directory.models import Organization, Region, User


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "parent"]
    search_fields = ["code", "name"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "region", "credit_code"]
    list_filter = ["kind"]
    search_fields = ["name", "credit_code"]


@admin.register(User)
class HuishangUserAdmin(UserAdmin):
    list_display = ["username", "name", "role", "organization", "region", "is_active"]
    list_filter = ["role", "is_active"]
    fieldsets = UserAdmin.fieldsets + (
        ("Huishang", {"fields": ["name", "role", "organization", "region", "phone", "enterprises_in_care"]}),
    )
    filter_horizontal = ["enterprises_in_care"]
