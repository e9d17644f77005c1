"""Investment promotion (招商): target enterprises moving from first contact to a landed project."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.models import Organization, Region


class Stage(models.TextChoices):
    CONTACTED = "contacted", _("contacted")
    NEGOTIATING = "negotiating", _("negotiating")
    SIGNED = "signed", _("signed")
    LANDED = "landed", _("landed")
    # A lead given up before signing (终止/放弃); it still counts as contacted, never as signed.
    DROPPED = "dropped", pgettext_lazy("promotion", "dropped")


class Lead(models.Model):
    """A target enterprise and its project; the day it reached each stage is kept for the figures."""

    enterprise_name = models.CharField(_("target enterprise"), max_length=128)
    project = models.CharField(_("project"), max_length=200)
    industry = models.CharField(_("industry"), max_length=64, blank=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="promotion_leads",
        verbose_name=pgettext_lazy("promotion", "owner"),
    )
    planned_seats = models.PositiveIntegerField(_("planned seats"), default=0)
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices, default=Stage.CONTACTED, db_index=True)
    contacted_on = models.DateField(_("contacted on"), db_index=True)
    negotiating_on = models.DateField(_("negotiation began on"), null=True, blank=True, db_index=True)
    signed_on = models.DateField(pgettext_lazy("promotion", "signed on"), null=True, blank=True, db_index=True)
    landed_on = models.DateField(_("landed on"), null=True, blank=True, db_index=True)
    dropped_on = models.DateField(_("dropped on"), null=True, blank=True, db_index=True)
    drop_reason = models.TextField(_("reason for dropping"), blank=True)
    next_step = models.CharField(_("next step"), max_length=200, blank=True)
    next_step_due = models.DateField(_("next step due"), null=True, blank=True)
    last_activity_on = models.DateField(_("last activity"), db_index=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-last_activity_on", "enterprise_name"]
        verbose_name = _("lead")
        verbose_name_plural = _("leads")

    def __str__(self):
        return f"{self.enterprise_name} · {self.project}"


class LeadTransition(models.Model):
    """One step of a lead through the pipeline; append-only."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="transitions")
    from_stage = models.CharField(max_length=16, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=16, choices=Stage.choices)
    at = models.DateTimeField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]


class OwnerChange(models.Model):
    """A lead handed from one owner to another; append-only, shown in the lead's trail."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="owner_changes")
    from_owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    to_owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]


class FollowUpVisit(models.Model):
    """A visit or call to a target enterprise, with what was agreed next."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="visits")
    visited_on = models.DateField(pgettext_lazy("promotion", "visited on"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    notes = models.TextField(pgettext_lazy("promotion", "notes"))
    next_step = models.CharField(_("next step"), max_length=200, blank=True)
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-visited_on", "-pk"]


class ReportSource(models.TextChoices):
    """Who reported a landed project's figures: the enterprise itself or the office (from its own visit)."""

    ENTERPRISE = "enterprise", _("the enterprise")
    OFFICE = "office", _("the service office")


class LandedEnterprise(models.Model):
    """The enterprise record of a landed project, so that its contacts report the project's figures."""

    lead = models.OneToOneField(Lead, on_delete=models.CASCADE, related_name="landed_enterprise")
    enterprise = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="landed_projects",
                                   verbose_name=_("enterprise"))
    linked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    linked_at = models.DateTimeField()


class SeatPlanChange(models.Model):
    """The planned seats of a signed or landed project changed (扩充席位), with the reason; append-only."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="seat_plan_changes")
    from_seats = models.PositiveIntegerField()
    to_seats = models.PositiveIntegerField()
    at = models.DateTimeField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField()

    class Meta:
        ordering = ["at", "pk"]


class BusinessLine(models.Model):
    """A business line a landed project took on (新增业务线), on the day it started."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="business_lines")
    name = models.CharField(_("business line"), max_length=100)
    started_on = models.DateField(_("started on"), db_index=True)
    source = models.CharField(_("reported by"), max_length=16, choices=ReportSource.choices)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["started_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["lead", "name"], name="one_business_line_name")]


class OperationReport(models.Model):
    """What a landed project reports for one period: seats actually in use at its end, output value in it
    (in fen), and optionally the output value expected for the period's whole year."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="operation_reports")
    period_start = models.DateField(pgettext_lazy("promotion", "period from"))
    period_end = models.DateField(pgettext_lazy("promotion", "period to"), db_index=True)
    seats_actual = models.PositiveIntegerField(_("seats in use"))
    output_value_fen = models.BigIntegerField(_("output value"))
    expected_year_output_fen = models.BigIntegerField(_("output value expected for the year"), null=True, blank=True)
    source = models.CharField(_("reported by"), max_length=16, choices=ReportSource.choices)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField()
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["period_end", "pk"]
