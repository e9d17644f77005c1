"""知识库: policy documents, answer wording (答复口径), responsibility lists and FAQs that units, the office and
butlers reuse. An article is written as a draft, reviewed by someone other than its author, published, and
withdrawn or left to expire; every change keeps a version saying who changed what."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Article(models.Model):
    class Kind(models.TextChoices):
        POLICY = "policy", _("policy document")
        WORDING = "wording", _("answer wording")
        RESPONSIBILITY = "responsibility", _("responsibility list")
        FAQ = "faq", _("FAQ")

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        UNDER_REVIEW = "under_review", _("under review")
        PUBLISHED = "published", _("published")
        WITHDRAWN = "withdrawn", _("withdrawn")

    title = models.CharField(_("title"), max_length=200)
    # Plain text, paragraphs by blank lines; addresses in it are shown as links.
    body = models.TextField(_("body"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    categories = models.ManyToManyField("cases.Category", blank=True, related_name="+", verbose_name=_("categories"))
    # Where it applies: a city-wide article reaches every district below the city.
    regions = models.ManyToManyField("directory.Region", related_name="+", verbose_name=_("applies in"))
    # The industries an enterprise policy is meant for (empty: every industry), one per line.
    industries = models.TextField(_("industries"), blank=True)
    issuing_body = models.CharField(_("issuing body"), max_length=128, blank=True)
    document_number = models.CharField(_("document number"), max_length=64, blank=True)
    effective_on = models.DateField(_("effective from"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    # Shown on the public policy page to anyone, without an account (internal wording never is).
    public = models.BooleanField(_("public"), default=False)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.DRAFT, db_index=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("author"))
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="+", verbose_name=_("reviewer"))
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_note = models.TextField(_("review note"), blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"))
    updated_at = models.DateTimeField(_("updated at"))
    # The expiry date the author was last told to review before (so a job run twice tells once).
    flagged_for = models.DateField(_("flagged for review before"), null=True, blank=True)
    # A resolved matter whose satisfied answer was proposed as this wording.
    source_matter = models.ForeignKey("cases.Matter", null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+", verbose_name=_("proposed from matter"))

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("knowledge article")
        verbose_name_plural = _("knowledge articles")

    def __str__(self):
        return self.title

    def industry_list(self) -> list[str]:
        return [line.strip() for line in self.industries.splitlines() if line.strip()]


class ArticleVersion(models.Model):
    """The article as one change left it, with who made the change and which fields it touched."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("body"))
    changed_fields = models.JSONField(_("changed fields"), default=list)
    note = models.CharField(_("note"), max_length=200, blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("changed by"))
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        ordering = ["article", "-number"]
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="knowledge_version_once")]


class ArticleUse(models.Model):
    """An answer (a unit's response to a matter) that started from, or cited, this article."""

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="uses")
    response = models.ForeignKey("cases.Response", on_delete=models.CASCADE, related_name="knowledge_uses")
    matter = models.ForeignKey("cases.Matter", on_delete=models.CASCADE, related_name="knowledge_uses")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "response"], name="knowledge_use_once")]
