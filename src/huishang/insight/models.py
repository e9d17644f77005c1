"""What insight keeps: each matter's segmented text (the search index's content), the routing rules
admins edit, and the routing models trained from the deployment's history."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Category, Matter
from huishang.directory.models import Organization


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
    payload = models.BinaryField()

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
