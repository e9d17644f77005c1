"""What several apps' admin pages share: the site's titles, and the read-only page of service-written records."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

# Django's own titles ("Django 管理") would name the framework, not the back office.
admin.site.site_header = _("Huishang administration")
admin.site.site_title = _("Huishang administration")
admin.site.index_title = _("Records and settings")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the services; the admin only shows them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
