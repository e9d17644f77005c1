from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from huishang.directory import trust
from huishang.directory.models import Organization, Region, User


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    # ``served``: the deployment's own top regions, which bound the public intake and deployment-wide writes.
    list_display = ["code", "name", "parent", "served"]
    list_filter = ["served"]
    search_fields = ["code", "name"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "region", "credit_code"]
    list_filter = ["kind"]
    search_fields = ["name", "credit_code"]


@admin.register(User)
class HuishangUserAdmin(UserAdmin):
    """Accounts, kept by the administrators within the trust order of ``directory.trust``: no one here
    gives a role of its own trust or higher, changes its own role, or sets the staff and superuser flags."""

    list_display = ["username", "name", "role", "organization", "region", "is_active"]
    list_filter = ["role", "is_active"]
    fieldsets = UserAdmin.fieldsets + (
        (_("Huishang"), {"fields": ["name", "role", "organization", "region", "phone", "enterprises_in_care"]}),
    )
    filter_horizontal = ["enterprises_in_care"]

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), *trust.FLAGS_KEPT_BY_THE_OPERATOR]
        if obj is not None and obj.pk == request.user.pk:
            fields += trust.OWN_SCOPE
        return fields

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "role":
            kwargs["choices"] = [(role.value, role.label) for role in trust.grantable_roles(request.user)]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    # Refused also covers the password form: resetting a higher account's password would be taking it over.
    def has_change_permission(self, request, obj=None):
        if obj is not None and not trust.may_edit_account(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and (obj.pk == request.user.pk or not trust.may_edit_account(request.user, obj)):
            return False
        return super().has_delete_permission(request, obj)
