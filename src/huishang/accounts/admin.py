from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.accounts import services
from huishang.accounts.models import LoginAttempt, Lockout

# django-otp's device admin would show every key and delete devices without an audit entry; a device is
# reset through ``huishang reset_otp`` (services.reset_second_factor) instead.
if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)


@admin.register(LoginAttempt)
class LoginAttemptAdmin(admin.ModelAdmin):
    list_display = ["at", "username", "address", "channel", "succeeded"]
    list_filter = ["succeeded", "channel"]
    search_fields = ["username", "address"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Lockout)
class LockoutAdmin(admin.ModelAdmin):
    list_display = ["key", "scope", "address", "locked_at", "until", "lifted_at", "lifted_by"]
    list_filter = ["scope"]
    search_fields = ["key", "address"]
    actions = ["lift"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Unlock the selected accounts now"))
    def lift(self, request, queryset):
        lifted = sum(services.unlock(username=key, by=request.user, request=request)
                     for key in queryset.filter(scope=Lockout.Scope.ACCOUNT).values_list("key", flat=True).distinct())
        self.message_user(request, ngettext("%(count)d lockout lifted.", "%(count)d lockouts lifted.", lifted)
                          % {"count": lifted}, messages.SUCCESS)
