"""What insight keeps: each matter's segmented text (the search index's content), the routing rules
admins edit, and the routing models trained from the deployment's history."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Category, Matter
from huishang.directory.models import Organization, Region


class MatterDocument(models.Model):
    """A matter's words as jieba cut them; the full-text index (FTS5 or a GIN tsvector) is built on it.

    ``body`` holds the words of title and description in order (snippets are cut from it); ``parts``
    the shorter words inside long ones (停车 inside 停车费), so that a query for either finds the matter.
    """

    matter = models.OneToOneField(Matter, primary_key=True, on_delete=models.CASCADE, related_name="document")
    body = models.TextField()
    parts = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")


class RoutingRule(models.Model):
    """Keywords that point a new matter to a category (and optionally a lead unit) before any history exists."""

    category = models.OneToOneField(
        Category, on_delete=models.CASCADE, related_name="routing_rule", verbose_name=_("category")
    )
    keywords = models.TextField(
        _("keywords"), help_text=_("Words separated by spaces, commas or new lines; each word found counts once.")
    )
    lead_unit = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        limit_choices_to={"kind": Organization.Kind.UNIT}, verbose_name=_("usual lead unit"),
    )

    class Meta:
        ordering = ["category__order", "category__code"]
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")

    def __str__(self):
        return str(self.category)


class RoutingModel(models.Model):
    """A classifier trained from the staff's final choices (category at acceptance, lead unit at assignment)."""

    trained_at = models.DateTimeField(_("trained at"))
    trained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("trained by"),
    )
    matters = models.PositiveIntegerField(_("matters learnt from"))
    report = models.JSONField(_("report"), default=dict)
    # The fitted pipelines, pickled and compressed; read only by huishang.insight.routing.store.
    payload = models.BinaryField(_("trained model"))

    class Meta:
        ordering = ["-trained_at", "-id"]
        get_latest_by = ["trained_at", "id"]
        verbose_name = _("routing model")
        verbose_name_plural = _("routing models")


class NamesVersion(models.Model):
    """One row, counted up whenever a unit, enterprise or region is saved or deleted: every process compares it
    (with the highest ids, which rows added in bulk without signals raise) before each write to the search index,
    and teaches the segmenter the names again when it moved. Reading one row by key is what keeps that check cheap
    at fifty thousand enterprises, where counting them took a third of a submission on PostgreSQL."""

    number = models.PositiveBigIntegerField(default=0)


class HotIssueRun(models.Model):
    """One grouping of the newest matters into hot issues (热点问题), written whole by the worker's job.

    Readers take the newest run and count each issue's matters within the period they ask for, so a page
    never groups matters itself; the run before the newest is kept for readers that already chose it."""

    computed_at = models.DateTimeField(_("computed at"))
    # The submission moments of the oldest and newest matter grouped; None when there was no matter.
    window_from = models.DateTimeField(_("oldest matter"), null=True)
    window_to = models.DateTimeField(_("newest matter"), null=True)
    matters = models.PositiveIntegerField(_("matters grouped"), default=0)
    seconds = models.FloatField(_("seconds taken"), default=0)

    class Meta:
        ordering = ["-computed_at", "-id"]
        get_latest_by = ["computed_at", "id"]
        verbose_name = _("hot issue run")
        verbose_name_plural = _("hot issue runs")


class HotIssue(models.Model):
    """Matters of one place worded alike, as one run grouped them; named by its weightiest words. The
    figures are over the run's whole window: what a reader who names no period is shown, read as they are."""

    # DO_NOTHING: the job removes an old run's rows itself, members, issues, run, one statement each (a
    # cascade would load every issue of the run into memory first).
    run = models.ForeignKey(HotIssueRun, on_delete=models.DO_NOTHING, related_name="issues", db_index=False)
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+", verbose_name=_("place"))
    label = models.CharField(_("label"), max_length=200)
    count = models.PositiveIntegerField()
    growth = models.IntegerField()
    support = models.PositiveIntegerField()
    heat = models.FloatField()
    first = models.DateTimeField()
    last = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["run", "-heat"], name="hot_issue_run_heat")]
        verbose_name = _("hot issue")
        verbose_name_plural = _("hot issues")


class HotIssueMatter(models.Model):
    """A matter of a hot issue, with what a period's count needs (when, where, repeats merged into it)
    copied here, so that counting an issue's matters in a period reads one index of this table alone."""

    issue = models.ForeignKey(HotIssue, on_delete=models.DO_NOTHING, related_name="members", db_index=False)
    run = models.ForeignKey(HotIssueRun, on_delete=models.DO_NOTHING, related_name="+", db_index=False)
    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="+")
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="+", db_index=False)
    submitted_at = models.DateTimeField()
    support = models.PositiveIntegerField(default=0)

    class Meta:
        # Covers the period's count (grouped by issue in index order, no sort) and each issue's newest matters.
        indexes = [models.Index(fields=["run", "issue", "submitted_at", "region", "support"], name="hot_member_count")]
