from django.contrib import admin

from huishang.core.admin import ReadOnlyAdmin
from huishang.notifications.models import Notification

admin.site.register(Notification, ReadOnlyAdmin)
