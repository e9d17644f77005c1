"""Union work records (seed 000). Names, as GLOSSARY.md would list them:

| 年度工作计划 | ``WorkPlan`` | a union federation's plan for a year, with its report on the year before, adopted at a plenary |
| 全委会 | ``Meeting(kind="plenary")`` | the plenary of a union federation's committee that adopts the plan |
| 重点工作 / 任务 | ``Task`` | one task of a plan or of a member unit of the reform: goal, responsible body, deadline |
| 进展 | ``ProgressReport`` | what a responsible body reports done on a task, with its percentage |
| 产改领导小组 | ``ReformGroup`` | the leading group of the industrial-worker reform (产业工人队伍建设改革) of a region |
| 成员单位 | ``MemberUnit`` | an organisation that belongs to the leading group and answers for its task list |
| 渝工五大行动 | ``Campaign`` | a union campaign (action) with its participants and their results |
| 技能竞赛 | ``Competition`` / ``Entry`` | a skills competition; its entries are scored, ranked (ties share a rank) and awarded |
| 合作协议 | ``Cooperation`` | an agreement between regions or organisations (三镇 exchange), with its progress |
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting


class WorkPlan(models.Model):
    """A union federation's plan for ``year`` (and its report on the year before): a draft until a plenary adopts it."""

    class State(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("unionwork", "draft")
        ADOPTED = "adopted", pgettext_lazy("unionwork", "adopted")

    title = models.CharField(pgettext_lazy("unionwork", "title"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    organiser = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="work_plans",
                                  verbose_name=_("organiser"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    report = models.TextField(_("report on the year before"), blank=True)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.DRAFT)
    plenary = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="plans_adopted",
                                verbose_name=_("plenary"))
    adopted_at = models.DateTimeField(_("adopted at"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["-year", "-id"]
        verbose_name = pgettext_lazy("unionwork", "work plan")
        verbose_name_plural = pgettext_lazy("unionwork", "work plans")

    def __str__(self):
        return self.title


class ReformGroup(models.Model):
    """The leading group of a region's industrial-worker reform; its office is a union federation."""

    title = models.CharField(pgettext_lazy("unionwork", "title"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    organiser = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="reform_groups",
                                  verbose_name=_("group office"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    leader = models.CharField(_("group leader"), max_length=64, blank=True)
    deputy_leader = models.CharField(_("deputy leader"), max_length=64, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["-year", "-id"]
        verbose_name = _("reform leading group")
        verbose_name_plural = _("reform leading groups")

    def __str__(self):
        return self.title


class MemberUnit(models.Model):
    """An organisation on the leading group; it answers for its own task list."""

    group = models.ForeignKey(ReformGroup, on_delete=models.CASCADE, related_name="members")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="reform_memberships",
                                     verbose_name=_("member unit"))
    joined_at = models.DateTimeField(_("joined at"))

    class Meta:
        ordering = ["organization__name"]
        constraints = [models.UniqueConstraint(fields=["group", "organization"], name="one_reform_membership")]

    def __str__(self):
        return self.organization.name


class Task(models.Model):
    """A task with a goal, a responsible body and a deadline: of a plan, or of a member unit of the reform.
    It is done once a progress report says 100%."""

    plan = models.ForeignKey(WorkPlan, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks")
    member = models.ForeignKey(MemberUnit, null=True, blank=True, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(pgettext_lazy("unionwork", "task"), max_length=200)
    goal = models.TextField(_("goal"), blank=True)
    responsible = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="union_tasks",
                                    verbose_name=_("responsible body"))
    deadline = models.DateField(_("deadline"), db_index=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["deadline", "id"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        constraints = [models.CheckConstraint(
            condition=Q(plan__isnull=False, member__isnull=True) | Q(plan__isnull=True, member__isnull=False),
            name="task_of_a_plan_or_a_member")]

    def __str__(self):
        return self.title


class ProgressReport(models.Model):
    """What was done on a task by a day, and how far it is (0–100%)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="progress")
    percent = models.PositiveSmallIntegerField(_("percent done"), validators=[MaxValueValidator(100)])
    note = models.TextField(_("progress"))
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField(_("reported at"))

    class Meta:
        ordering = ["reported_at", "id"]


class Campaign(models.Model):
    """A union campaign (one of 渝工五大行动, a labour competition) of a year, with its participants."""

    title = models.CharField(pgettext_lazy("unionwork", "title"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    organiser = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="union_campaigns",
                                  verbose_name=_("organiser"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    aims = models.TextField(_("aims"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["-year", "-id"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return self.title


class CampaignParticipant(models.Model):
    """An organisation taking part in a campaign, and what it achieved."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="participants")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=pgettext_lazy("unionwork", "participant"))
    result = models.TextField(pgettext_lazy("unionwork", "result"), blank=True)
    result_at = models.DateTimeField(_("result recorded at"), null=True, blank=True)

    class Meta:
        ordering = ["organization__name"]
        constraints = [models.UniqueConstraint(fields=["campaign", "organization"], name="one_campaign_participation")]


class Competition(models.Model):
    """A skills competition: entries are scored while it is open; publishing ranks them and gives the prizes."""

    class State(models.TextChoices):
        OPEN = "open", pgettext_lazy("unionwork", "being scored")
        PUBLISHED = "published", pgettext_lazy("unionwork", "results published")

    campaign = models.ForeignKey(Campaign, null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="competitions", verbose_name=_("campaign"))
    title = models.CharField(pgettext_lazy("unionwork", "title"), max_length=200)
    trade = models.CharField(_("trade"), max_length=64)
    organiser = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="competitions",
                                  verbose_name=_("organiser"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    held_on = models.DateField(_("held on"))
    first_prizes = models.PositiveSmallIntegerField(_("first prizes"), default=1)
    second_prizes = models.PositiveSmallIntegerField(_("second prizes"), default=2)
    third_prizes = models.PositiveSmallIntegerField(_("third prizes"), default=3)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.OPEN)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("skills competition")
        verbose_name_plural = _("skills competitions")

    def __str__(self):
        return self.title


class Entry(models.Model):
    """A competitor (a worker, for their employer) in a competition, with the judges' score and the award."""

    class Award(models.TextChoices):
        FIRST = "first", _("first prize")
        SECOND = "second", _("second prize")
        THIRD = "third", _("third prize")

    competition = models.ForeignKey(Competition, on_delete=models.CASCADE, related_name="entries")
    competitor = models.CharField(_("competitor"), max_length=64)
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("employer"))
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True, blank=True,
                                validators=[MinValueValidator(0), MaxValueValidator(100)])
    scored_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")
    scored_at = models.DateTimeField(_("scored at"), null=True, blank=True)
    award = models.CharField(_("award"), max_length=16, choices=Award.choices, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("entry")
        verbose_name_plural = _("entries")
        constraints = [models.UniqueConstraint(fields=["competition", "competitor", "organization"],
                                               name="one_entry_per_competitor")]

    def __str__(self):
        return self.competitor


class Cooperation(models.Model):
    """An agreement between regions or organisations (not only an alliance's studios), kept in ``region``."""

    title = models.CharField(pgettext_lazy("unionwork", "title"), max_length=200)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    signed_on = models.DateField(_("signed on"))
    aims = models.TextField(_("aims"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["-signed_on", "-id"]
        verbose_name = _("cooperation agreement")
        verbose_name_plural = _("cooperation agreements")

    def __str__(self):
        return self.title


class CooperationParty(models.Model):
    """A party to an agreement: a region (a town) or an organisation, possibly outside the jurisdiction."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.CASCADE, related_name="parties")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["id"]
        constraints = [models.CheckConstraint(
            condition=Q(region__isnull=False, organization__isnull=True) | Q(region__isnull=True,
                                                                            organization__isnull=False),
            name="party_is_a_region_or_an_organisation")]

    def __str__(self):
        return str(self.region or self.organization)


class CooperationProgress(models.Model):
    """What has been done under an agreement (合作进度)."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.CASCADE, related_name="progress")
    note = models.TextField(_("progress"))
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reported_at = models.DateTimeField(_("reported at"))

    class Meta:
        ordering = ["reported_at", "id"]
