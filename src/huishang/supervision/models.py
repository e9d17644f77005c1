"""Supervision records: card rules and cards, reminders, escalations, extension and send-back requests,
supervisors' reviews and follow-ups. (The working calendar lives in ``workdays``, notifications in
``notifications``.)"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.cases.models import Assignment, Category, Matter
from huishang.directory.models import Organization


class CardRule(models.Model):
    """When a matter of a category earns a card; the rule without a category is the default."""

    category = models.OneToOneField(
        Category, null=True, blank=True, on_delete=models.CASCADE, related_name="card_rule", verbose_name=_("category")
    )
    warning_days = models.PositiveSmallIntegerField(
        _("warning within (working days)"), default=3, help_text=_("Due within this many working days: warning.")
    )
    red_after_days = models.PositiveSmallIntegerField(
        _("red card after (working days overdue)"), default=10,
        help_text=_("Overdue by more than this many working days: red card."),
    )
    red_reopenings = models.PositiveSmallIntegerField(
        _("red card after reopenings"), default=2, help_text=_("Reopened this many times: red card.")
    )

    class Meta:
        verbose_name = _("card rule")
        verbose_name_plural = _("card rules")

    def __str__(self):
        return str(self.category or _("default rule"))


class StepLimit(models.Model):
    """时限: how long a unit has for each step of an assignment of a category and urgency; the row without a
    category holds for every category without its own (supervision.limits has the built-in defaults)."""

    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.CASCADE, related_name="step_limits",
        verbose_name=_("category"), help_text=_("Empty: every category without a row of its own."),
    )
    urgency = models.CharField(_("urgency"), max_length=8, choices=Matter.Urgency.choices)
    acknowledge_hours = models.PositiveSmallIntegerField(
        _("sign for within (working hours)"), help_text=_("Office hours of working days, from the assignment."),
    )
    respond_hours = models.PositiveSmallIntegerField(
        _("first response within (working hours)"),
        help_text=_("A recorded contact with the submitter, or the answer if earlier."),
    )
    resolve_days = models.PositiveSmallIntegerField(
        _("resolve within (working days)"), help_text=_("The deadline an assignment gets when none is given."),
    )

    class Meta:
        ordering = ["category__order", "category__code", "urgency"]
        verbose_name = _("step time limit")
        verbose_name_plural = _("step time limits")
        constraints = [
            models.UniqueConstraint(fields=["category", "urgency"], name="one_step_limit_per_category"),
            models.UniqueConstraint(fields=["urgency"], condition=Q(category=None), name="one_default_step_limit"),
        ]

    def __str__(self):
        return f"{self.category or _('every category')} · {self.get_urgency_display()}"


class Card(models.Model):
    """A warning, yellow or red card a matter holds, with the reason; cleared when no rule holds any more."""

    class Level(models.TextChoices):
        WARNING = "warning", _("warning")
        YELLOW = "yellow", _("yellow card")
        RED = "red", _("red card")

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="cards")
    level = models.CharField(_("level"), max_length=8, choices=Level.choices)
    reason = models.CharField(_("reason"), max_length=200)
    issued_at = models.DateTimeField(_("issued at"))
    cleared_at = models.DateTimeField(_("cleared at"), null=True, blank=True)

    class Meta:
        ordering = ["-issued_at", "-id"]
        verbose_name = _("card")
        verbose_name_plural = _("cards")
        constraints = [
            models.UniqueConstraint(fields=["matter"], condition=Q(cleared_at=None), name="one_active_card_per_matter")
        ]

    def __str__(self):
        return f"{self.matter.number} {self.get_level_display()}"


class Reminder(models.Model):
    """催办: a note to the lead unit about a matter near or past its deadline; by a supervisor or the scheduler."""

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    note = models.TextField(_("note"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))
    # The scheduler reminds once per matter and day; supervisors' reminders have no key.
    key = models.CharField(max_length=80, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")


class Escalation(models.Model):
    """升级: a supervisor puts a matter before a leader."""

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="escalations")
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=pgettext_lazy("escalation", "leader")
    )
    reason = models.TextField(_("reason"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")


class UnitRequest(models.Model):
    """What the lead unit asks of the supervision group and the group's decision: pending until a
    supervisor approves or refuses it with a note."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("extension", "pending")
        APPROVED = "approved", pgettext_lazy("extension", "approved")
        REFUSED = "refused", pgettext_lazy("extension", "refused")

    reason = models.TextField(_("reason"))
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField(_("requested at"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("decision note"), blank=True)

    class Meta:
        abstract = True
        ordering = ["-requested_at", "-id"]


class ExtensionRequest(UnitRequest):
    """延期申请: the lead unit asks for a later deadline; a supervisor approves or refuses it."""

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="extension_requests")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extension_requests")
    requested_due = models.DateField(_("requested deadline"))

    class Meta(UnitRequest.Meta):
        verbose_name = _("extension request")
        verbose_name_plural = _("extension requests")
        constraints = [
            models.UniqueConstraint(fields=["matter"], condition=Q(status="pending"), name="one_pending_extension")
        ]


class SendBackRequest(UnitRequest):
    """退回申请: the lead unit asks to return a matter that is not its to handle; a supervisor approves or
    refuses, and only an approved request sends the matter back for re-dispatch."""

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="send_back_requests")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="send_back_requests")

    class Meta(UnitRequest.Meta):
        verbose_name = _("send-back request")
        verbose_name_plural = _("send-back requests")
        constraints = [
            models.UniqueConstraint(fields=["matter"], condition=Q(status="pending"), name="one_pending_send_back")
        ]


class SupervisionVisit(models.Model):
    """督查: a supervisor's check of a matter on site, by phone or online, with findings and photos."""

    class Method(models.TextChoices):
        ON_SITE = "on_site", _("on site")
        PHONE = "phone", _("by phone")
        ONLINE = "online", _("online")

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="supervision_visits")
    method = models.CharField(_("method"), max_length=8, choices=Method.choices)
    findings = models.TextField(_("findings"))
    photos = models.ManyToManyField("cases.Attachment", blank=True, related_name="+", verbose_name=_("photos"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("supervision visit")
        verbose_name_plural = _("supervision visits")


class FollowUp(models.Model):
    """回访: after resolution the enterprise is asked, within a set number of working days, how satisfied it is."""

    class Satisfaction(models.TextChoices):
        SATISFIED = "satisfied", _("satisfied")
        FAIRLY = "fairly", _("fairly satisfied")
        DISSATISFIED = "dissatisfied", _("dissatisfied")

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="follow_ups")
    # The resolution this follow-up belongs to: a reopened and again resolved matter is followed up again.
    resolved_at = models.DateTimeField()
    due = models.DateField(_("follow-up due"))
    satisfaction = models.CharField(_("satisfaction"), max_length=12, choices=Satisfaction.choices, blank=True)
    # Apart from satisfaction (解决率); empty until the follow-up is done.
    solved = models.BooleanField(_("problem solved"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        ordering = ["due", "id"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        constraints = [models.UniqueConstraint(fields=["matter", "resolved_at"], name="one_follow_up_per_resolution")]
