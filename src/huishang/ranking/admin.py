from django.contrib import admin

from huishang.core.admin import ReadOnlyAdmin
from huishang.ranking.models import PublishedMonth, Scheme


@admin.register(Scheme)
class SchemeAdmin(admin.ModelAdmin):
    list_display = ["__str__", "weights", "grouping", "flagged", "closing_day"]
    list_filter = ["year"]


admin.site.register(PublishedMonth, ReadOnlyAdmin)
