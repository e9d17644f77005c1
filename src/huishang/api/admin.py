from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from huishang.api.models import ApiToken
from huishang.api.tokens import revoke_token


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Administrators see who holds API tokens and can revoke them; a token itself is never shown."""

    list_display = ["user", "created_at", "expires_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["user__username", "user__name"]
    readonly_fields = ["user", "key_hash", "created_at", "expires_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request, queryset):
        for token in queryset:
            revoke_token(token)
