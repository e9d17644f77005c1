"""Surveys (调研, seed 000's CPPCC survey): the enterprises visited, the questions asked and the
answers given; the problems found are matters with source survey, linked here."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.cases.models import Matter
from huishang.directory.models import Organization, Region


class Survey(models.Model):
    title = models.CharField(pgettext_lazy("surveys", "title"), max_length=200)
    held_on = models.DateField(pgettext_lazy("surveys", "held on"), db_index=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    organiser = models.CharField(_("organiser"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    enterprises = models.ManyToManyField(Organization, blank=True, related_name="surveys",
                                         verbose_name=_("enterprises visited"))
    matters = models.ManyToManyField(Matter, blank=True, related_name="surveys", verbose_name=_("problems found"))
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
