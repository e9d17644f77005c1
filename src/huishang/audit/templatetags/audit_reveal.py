"""``{% revealable_contact person "phone" %}``: a masked value, with a reveal button for readers who may see it;
the reader's own value in full (audit.reveal.as_shown_to)."""

from django import template

from huishang.audit.permissions import may_reveal_contact_of
from huishang.audit.reveal import as_shown_to, is_own

register = template.Library()


@register.inclusion_tag("audit/_revealable.html", takes_context=True)
def revealable_contact(context, person, field: str) -> dict:
    user = context["request"].user
    shown = as_shown_to(user, person, field)
    return {
        "person": person, "field": field, "shown": shown,
        "may_reveal": bool(shown) and not is_own(user, person) and may_reveal_contact_of(user, person),
        "csrf_token": context.get("csrf_token"),
    }
