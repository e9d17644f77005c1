"""The bell in the page header: how many notifications the signed-in user has not read."""

from django import template

from huishang.notifications.services import unread

register = template.Library()


@register.inclusion_tag("notifications/_bell.html", takes_context=True)
def notification_bell(context):
    user = context["request"].user
    return {"count": unread(user).count() if user.is_authenticated else 0, "show": user.is_authenticated}
