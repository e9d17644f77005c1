"""The knowledge base where people work: ``{% knowledge_for_matter matter %}`` on the matter page (suggested
articles, a button to start the answer from a wording, and proposing a satisfied answer as wording) and
``{% articles_used response %}`` under each answer."""

from django import template

from huishang.cases.states import State
from huishang.knowledge import permissions, selectors

register = template.Library()
RESPOND_FORM_ACTION = "respond"


@register.inclusion_tag("knowledge/_matter_knowledge.html", takes_context=True)
def knowledge_for_matter(context, matter):
    user = context["request"].user
    if not permissions.reads_internal(user):
        return {"shown": False}
    answering = any(str(entry["action"].value) == RESPOND_FORM_ACTION for entry in context.get("actions", []))
    reviews = context.get("reviews")
    last_review = list(reviews)[-1] if reviews else None
    return {
        "shown": True, "matter": matter, "answering": answering,
        "suggestions": selectors.suggestions_for(matter, user=user),
        "may_propose": (permissions.writes(user) and matter.state in (State.RESOLVED, State.CLOSED)
                        and last_review is not None and last_review.satisfied),
    }


@register.inclusion_tag("knowledge/_articles_used.html", takes_context=True)
def articles_used(context, response):
    user = context["request"].user
    readable = set(selectors.readable_articles(user).values_list("pk", flat=True)) if permissions.reads_internal(user) else set()
    uses = [use for use in response.knowledge_uses.select_related("article")]
    return {"uses": uses, "readable": readable}
