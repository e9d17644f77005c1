"""Reference data is edited here; matters are read here and changed only through the services."""

from django.contrib import admin

from huishang.cases.models import Category, Matter, Transition


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "order"]
    search_fields = ["code", "name"]


class TrailInline(admin.TabularInline):
    model = Transition
    fields = ["at", "action", "from_state", "to_state", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Matter)
class MatterAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "enterprise", "state", "lead_unit", "due"]
    list_filter = ["state", "kind", "category"]
    search_fields = ["number", "title"]
    inlines = [TrailInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
