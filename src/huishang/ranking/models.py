"""The monthly assessment of responsible units under 督办 (月度考核排名), not the unions' 目标考核 (the
assessment app): the scheme that weighs the units' rates, each month's published, frozen ranking (通报), and
the talks (约谈) with the bottom units and the commitments they made there.

PRODUCT.md "Unit assessment" defines the rates; ranking.selectors counts them from the records.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.models import Organization, Region


class Rate(models.TextChoices):
    """The rates a scheme may count, by their code names in figures.selectors."""

    RESPONSE = "response_rate", _("response rate")
    SOLVED = "solved_rate", _("solved rate")
    SATISFACTION = "satisfaction_rate", _("satisfaction rate")
    FOLLOW_UP_SATISFACTION = "follow_up_satisfaction_rate", _("follow-up satisfaction rate")
    ACKNOWLEDGE_ON_TIME = "acknowledge_on_time_rate", _("on-time signing rate")
    ON_TIME = "on_time_rate", _("on-time resolution rate")
    SEND_BACK = "send_back_rate", _("send-back rate")
    REOPEN = "reopen_rate", _("reopen rate")


# Rates where fewer is better: they score as 100 minus the rate.
LOWER_IS_BETTER = {Rate.SEND_BACK, Rate.REOPEN}
# 北京接诉即办's 三率, the response counting least; the office sets its own weights.
DEFAULT_WEIGHTS = {Rate.RESPONSE.value: 10, Rate.SOLVED.value: 45, Rate.SATISFACTION.value: 45}


class Grouping(models.TextChoices):
    """Which units are ranked together."""

    BY_LEVEL = "by_level", _("by level: city departments, districts' units, towns and streets apart")
    TOGETHER = "together", _("all units together")


class UnitKind(models.TextChoices):
    """The kind of a unit in a ranking, from the level of its region (GB/T 2260)."""

    CITY = "city", _("city-level units")
    DISTRICT = "district", _("district-level units")
    TOWN = "town", _("towns and streets")
    ALL = "all", _("all units")


class Scheme(models.Model):
    """考核方案: which rates count in a unit's monthly score and their weights, for one deployment region
    (none: the whole deployment) and year."""

    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("region"))
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    # {rate code name: weight in points}; only the rates that count are listed.
    weights = models.JSONField(_("weights"), default=dict)
    fairly_weight = models.DecimalField(
        _("weight of fairly satisfied"), max_digits=3, decimal_places=2, default=1,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("How much a follow-up judged fairly satisfied (基本满意) counts in the follow-up satisfaction rate."),
    )
    grouping = models.CharField(_("units ranked together"), max_length=16, choices=Grouping.choices,
                                default=Grouping.BY_LEVEL)
    flagged = models.PositiveSmallIntegerField(_("bottom units flagged"), default=3,
                                               validators=[MaxValueValidator(50)])
    closing_day = models.PositiveSmallIntegerField(
        _("closing day"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_("The day a month's assessment closes (the period starts the day after the previous one's); "
                    "blank: the calendar month."),
    )
    updated_at = models.DateTimeField(_("updated at"))
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+", verbose_name=_("updated by"))

    class Meta:
        ordering = ["-year", "region__code"]
        verbose_name = _("ranking scheme")
        verbose_name_plural = _("ranking schemes")
        constraints = [
            models.UniqueConstraint(fields=["region", "year"], name="ranking_one_scheme_per_region_year"),
            models.UniqueConstraint(fields=["year"], condition=models.Q(region=None),
                                    name="ranking_one_deployment_scheme_per_year"),
        ]

    def __str__(self):
        place = self.region or _("Whole deployment")
        return f"{place} {self.year}"

    def period(self, month: datetime.date) -> tuple[datetime.date, datetime.date]:
        """The first and last day of ``month``'s assessment period."""
        first = month.replace(day=1)
        following = (first + datetime.timedelta(days=32)).replace(day=1)
        if not self.closing_day:
            return first, following - datetime.timedelta(days=1)
        previous = (first - datetime.timedelta(days=1)).replace(day=self.closing_day)
        return previous + datetime.timedelta(days=1), first.replace(day=self.closing_day)


class PublishedMonth(models.Model):
    """通报: a month's ranking as it was when the office published it, frozen; a correction is a new
    version with its reason, the earlier versions kept and shown."""

    month = models.DateField(_("month"))  # its first day
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("region"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    reason = models.TextField(_("reason for the correction"), blank=True)
    number = models.PositiveIntegerField(_("document number"))  # N of 〔year〕N号, counted per year and region
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("published by"))
    published_at = models.DateTimeField(_("published at"), db_index=True)
    # The scheme as it was and the ranking it gave (ranking.selectors.month_ranking), never recounted.
    scheme = models.JSONField(pgettext_lazy("ranking", "scheme"))
    ranking = models.JSONField(_("ranking"))

    class Meta:
        ordering = ["-month", "-version"]
        verbose_name = _("published ranking")
        verbose_name_plural = _("published rankings")
        constraints = [
            models.UniqueConstraint(fields=["month", "region", "version"], name="ranking_one_month_version"),
            models.UniqueConstraint(fields=["month", "version"], condition=models.Q(region=None),
                                    name="ranking_one_deployment_month_version"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} v{self.version}"

    @property
    def document_number(self) -> str:
        return f"〔{self.published_at.year}〕{self.number}号"


class Talk(models.Model):
    """约谈: the office's recorded meeting with a unit flagged at the bottom (末位) of a published month, and
    the commitments the unit made there (one talk per unit and month)."""

    unit = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="ranking_talks",
                             verbose_name=_("unit"))
    month = models.DateField(_("month"))  # its first day: the published month that flagged the unit
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                               verbose_name=_("region"))  # the ranking's region; none: the whole deployment's
    held_on = models.DateField(pgettext_lazy("ranking", "held on"))
    chaired_by = models.CharField(_("chaired by"), max_length=100)
    attendees = models.TextField(_("attendees"))
    problems = models.TextField(_("problems named"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                    verbose_name=_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["-month", "-held_on", "-pk"]
        verbose_name = _("talk")
        verbose_name_plural = _("talks")
        constraints = [models.UniqueConstraint(fields=["unit", "month"], name="ranking_one_talk_per_unit_month")]

    def __str__(self):
        return f"{self.unit} {self.month:%Y-%m}"


class Commitment(models.Model):
    """整改承诺: what a unit undertook at a talk, by a date; supervised until the unit marks it done."""

    talk = models.ForeignKey(Talk, on_delete=models.CASCADE, related_name="commitments", verbose_name=_("talk"))
    content = models.CharField(_("commitment"), max_length=500)
    due = models.DateField(pgettext_lazy("ranking", "deadline"))
    done_at = models.DateTimeField(pgettext_lazy("ranking", "done at"), null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                related_name="+", verbose_name=_("done by"))
    done_note = models.CharField(pgettext_lazy("ranking", "what was done"), max_length=500, blank=True)

    class Meta:
        ordering = ["due", "pk"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        indexes = [models.Index(fields=["done_at", "due"], name="ranking_commitment_open")]

    def __str__(self):
        return self.content

    def overdue_on(self, day: datetime.date) -> bool:
        return self.done_at is None and self.due < day
