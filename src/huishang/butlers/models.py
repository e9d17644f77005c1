"""Enterprise butlers (企业管家): whom each enterprise is in the care of, visits, and training."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Matter
from huishang.directory.models import Organization


class Care(models.Model):
    """One period in which an enterprise is in a butler's care; reassignment ends it and starts another."""

    enterprise = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="cares", verbose_name=_("enterprise"),
        limit_choices_to={"kind": Organization.Kind.ENTERPRISE},
    )
    butler = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cares", verbose_name=_("butler")
    )
    # The butler's unit when the care began, so that figures by unit survive a butler's move.
    unit = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit")
    )
    started_at = models.DateTimeField(_("in care since"))
    ended_at = models.DateTimeField(_("in care until"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("assigned by")
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["enterprise", "-started_at", "-id"]
        verbose_name = _("butler assignment")
        verbose_name_plural = _("butler assignments")
        constraints = [
            models.UniqueConstraint(fields=["enterprise"], condition=Q(ended_at=None), name="one_current_butler"),
        ]

    @property
    def is_current(self) -> bool:
        return self.ended_at is None


class ServiceArea(models.TextChoices):
    """The "three services" (三服务) a visit covers."""

    NEEDS = "needs", _("understanding needs")
    PROBLEMS = "problems", _("solving problems")
    GROWTH = "growth", _("helping growth")


class Visit(models.Model):
    """A butler's visit (走访) to an enterprise in their care; problems found become matters linked here."""

    butler = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="visits", verbose_name=_("butler")
    )
    enterprise = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="visits", verbose_name=_("enterprise")
    )
    visited_on = models.DateField(_("visited on"), db_index=True)
    people_met = models.CharField(_("people met"), max_length=200)
    # Comma-separated ServiceArea values, in the order of ServiceArea.
    areas = models.CharField(_("three services"), max_length=40)
    notes = models.TextField(_("notes"), blank=True)
    matters = models.ManyToManyField(Matter, blank=True, related_name="visits", verbose_name=_("problems found"))
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["-visited_on", "-id"]
        verbose_name = _("visit")
        verbose_name_plural = _("visits")

    @property
    def area_list(self) -> list[str]:
        return [area for area in self.areas.split(",") if area]

    @property
    def area_labels(self) -> list[str]:
        return [str(ServiceArea(area).label) for area in self.area_list]


class VisitPhoto(models.Model):
    visit = models.ForeignKey(Visit, on_delete=models.PROTECT, related_name="photos")
    file = models.FileField(upload_to="visits/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["uploaded_at", "id"]


class Training(models.Model):
    """A training a butler attended (安全生产、社保政策、工伤政策、问题办理 …)."""

    class Topic(models.TextChoices):
        SAFETY = "safety", _("work safety")
        SOCIAL_INSURANCE = "social_insurance", _("social insurance policy")
        WORK_INJURY = "work_injury", _("work-injury policy")
        PROBLEM_HANDLING = "problem_handling", _("problem handling")

    butler = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="trainings", verbose_name=_("butler")
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("held on"), db_index=True)
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("recorded by")
    )
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("training")
        verbose_name_plural = _("trainings")


class VisitFrequency(models.Model):
    """The visit plan's frequency as the service office set it: every enterprise in a butler's care is visited at
    least every ``days`` days. The latest setting holds from its moment on; before any, the deployment's
    ``HUISHANG_BUTLER_VISIT_DAYS``."""

    days = models.PositiveSmallIntegerField(_("visit at least every (days)"))
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("set by"))
    set_at = models.DateTimeField(_("set at"), db_index=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-set_at", "-id"]
        verbose_name = _("visit frequency")
        verbose_name_plural = _("visit frequencies")
