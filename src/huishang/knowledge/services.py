"""Every change to the knowledge base: one function each, checking permission, jurisdiction and state, writing
the article with a guard against another's change, keeping a version and telling whoever acts next."""

import datetime

from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext as _

from huishang.cases.models import Matter, Response
from huishang.cases.states import State as MatterState
from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.knowledge import permissions
from huishang.knowledge.models import Article, ArticleUse, ArticleVersion
from huishang.notifications.services import notify

State = Article.State
# An article about to expire is flagged to its author this many days ahead.
REVIEW_AHEAD_DAYS = 30
# What a change may set, besides categories and regions.
TEXT_FIELDS = {"title": 200, "issuing_body": 128, "document_number": 64}
EDITABLE = ("title", "body", "kind", "issuing_body", "document_number", "effective_on", "expires_on", "public",
            "industries", "categories", "regions")


def _text(value, field: str, label: str, *, required: bool = False, max_length: int | None = None) -> str:
    text = cleaned(value)
    if required and not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if max_length and len(text) > max_length:
        raise ValidationError(_("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length},
                              field=field)
    return text


def _checked(by, values: dict) -> dict:
    """The fields of an article as given, cleaned and checked; regions within the writer's jurisdiction."""
    labels = {"title": _("Title"), "issuing_body": _("Issuing body"), "document_number": _("Document number")}
    checked = dict(values)
    for field, length in TEXT_FIELDS.items():
        if field in checked:
            checked[field] = _text(checked[field], field, labels[field], required=field == "title", max_length=length)
    if "body" in checked:
        checked["body"] = _text(checked["body"], "body", _("Body"), required=True)
    if "industries" in checked:
        checked["industries"] = "\n".join(line.strip() for line in cleaned(checked["industries"]).splitlines() if line.strip())
    if "kind" in checked and checked["kind"] not in Article.Kind.values:
        raise ValidationError(_("Choose a kind of article."), field="kind")
    if "regions" in checked:
        regions = list(checked["regions"])
        if not regions:
            raise ValidationError(_("Name at least one region where the article applies."), field="regions")
        jurisdiction = jurisdiction_of(by)
        for region in regions:
            jurisdiction.check(region, field="regions")
        checked["regions"] = regions
    if "categories" in checked:
        checked["categories"] = list(checked["categories"])
    effective, expires = checked.get("effective_on"), checked.get("expires_on")
    if effective and expires and expires < effective:
        raise ValidationError(_("An article cannot expire before it takes effect."), field="expires_on")
    return checked


def _may_write(by, article: Article | None = None) -> None:
    if not permissions.writes(by):
        raise NotAllowed(_("You may not write knowledge articles."))
    if article is not None:
        jurisdiction = jurisdiction_of(by)
        for region in article.regions.all():
            jurisdiction.check(region, field="regions")


def _keep_version(article: Article, *, by, changed: list[str], note: str = "") -> ArticleVersion:
    return ArticleVersion.objects.create(
        article=article, number=article.version, title=article.title, body=article.body, changed_fields=changed,
        note=note[:200], changed_by=by, changed_at=clock.now(),
    )


@transaction.atomic
def create_article(*, by, title, body, kind, regions, categories=(), issuing_body="", document_number="",
                   effective_on=None, expires_on=None, public=False, industries="", source_matter=None) -> Article:
    """A writer drafts an article for regions within their jurisdiction; version 1 is kept."""
    _may_write(by)
    values = _checked(by, {"title": title, "body": body, "kind": kind, "regions": regions, "categories": categories,
                           "issuing_body": issuing_body, "document_number": document_number,
                           "effective_on": effective_on, "expires_on": expires_on, "public": bool(public),
                           "industries": industries})
    regions, categories = values.pop("regions"), values.pop("categories")
    now = clock.now()
    article = Article.objects.create(author=by, created_at=now, updated_at=now, source_matter=source_matter, **values)
    article.regions.set(regions)
    article.categories.set(categories)
    _keep_version(article, by=by, changed=sorted([*values, "regions", "categories"]), note=_("drafted"))
    return article


def _move(article: Article, *, to: str, allowed_from: set, changes: dict | None = None) -> Article:
    if article.state not in allowed_from:
        raise InvalidTransition(_("This article is %(state)s; that cannot be done now.") % {
            "state": article.get_state_display()})
    changes = {"updated_at": clock.now(), **(changes or {})}
    updated = Article.objects.filter(pk=article.pk, version=article.version, state=article.state).update(
        state=to, **changes)
    if not updated:
        raise ConcurrentChange()
    article.state = to
    for field, value in changes.items():
        setattr(article, field, value)
    return article


@transaction.atomic
def edit_article(article: Article, *, by, note: str = "", **values) -> Article:
    """A writer changes a draft or a published article; the change is a new version naming who changed which
    fields, and a published article goes back to draft, to be reviewed again before it is shown."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError(_("These fields cannot be changed: %(fields)s") % {"fields": ", ".join(sorted(unknown))},
                              field=sorted(unknown)[0])
    _may_write(by, article)
    if article.state not in (State.DRAFT, State.PUBLISHED):
        raise InvalidTransition(_("This article is %(state)s; that cannot be done now.") % {
            "state": article.get_state_display()})
    values = _checked(by, values)
    regions, categories = values.pop("regions", None), values.pop("categories", None)
    changed = [field for field, value in values.items() if getattr(article, field) != value]
    if regions is not None and {r.pk for r in regions} != set(article.regions.values_list("pk", flat=True)):
        changed.append("regions")
    if categories is not None and {c.pk for c in categories} != set(article.categories.values_list("pk", flat=True)):
        changed.append("categories")
    if not changed:
        return article
    if "effective_on" not in values and "expires_on" in values and values["expires_on"] and article.effective_on \
            and values["expires_on"] < article.effective_on:
        raise ValidationError(_("An article cannot expire before it takes effect."), field="expires_on")
    values.update(updated_at=clock.now(), version=F("version") + 1, state=State.DRAFT, reviewer=None,
                  reviewed_at=None, review_note="")
    updated = Article.objects.filter(pk=article.pk, version=article.version).update(**values)
    if not updated:
        raise ConcurrentChange()
    article.refresh_from_db()
    if regions is not None:
        article.regions.set(regions)
    if categories is not None:
        article.categories.set(categories)
    _keep_version(article, by=by, changed=sorted(changed), note=cleaned(note))
    return article


def _writers_of_pending(article: Article) -> set[int]:
    """Whoever wrote the article, or a version since it was last published: none of them approves it."""
    since = article.versions.all()
    if article.published_at:
        since = since.filter(changed_at__gt=article.published_at)
    return {article.author_id, *since.values_list("changed_by_id", flat=True)}


@transaction.atomic
def submit_for_review(article: Article, *, by) -> Article:
    """A writer sends a draft for review; the reviewers of its regions are told."""
    _may_write(by, article)
    article = _move(article, to=State.UNDER_REVIEW, allowed_from={State.DRAFT})
    link = reverse("knowledge:detail", args=[article.pk])
    for reviewer in _reviewers_for(article, excluding=_writers_of_pending(article)):
        notify(reviewer, key=f"knowledge.review:{article.pk}:{article.version}", event="knowledge.review_requested",
               context={"article": article, "by": by}, link=link)
    return article


def _reviewers_for(article: Article, *, excluding: set[int]):
    from huishang.directory.models import Role, User

    regions = list(article.regions.all())
    candidates = User.objects.filter(is_active=True, role__in=[Role.OFFICE, Role.ADMIN]).exclude(pk__in=excluding)
    return [user for user in candidates.select_related("region", "organization__region")
            if all(jurisdiction_of(user).covers(region) for region in regions)]


@transaction.atomic
def approve(article: Article, *, by, note: str = "") -> Article:
    """A reviewer other than the article's writers publishes it."""
    if not permissions.reviews(by):
        raise NotAllowed(_("You may not review knowledge articles."))
    jurisdiction = jurisdiction_of(by)
    for region in article.regions.all():
        jurisdiction.check(region, field="regions")
    if by.pk in _writers_of_pending(article):
        raise NotAllowed(_("An article is approved by someone other than its author."), field="reviewer")
    now = clock.now()
    return _move(article, to=State.PUBLISHED, allowed_from={State.UNDER_REVIEW},
                 changes={"reviewer": by, "reviewed_at": now, "review_note": cleaned(note), "published_at": now})


@transaction.atomic
def send_back(article: Article, *, by, reason: str) -> Article:
    """A reviewer returns an article under review to its author with the reason; the author is told."""
    if not permissions.reviews(by):
        raise NotAllowed(_("You may not review knowledge articles."))
    jurisdiction = jurisdiction_of(by)
    for region in article.regions.all():
        jurisdiction.check(region, field="regions")
    reason = _text(reason, "reason", _("Reason"), required=True)
    article = _move(article, to=State.DRAFT, allowed_from={State.UNDER_REVIEW},
                    changes={"reviewer": by, "reviewed_at": clock.now(), "review_note": reason})
    notify(article.author, key=f"knowledge.sent_back:{article.pk}:{article.version}", event="knowledge.sent_back",
           context={"article": article, "by": by, "reason": reason}, link=reverse("knowledge:detail", args=[article.pk]))
    return article


@transaction.atomic
def withdraw(article: Article, *, by, reason: str) -> Article:
    """A reviewer takes a published article out of use (a repealed policy); the reason is kept as a version note."""
    if not permissions.reviews(by):
        raise NotAllowed(_("You may not withdraw knowledge articles."))
    _may_write(by, article)
    reason = _text(reason, "reason", _("Reason"), required=True)
    article = _move(article, to=State.WITHDRAWN, allowed_from={State.PUBLISHED, State.DRAFT, State.UNDER_REVIEW},
                    changes={"review_note": reason})
    return article


def flag_expiring(*, today: datetime.date | None = None) -> int:
    """Tell each published article's author, once per expiry date, that it expires within REVIEW_AHEAD_DAYS."""
    today = today or clock.today()
    due = Article.objects.filter(state=State.PUBLISHED, expires_on__gte=today,
                                 expires_on__lte=today + datetime.timedelta(days=REVIEW_AHEAD_DAYS))
    flagged = 0
    for article in due.exclude(flagged_for=F("expires_on")).select_related("author"):
        with transaction.atomic():
            Article.objects.filter(pk=article.pk).update(flagged_for=article.expires_on)
            notify(article.author, key=f"knowledge.expiring:{article.pk}:{article.expires_on}",
                   event="knowledge.expiring", context={"article": article},
                   link=reverse("knowledge:detail", args=[article.pk]))
        flagged += 1
    return flagged


def usable_articles(matter: Matter, *, by, article_ids) -> list[Article]:
    """The articles an answer to ``matter`` may name as used: published, in force today, applying in the matter's
    region and readable by ``by``; naming any other refuses the answer, naming the field."""
    from huishang.knowledge.selectors import applying_to, readable_articles, valid_on

    wanted = set()
    for pk in article_ids or ():
        if not str(pk).isdigit() or not 0 < int(pk) <= 2**63 - 1:
            raise ValidationError(_("Name the articles the answer used by their numbers."), field="knowledge_articles")
        wanted.add(int(pk))
    if not wanted:
        return []
    articles = list(readable_articles(by).filter(pk__in=wanted, state=State.PUBLISHED)
                    .filter(valid_on(clock.today()), applying_to(matter.region)).order_by("pk"))
    refused = sorted(wanted - {article.pk for article in articles})
    if refused:
        raise ValidationError(
            _("Article %(keys)s cannot be named by this answer: only a published article in force that applies in "
              "the matter's region can.") % {"keys": "、".join(str(pk) for pk in refused)}, field="knowledge_articles")
    return articles


def record_use(response: Response, *, by, article_ids) -> list[ArticleUse]:
    """The answer ``response`` names the articles it used (see ``usable_articles``); only its writer names them."""
    if response.by_id != by.pk:
        raise NotAllowed(_("Only the answer's writer names the articles it used."))
    articles = usable_articles(response.matter, by=by, article_ids=article_ids)
    uses = [ArticleUse(article=article, response=response, matter_id=response.matter_id, by=by, at=response.at)
            for article in articles]
    for use in uses:
        use.save()
    return uses


@transaction.atomic
def respond_citing(matter: Matter, *, by, article_ids, **answer) -> Response:
    """The lead unit answers the matter (``cases.services.respond`` with ``answer``'s content and override) and
    records the knowledge articles the answer used; an article it may not name refuses the whole answer."""
    from huishang.cases import services as case_services

    response = case_services.respond(matter, by=by, **answer)
    record_use(response, by=by, article_ids=article_ids)
    return response


@transaction.atomic
def propose_from_matter(matter: Matter, *, by) -> Article:
    """A resolved matter whose answer the submitter rated satisfied becomes a draft answer wording (reviewed
    before it is published), in the matter's region and category."""
    _may_write(by)
    if matter.state not in (MatterState.RESOLVED, MatterState.CLOSED):
        raise InvalidTransition(_("Only a resolved matter is proposed as answer wording."))
    review = matter.reviews.order_by("-at", "-id").select_related("response").first()
    if review is None or not review.satisfied:
        raise InvalidTransition(_("Only an answer the submitter was satisfied with is proposed as answer wording."))
    jurisdiction_of(by).check(matter.region, field="regions")
    return create_article(
        by=by, title=matter.title, body=review.response.content, kind=Article.Kind.WORDING, regions=[matter.region],
        categories=[matter.category] if matter.category_id else [], source_matter=matter,
    )
