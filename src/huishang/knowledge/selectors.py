"""Reading the knowledge base: what an account may read, search with filters, the articles suggested for a
matter and the policies shown to a butler for an enterprise."""

import datetime
import threading

from django.db.models import Count, Max, Q, QuerySet, Sum

from huishang.core import clock
from huishang.directory.jurisdiction import ancestors_of, jurisdiction_of
from huishang.directory.models import Organization, Region
from huishang.knowledge import engine, permissions
from huishang.knowledge.models import Article

State = Article.State
ArticleRegion = Article.regions.through
# Bonus of an article filed under the matter's own category.
SAME_CATEGORY_BONUS = 1.25


def valid_on(day: datetime.date) -> Q:
    """In force on ``day``: taken effect (or no date) and not expired (or no expiry)."""
    return (Q(effective_on__isnull=True) | Q(effective_on__lte=day)) & (Q(expires_on__isnull=True) | Q(expires_on__gte=day))


def _placed(condition: Q) -> Q:
    """Articles with at least one region meeting ``condition`` (on the article–region link's ``region``)."""
    return Q(pk__in=ArticleRegion.objects.filter(condition).values("article_id"))


def applying_to(region: Region) -> Q:
    """Articles that apply in ``region``: placed there or in a region above it."""
    return _placed(Q(region=region) | Q(region__in=ancestors_of(region)))


def public_articles() -> QuerySet[Article]:
    """What anyone may read without an account: published, public, in force today."""
    return Article.objects.filter(state=State.PUBLISHED, public=True).filter(valid_on(clock.today()))


def readable_articles(user) -> QuerySet[Article]:
    """Staff read the published articles that reach their jurisdiction; writers and reviewers also the drafts,
    those under review and the withdrawn ones there; everyone reads the public articles."""
    if not permissions.reads_internal(user):
        return public_articles()
    if permissions.writes(user) or permissions.reviews(user):
        return workable_articles(user) | public_articles()
    return Article.objects.filter(_placed(jurisdiction_of(user).reaching("region")), state=State.PUBLISHED) | public_articles()


def workable_articles(user) -> QuerySet[Article]:
    """The articles a writer or reviewer may change or review: those placed within their jurisdiction or above
    it (a public article elsewhere is read, never changed, from outside)."""
    if not (permissions.writes(user) or permissions.reviews(user)):
        return Article.objects.none()
    return Article.objects.filter(_placed(jurisdiction_of(user).reaching("region")))


def search(user, *, q: str = "", kind: str = "", category=None, region: Region | None = None,
           validity: str = "valid", state: str = "") -> list[Article] | QuerySet[Article]:
    """The articles ``user`` may read matching the filters; with ``q``, only those that share words with it,
    best first. ``validity``: "valid" (in force today, the default: expired articles leave search), "expired",
    or "all"."""
    articles = readable_articles(user)
    today = clock.today()
    if validity == "valid":
        articles = articles.filter(valid_on(today))
    elif validity == "expired":
        articles = articles.filter(expires_on__lt=today)
    if kind:
        articles = articles.filter(kind=kind)
    if state:
        articles = articles.filter(state=state)
    if category is not None:
        articles = articles.filter(categories=category)
    if region is not None:
        articles = articles.filter(applying_to(region))
    if not (q or "").strip():
        return articles
    ids = set(articles.values_list("pk", flat=True))
    ranked = current_index().best(q, limit=len(ids), among=ids) if ids else []
    by_id = Article.objects.in_bulk(ranked)
    return [by_id[pk] for pk in ranked if pk in by_id]


def suggestions_for(matter, *, user, limit: int = 3) -> list[Article]:
    """The published, valid articles that apply in the matter's region and that ``user`` may read, most relevant
    to the matter's title and description first (an article of the matter's category counts a little more)."""
    candidates = readable_articles(user).filter(valid_on(clock.today()), applying_to(matter.region),
                                                 state=State.PUBLISHED)
    rows = list(candidates.annotate(same_category=Count("categories", filter=Q(categories=matter.category_id)))
                .values_list("pk", "same_category"))
    if not rows:
        return []
    boost = {pk: SAME_CATEGORY_BONUS for pk, same in rows if same}
    ranked = current_index().best(matter.title, matter.description, limit=limit, among={pk for pk, _ in rows},
                                  boost=boost)
    by_id = Article.objects.in_bulk(ranked)
    return [by_id[pk] for pk in ranked if pk in by_id]


