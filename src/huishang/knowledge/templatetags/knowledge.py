"""The knowledge base where people work: ``{% knowledge_for_matter matter %}`` on the matter page (suggested
articles, a button to start the answer from a wording, and proposing a satisfied answer as wording) and
``{% articles_used response %}`` under each answer."""

from django import template

from huishang.cases.states import State
from huishang.knowledge import permissions, selectors
from huishang.knowledge.models import ArticleUse

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
    """The articles an answer used; the matter's uses are read once for the whole page (two queries)."""
    cache = context.render_context.setdefault("knowledge_uses", {})
    if response.matter_id not in cache:
        user = context["request"].user
        uses = list(ArticleUse.objects.filter(matter_id=response.matter_id).select_related("article").order_by("pk"))
        ids = {use.article_id for use in uses}
        readable = (set(selectors.readable_articles(user).filter(pk__in=ids).values_list("pk", flat=True))
                    if ids and permissions.reads_internal(user) else set())
        by_response = {}
        for use in uses:
            by_response.setdefault(use.response_id, []).append(use)
        cache[response.matter_id] = (by_response, readable)
    by_response, readable = cache[response.matter_id]
    return {"uses": by_response.get(response.pk, []), "readable": readable}


@register.inclusion_tag("knowledge/_enterprise_policies.html", takes_context=True)
def policies_for_visit(context, form):
    """On the butler's visit form: the policies for the chosen enterprise's industry and region (the enterprise
    as the form offers it, so only one the butler may visit)."""
    user = context["request"].user
    field = form.fields.get("enterprise")
    chosen = form["enterprise"].value() if field is not None else None
    enterprise = None
    if chosen and str(chosen).isdigit():
        enterprise = field.queryset.filter(pk=int(chosen)).select_related("region").first()
    if enterprise is None or not permissions.reads_internal(user):
        return {"shown": False}
    return {"shown": True, "enterprise": enterprise, "policies": selectors.policies_for(enterprise, user=user)}
