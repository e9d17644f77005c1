"""派单目录 (the routing table) and 协办意见 (supporting units' opinions on an assignment)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Assignment, Category
from huishang.directory.models import Organization, Region

UNITS = {"kind": Organization.Kind.UNIT}


class RoutingEntry(models.Model):
    """Who a matter of a category in a region goes to: the lead unit, the supporting units and the 办结 time
    limit; a matter takes the entry of its region or of the nearest region above it that has one."""

    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+", verbose_name=_("category"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    lead_unit = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="+", limit_choices_to=UNITS, verbose_name=_("lead unit")
    )
    supporting_units = models.ManyToManyField(
        Organization, blank=True, related_name="+", limit_choices_to=UNITS, verbose_name=_("supporting units")
    )
    working_days = models.PositiveSmallIntegerField(
        _("time limit (working days)"), validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("The deadline of an assignment: this many working days from the day it is made."),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("updated by")
    )
    updated_at = models.DateTimeField(_("updated at"))

    class Meta:
        ordering = ["category__order", "category__code", "region__code"]
        verbose_name = _("routing entry")
        verbose_name_plural = _("routing table")
        constraints = [models.UniqueConstraint(fields=["category", "region"], name="one_routing_entry_per_place")]

    def __str__(self):
        return f"{self.category} · {self.region} → {self.lead_unit}"


class SupportingOpinion(models.Model):
    """A supporting unit's input on an assignment, which the lead unit reads before it answers."""

    assignment = models.ForeignKey(
        Assignment, on_delete=models.PROTECT, related_name="opinions", verbose_name=_("assignment")
    )
    unit = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    content = models.TextField(_("opinion"))
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("filed by")
    )
    filed_at = models.DateTimeField(_("filed at"))

    class Meta:
        ordering = ["filed_at", "id"]
        verbose_name = _("supporting opinion")
        verbose_name_plural = _("supporting opinions")
        constraints = [models.UniqueConstraint(fields=["assignment", "unit"], name="one_opinion_per_supporting_unit")]

    def __str__(self):
        return f"{self.unit} · {self.assignment.matter_id}"