def policies_for(enterprise: Organization, *, user, limit: int = 5) -> list[Article]:
    """The published, valid policy documents that apply in the enterprise's region and to its industry (or to
    every industry), those naming its industry first, newest first."""
    policies = readable_articles(user).filter(valid_on(clock.today()), applying_to(enterprise.region),
                                              state=State.PUBLISHED, kind=Article.Kind.POLICY)
    industry = (enterprise.industry or "").strip()
    chosen = [article for article in policies.order_by("-published_at", "-id")
              if not article.industry_list() or industry in article.industry_list()]
    chosen.sort(key=lambda article: not article.industry_list())
    return chosen[:limit]


# --- the process's index -------------------------------------------------------------------------------------
# Every article is in it, whatever its state or dates: the filters above choose among them on each request, so a
# publication, a withdrawal or an expiry changes what is suggested without touching the index. Only a new, changed
# or deleted text does, and then only that article is cut into terms again (``engine.Index.changed``).
_lock = threading.Lock()
_NAMED_AT_MOST = 500
_index: tuple[tuple, dict, engine.Index] | None = None


def _signature() -> tuple:
    # A text changes only through a new version (services.edit_article), so the sum of the versions moves with
    # every edit even when the clock does not (a replayed history); the count and highest id with every new or
    # deleted article; the newest change sets a database apart from another with the same rows (tests).
    figures = Article.objects.aggregate(n=Count("pk"), versions=Sum("version"), newest=Max("updated_at"),
                                        last=Max("pk"))
    return figures["n"], figures["versions"], figures["newest"], figures["last"]


def current_index() -> engine.Index:
    """The engine's index of every article (filters choose among them), brought up to date when an article's text
    changed: only the articles new or changed since the last look are cut into terms again."""
    global _index
    signature = _signature()
    if _index is None or _index[0] != signature:
        with _lock:
            if _index is None or _index[0] != signature:
                # The text of an article is known by its id, version and creation (an id used again by another
                # database, as in tests, comes with another creation moment).
                texts = {pk: (version, created) for pk, version, created
                         in Article.objects.values_list("pk", "version", "created_at")}
                known, index = (_index[1], _index[2]) if _index is not None else ({}, engine.Index())
                unchanged = [pk for pk, text in texts.items() if known.get(pk) == text]
                wanted = set(texts) - set(unchanged)
                rows = Article.objects.values_list("pk", "version", "created_at", "title", "body")
                # Many at once (the first look): read them all rather than name thousands of ids in one query.
                rows = rows.filter(pk__in=wanted) if len(wanted) <= _NAMED_AT_MOST else rows
                fresh = [(pk, version, created, title, body) for pk, version, created, title, body in rows
                         if pk in wanted]
                # The version read with the text is the one it belongs to (an edit between the two reads is
                # noticed at the next look).
                texts.update({pk: (version, created) for pk, version, created, _title, _body in fresh})
                index = index.changed([(pk, title, body) for pk, _v, _c, title, body in fresh], keeping=unchanged)
                _index = (signature, texts, index)
    return _index[2]


def public_search(*, q: str = "", kind: str = "") -> list[Article] | QuerySet[Article]:
    """The public policy page's list: public articles in force, of ``kind``, those sharing words with ``q``
    best first (else the newest first)."""
    articles = public_articles()
    if kind in Article.Kind.values:
        articles = articles.filter(kind=kind)
    if not q:
        return articles.order_by("-published_at", "-id")
    ids = set(articles.values_list("pk", flat=True))
    ranked = current_index().best(q, limit=len(ids), among=ids) if ids else []
    by_id = Article.objects.in_bulk(ranked)
    return [by_id[pk] for pk in ranked if pk in by_id]
