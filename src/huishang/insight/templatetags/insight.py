"""``{% matter_insight matter %}`` on the matter page and ``|highlighted`` for search snippets."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from huishang.insight.duplicates import likely_duplicates
from huishang.insight.permissions import may_see_routing
from huishang.insight.routing.suggestions import suggest
from huishang.insight.search import MARK_END, MARK_START

register = template.Library()
# The index holds words separated by spaces; between two Chinese characters the space is not text.
_JOINED = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef\x02\x03]) (?=[\u3000-\u9fff\uff00-\uffef\x02\x03])")


@register.filter
def highlighted(snippet: str) -> str:
    """The snippet as safe HTML: the text escaped, the matched words in <mark>."""
    text = escape(_JOINED.sub("", snippet or ""))
    return mark_safe(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


@register.inclusion_tag("insight/_matter_insight.html", takes_context=True)
def matter_insight(context, matter):
    user = context["request"].user
    if not may_see_routing(user):
        return {"shown": False}
    return {
        "shown": True, "matter": matter, "suggestion": suggest(matter, user=user),
        "duplicates": likely_duplicates(matter, user=user),
    }
