from django.contrib import admin

from huishang.suggestions.models import CollectionPoint, Open311Client, SensitiveWord


@admin.register(CollectionPoint)
class CollectionPointAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "region", "keeper", "active"]
    list_filter = ["kind", "active"]


@admin.register(SensitiveWord)
class SensitiveWordAdmin(admin.ModelAdmin):
    list_display = ["word"]


@admin.register(Open311Client)
class Open311ClientAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "active"]
    readonly_fields = ["key_hash"]
