"""The knowledge base's figures, counted from the records for a period and a region (``huishang stats knowledge``).

- articles_by_kind, articles_by_state: every article that applies in the region (today's state).
- uses: answers of the period that used an article, per article (title and count, most used first, at most 20).
- answers_with_article / answers_without_article: answers (responses) given in the period in the region, each
  with how many were reviewed and how many of those satisfied (satisfaction = satisfied ÷ reviewed): does the
  knowledge base help?
- near_expiry: published articles that expire within REVIEW_AHEAD_DAYS of the period's last day (today by default).
"""

import datetime

from django.db.models import Count, Exists, OuterRef

from huishang.cases.models import Response, Review
from huishang.core import clock
from huishang.directory.jurisdiction import Jurisdiction
from huishang.figures.selectors import Scope
from huishang.knowledge.models import Article, ArticleUse
from huishang.knowledge.selectors import applying_to
from huishang.knowledge.services import REVIEW_AHEAD_DAYS

TOP_USES = 20


def _articles(scope: Scope):
    return Article.objects.filter(applying_to(scope.region)) if scope.region else Article.objects.all()


def _answers(scope: Scope, **filters) -> dict:
    responses = Response.objects.filter(scope.moment_range("at"), **filters)
    if scope.region:
        responses = responses.filter(Jurisdiction(region=scope.region).within("matter__region"))
    reviews = Review.objects.filter(response__in=responses.values("pk"))
    reviewed = reviews.values("response").distinct().count()
    satisfied = reviews.filter(satisfied=True).values("response").distinct().count()
    return {"answers": responses.count(), "reviewed": reviewed, "satisfied": satisfied,
            "satisfaction": round(satisfied / reviewed, 3) if reviewed else None}


def knowledge_figures(scope: Scope) -> dict:
    articles = _articles(scope)
    by_kind = dict(articles.values_list("kind").annotate(n=Count("pk")))
    by_state = dict(articles.values_list("state").annotate(n=Count("pk")))
    uses = ArticleUse.objects.filter(scope.moment_range("at"))
    if scope.region:
        uses = uses.filter(Jurisdiction(region=scope.region).within("matter__region"))
    per_article = (uses.values("article_id", "article__title").annotate(n=Count("response", distinct=True))
                   .order_by("-n", "article_id")[:TOP_USES])
    used = Exists(ArticleUse.objects.filter(response=OuterRef("pk")))
    last_day = scope.date_to or clock.today()
    near = articles.filter(state=Article.State.PUBLISHED, expires_on__gte=last_day,
                           expires_on__lte=last_day + datetime.timedelta(days=REVIEW_AHEAD_DAYS))
    return {
        "articles": articles.count(),
        "articles_by_kind": {kind: by_kind.get(kind, 0) for kind in Article.Kind.values},
        "articles_by_state": {state: by_state.get(state, 0) for state in Article.State.values},
        "uses": [{"article": row["article_id"], "title": row["article__title"], "answers": row["n"]} for row in per_article],
        "answers_with_article": _answers_annotated(scope, used, True),
        "answers_without_article": _answers_annotated(scope, used, False),
        "near_expiry": near.count(),
    }


def _answers_annotated(scope: Scope, used, with_article: bool) -> dict:
    responses = Response.objects.annotate(used=used).filter(used=with_article)
    return _answers(scope, pk__in=responses.values("pk"))
