"""Surveys (调研, seed 000's CPPCC survey): the enterprises visited, the questions asked and the
answers given; the problems found are matters with source survey, linked here. Who took part (by 界别 and
role), the symposium (座谈会) it held, the opinions members and experts gave, and the proposals (提案) it led to."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.cases.models import Matter
from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting


class Survey(models.Model):
    title = models.CharField(pgettext_lazy("surveys", "title"), max_length=200)
    held_on = models.DateField(pgettext_lazy("surveys", "held on"), db_index=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    organiser = models.CharField(_("organiser"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    enterprises = models.ManyToManyField(Organization, blank=True, related_name="surveys",
                                         verbose_name=_("enterprises visited"))
    matters = models.ManyToManyField(Matter, blank=True, related_name="surveys", verbose_name=_("problems found"))
    # The symposium (调研座谈会) the survey held, a meeting record of the meetings app.
    symposium = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="surveys",
                                  verbose_name=_("symposium"), limit_choices_to={"kind": Meeting.Kind.SYMPOSIUM})
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def __str__(self):
        return self.title


class Question(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text


class Answer(models.Model):
    """What one visited enterprise answered to one question."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    enterprise = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("enterprise"))
    text = models.TextField(_("answer"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["question__order", "enterprise__name"]
        constraints = [models.UniqueConstraint(fields=["question", "enterprise"], name="one_answer_per_enterprise")]


class Participant(models.Model):
    """Someone who took part in the survey, with their 界别 (a CPPCC sector, e.g. 民革) and role."""

    class Role(models.TextChoices):
        MEMBER = "member", _("CPPCC member")
        EXPERT = "expert", _("invited expert")
        STAFF = "staff", _("committee or department staff")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(_("name"), max_length=100)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    sector = models.CharField(_("sector (界别)"), max_length=60, blank=True)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["role", "sector", "id"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [models.UniqueConstraint(fields=["survey", "name", "affiliation"], name="one_participant_once")]

    def __str__(self):
        return self.name


class Opinion(models.Model):
    """An opinion or suggestion (意见建议) a member or an invited expert gave in the survey."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="opinions")
    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="opinions",
                                    verbose_name=_("given by"))
    text = models.TextField(_("opinion"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["recorded_at", "id"]
        verbose_name = _("opinion")
        verbose_name_plural = _("opinions")


class Proposal(models.Model):
    """A proposal (提案) members put to the CPPCC from the survey, drawing on its opinions."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="proposals")
    title = models.CharField(pgettext_lazy("surveys", "title"), max_length=200)
    body = models.TextField(_("proposal text"))
    proposers = models.ManyToManyField(Participant, related_name="proposals", verbose_name=_("proposed by"))
    opinions = models.ManyToManyField(Opinion, blank=True, related_name="proposals", verbose_name=_("drawing on"))
    submitted_on = models.DateField(_("submitted on"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["submitted_on", "id"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self):
        return self.title
