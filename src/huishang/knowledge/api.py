"""The knowledge base over the API: search and read articles, draft one, send it for review and decide the review,
and the articles suggested for a matter. Every operation calls the selectors and services the pages call."""

import datetime
from typing import Literal

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import region_by_code, visible_matter
from huishang.api.schemas import RequiredText, StrictSchema, Text
from huishang.cases.models import Category
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.core.parsing import Day
from huishang.knowledge import permissions, selectors, services
from huishang.knowledge.models import Article

router = Router(tags=["knowledge"])
matters_router = Router(tags=["knowledge"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
MAX_RESULTS = 100


class KnowledgeArticleOut(Schema):
    id: int
    title: str
    body: str
    kind: str
    state: str
    public: bool
    version: int
    regions: list[str] = Field(description="codes of the regions where it applies (and the regions below them)")
    categories: list[str] = Field(description="category codes")
    issuing_body: str
    document_number: str
    effective_on: datetime.date | None
    expires_on: datetime.date | None
    published_at: datetime.datetime | None


class KnowledgeSearch(StrictSchema):
    q: Text(200) = Field("", description="words to search for (jieba segmentation); best matches first")
    kind: Literal["", "policy", "wording", "responsibility", "faq"] = ""
    category: Text(32) = Field("", description="category code")
    region: Text(12) = Field("", description="region code: articles that apply there")
    validity: Literal["valid", "expired", "all"] = Field("valid", description="expired articles leave search unless asked for")
    state: Literal["", "draft", "under_review", "published", "withdrawn"] = ""
    limit: int = Field(20, ge=1, le=MAX_RESULTS)
    offset: int = Field(0, ge=0, le=100_000)


class KnowledgeArticleIn(StrictSchema):
    title: RequiredText(200)
    body: RequiredText(20_000)
    kind: Literal["policy", "wording", "responsibility", "faq"]
    regions: list[Text(12)] = Field(min_length=1, max_length=50, description="region codes")
    categories: list[Text(32)] = Field([], max_length=50, description="category codes")
    issuing_body: Text(128) = ""
    document_number: Text(64) = ""
    effective_on: Day | None = None
    expires_on: Day | None = None
    public: bool = False
    industries: list[Text(64)] = Field([], max_length=50)


class KnowledgeReviewIn(StrictSchema):
    decision: Literal["approve", "send_back", "withdraw"]
    note: Text(500) = Field("", description="the reason, required to send back or withdraw")


def _out(article: Article) -> dict:
    return {
        "id": article.pk, "title": article.title, "body": article.body, "kind": article.kind, "state": article.state,
        "public": article.public, "version": article.version,
        "regions": [region.code for region in article.regions.all()],
        "categories": [category.code for category in article.categories.all()],
        "issuing_body": article.issuing_body, "document_number": article.document_number,
        "effective_on": article.effective_on, "expires_on": article.expires_on, "published_at": article.published_at,
    }


def _category(code: str) -> Category | None:
    if not code:
        return None
    category = Category.objects.filter(code=code).first()
    if category is None:
        raise ValidationError(_("Unknown category %(code)s.") % {"code": code}, field="category")
    return category


def _readable(user, pk: int, *, rows=None) -> Article:
    rows = selectors.readable_articles(user) if rows is None else rows
    article = rows.filter(pk=pk).first() if 0 < pk <= 2**63 - 1 else None
    if article is None:
        raise NotFound(_("Article %(key)s was not found.") % {"key": pk}, field="id")
    return article


def _with_links(rows) -> list[Article]:
    articles = list(rows)
    ids = [article.pk for article in articles]
    prefetched = {a.pk: a for a in Article.objects.filter(pk__in=ids).prefetch_related("regions", "categories")}
    return [prefetched[pk] for pk in ids if pk in prefetched]


@router.get("/articles", response={200: list[KnowledgeArticleOut], 422: ErrorOut}, summary="知识检索 / Search articles",
            description="The articles the caller may read (staff: internal wording in their jurisdiction; others: "
                        "published public articles), filtered; with `q`, those sharing words with it, best first.")
def list_articles(request, query: Query[KnowledgeSearch]):
    region = region_by_code(query.region) if query.region else None
    rows = selectors.search(request.auth, q=query.q, kind=query.kind, category=_category(query.category),
                            region=region, validity=query.validity, state=query.state)
    if not isinstance(rows, list):
        rows = rows.order_by("-updated_at", "-id")
    return [_out(article) for article in _with_links(rows[query.offset: query.offset + query.limit])]


@router.get("/articles/{article_id}", response={200: KnowledgeArticleOut, 404: ErrorOut}, summary="知识条目 / Article")
def get_article(request, article_id: int):
    return _out(_readable(request.auth, article_id))


@router.post("/articles", response={201: KnowledgeArticleOut, **REFUSALS}, summary="起草知识 / Draft an article",
             description="A draft in regions of the caller's jurisdiction; published once someone else approves it.")
def create_article(request, body: KnowledgeArticleIn):
    if not permissions.writes(request.auth):
        raise NotAllowed(_("You may not write knowledge articles."))
    regions = []
    for code in body.regions:
        regions.append(region_by_code(code, field="regions"))
    categories = [_category(code) for code in body.categories]
    article = services.create_article(
        by=request.auth, title=body.title, body=body.body, kind=body.kind, regions=regions, categories=categories,
        issuing_body=body.issuing_body, document_number=body.document_number, effective_on=body.effective_on,
        expires_on=body.expires_on, public=body.public, industries="\n".join(body.industries))
    return Status(201, _out(article))


@router.post("/articles/{article_id}/submit", response={200: KnowledgeArticleOut, **REFUSALS},
             summary="提交审核 / Send for review")
def submit_article(request, article_id: int):
    if not permissions.writes(request.auth):
        raise NotAllowed(_("You may not write knowledge articles."))
    article = _readable(request.auth, article_id, rows=selectors.workable_articles(request.auth))
    return _out(services.submit_for_review(article, by=request.auth))


@router.post("/articles/{article_id}/review", response={200: KnowledgeArticleOut, **REFUSALS},
             summary="审核 / Review", description="approve (by someone other than its writers), send_back or withdraw "
                                                  "(both with the reason in `note`).")
def review_article(request, article_id: int, body: KnowledgeReviewIn):
    if not permissions.reviews(request.auth):
        raise NotAllowed(_("You may not review knowledge articles."))
    article = _readable(request.auth, article_id, rows=selectors.workable_articles(request.auth))
    if body.decision == "approve":
        article = services.approve(article, by=request.auth, note=body.note)
    elif body.decision == "send_back":
        article = services.send_back(article, by=request.auth, reason=body.note)
    else:
        article = services.withdraw(article, by=request.auth, reason=body.note)
    return _out(article)


@matters_router.get("/{key}/knowledge", response={200: list[KnowledgeArticleOut], 403: ErrorOut, 404: ErrorOut},
                    summary="相关知识 / Articles for a matter",
                    description="The published articles in force that apply in the matter's region, most relevant to "
                                "its title and description first (at most 3); staff only.")
def matter_knowledge(request, key: str):
    if not permissions.reads_internal(request.auth):
        raise NotAllowed(_("Internal knowledge is for staff."))
    matter = visible_matter(request.auth, key)
    return [_out(article) for article in _with_links(selectors.suggestions_for(matter, user=request.auth))]
