"""Union work (seed 000): the yearly target assessment of grassroots unions (基层工会工作综合目标考核)
and the labour-field risk screening (风险隐患排查) whose risks are matters of kind risk."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.cases.models import Matter
from huishang.directory.models import Organization, Region

SCORE_FIELD = dict(max_digits=5, decimal_places=1, validators=[MinValueValidator(0), MaxValueValidator(100)])


class Assessment(models.Model):
    """One year's assessment run by a union federation: draft → open for self-reports → reviewing → published."""

    class State(models.TextChoices):
        DRAFT = "draft", _("draft")
        OPEN = "open", _("open for self-reports")
        REVIEWING = "reviewing", _("being reviewed")
        PUBLISHED = "published", _("published")

    title = models.CharField(pgettext_lazy("assessment", "title"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    organiser = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="assessments_run",
                                  verbose_name=_("organiser"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.DRAFT)
    created_at = models.DateTimeField(_("created at"))
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["-year", "-id"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")

    def __str__(self):
        return self.title


class AssessmentRole(models.Model):
    """Who organises an assessment and who reviews the self-reports."""

    class Role(models.TextChoices):
        ORGANISER = "organiser", _("organiser")
        REVIEWER = "reviewer", _("reviewer")

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="roles")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assessment_roles")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["assessment", "user", "role"], name="one_assessment_role")]


class Indicator(models.Model):
    """A target with its weight (points out of 100) and the rule reviewers score it by."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=100)
    weight = models.PositiveSmallIntegerField(_("weight"), validators=[MinValueValidator(1), MaxValueValidator(100)])
    rule = models.TextField(_("scoring rule"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [models.UniqueConstraint(fields=["assessment", "name"], name="unique_indicator_name")]

    def __str__(self):
        return self.name


class Participant(models.Model):
    """A grassroots union assessed in an assessment."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="participants")
    union = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="assessed_in",
                              verbose_name=_("grassroots union"))

    class Meta:
        ordering = ["union__name"]
        constraints = [models.UniqueConstraint(fields=["assessment", "union"], name="one_participation")]

    def __str__(self):
        return self.union.name


class SelfReport(models.Model):
    """A union's own score on one indicator, with the evidence for it."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="self_reports")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="self_reports")
    self_score = models.DecimalField(_("self score"), **SCORE_FIELD)
    evidence = models.TextField(_("evidence"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    submitted_at = models.DateTimeField(pgettext_lazy("assessment", "submitted at"))

    class Meta:
        ordering = ["indicator__order", "indicator_id"]
        constraints = [models.UniqueConstraint(fields=["participant", "indicator"], name="one_self_report")]


class Score(models.Model):
    """A reviewer's score of a union on one indicator, 0–100; the indicator counts the reviewers' mean."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="scores")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="scores")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    score = models.DecimalField(_("score"), **SCORE_FIELD)
    note = models.CharField(_("note"), max_length=200, blank=True)
    scored_at = models.DateTimeField(_("scored at"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["participant", "indicator", "reviewer"], name="one_score")]


class Risk(models.Model):
    """What screening adds to a risk matter: its level, the unit responsible, when it was found."""

    class Level(models.TextChoices):
        MAJOR = "major", pgettext_lazy("assessment", "major")
        SERIOUS = "serious", _("serious")
        GENERAL = "general", _("general")
        LOW = "low", _("low")

    matter = models.OneToOneField(Matter, on_delete=models.PROTECT, related_name="risk", verbose_name=_("matter"))
    level = models.CharField(_("risk level"), max_length=16, choices=Level.choices, db_index=True)
    responsible_unit = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="risks",
                                         verbose_name=_("responsible unit"))
    screened_on = models.DateField(_("screened on"))
    screened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    campaign = models.ForeignKey("ScreeningCampaign", on_delete=models.PROTECT, related_name="risks", null=True,
                                 blank=True, verbose_name=_("screening campaign"))

    class Meta:
        ordering = ["-screened_on", "-id"]
        verbose_name = _("risk")
        verbose_name_plural = _("risks")


class ScreeningCampaign(models.Model):
    """A labour-field risk screening campaign (风险隐患排查专项行动): its scope, the enterprises to screen and who
    screens each; coverage is the share screened."""

    title = models.CharField(pgettext_lazy("assessment", "title"), max_length=200)
    scope = models.TextField(_("scope of screening"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    starts_on = models.DateField(_("starts on"), db_index=True)
    ends_on = models.DateField(_("ends on"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("screening campaign")
        verbose_name_plural = _("screening campaigns")

    def __str__(self):
        return self.title

    @property
    def name(self) -> str:
        return self.title


class ScreeningTarget(models.Model):
    """An enterprise a campaign screens, the person who screens it, and when it was screened with what finding."""

    campaign = models.ForeignKey(ScreeningCampaign, on_delete=models.CASCADE, related_name="targets")
    enterprise = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="screenings",
                                   verbose_name=_("enterprise"))
    screener = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="screenings",
                                 verbose_name=_("screener"))
    screened_on = models.DateField(_("screened on"), null=True, blank=True)
    screened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True,
                                    blank=True)
    finding = models.TextField(_("finding"), blank=True)

    class Meta:
        ordering = ["enterprise__name", "pk"]
        constraints = [models.UniqueConstraint(fields=["campaign", "enterprise"], name="one_screening_per_enterprise")]


class RiskGrading(models.Model):
    """One grading of a risk (定级 / 调整等级): the level it moved from and to, who and why; append-only."""

    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="gradings")
    from_level = models.CharField(max_length=16, choices=Risk.Level.choices, blank=True)
    to_level = models.CharField(max_length=16, choices=Risk.Level.choices)
    at = models.DateTimeField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]


class StabilityPlan(models.Model):
    """The 稳控 plan of a major or serious risk: the measures, the person in charge and the day it is reviewed."""

    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="stability_plans")
    measures = models.TextField(_("measures"))
    person_in_charge = models.CharField(_("person in charge"), max_length=64)
    review_on = models.DateField(_("review on"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-recorded_at", "-pk"]
