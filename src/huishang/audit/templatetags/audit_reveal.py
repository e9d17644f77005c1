"""``{% revealable_contact person "phone" %}``: a masked value, with a reveal button for readers who may see it."""

from django import template

from huishang.audit.permissions import may_reveal_contact_of
from huishang.audit.reveal import masked

register = template.Library()


@register.inclusion_tag("audit/_revealable.html", takes_context=True)
def revealable_contact(context, person, field: str) -> dict:
    value = getattr(person, field, "") or ""
    user = context["request"].user
    return {
        "person": person, "field": field, "masked": masked("user", field, value) if value else "",
        "may_reveal": bool(value) and may_reveal_contact_of(user, person),
        "csrf_token": context.get("csrf_token"),
    }
