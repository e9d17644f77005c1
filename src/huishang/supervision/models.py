"""Supervision records: card rules and cards, reminders, escalations, extension and send-back requests,
supervisors' reviews and follow-ups. (The working calendar lives in ``workdays``, notifications in
``notifications``.)"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.cases.models import Assignment, Category, Matter
from huishang.directory.models import Organization, Region


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

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="cards", verbose_name=_("matter"))
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

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("matter"))
    unit = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit"))
    note = models.TextField(_("note"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("at"))
    # The scheduler reminds once per matter and day; supervisors' reminders have no key.
    key = models.CharField(_("key"), max_length=80, null=True, blank=True, unique=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")


class Escalation(models.Model):
    """升级: a supervisor puts a matter before a leader."""

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="escalations", verbose_name=_("matter"))
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=pgettext_lazy("escalation", "leader")
    )
    reason = models.TextField(_("reason"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by"))
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
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("requested by")
    )
    requested_at = models.DateTimeField(_("requested at"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("decision note"), blank=True)

    class Meta:
        abstract = True
        ordering = ["-requested_at", "-id"]


class ExtensionRequest(UnitRequest):
    """延期申请: the lead unit asks for a later deadline; a supervisor approves or refuses it."""

    matter = models.ForeignKey(
        Matter, on_delete=models.CASCADE, related_name="extension_requests", verbose_name=_("matter")
    )
    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="extension_requests", verbose_name=_("assignment")
    )
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

    matter = models.ForeignKey(
        Matter, on_delete=models.CASCADE, related_name="supervision_visits", verbose_name=_("matter")
    )
    method = models.CharField(_("method"), max_length=8, choices=Method.choices)
    findings = models.TextField(_("findings"))
    photos = models.ManyToManyField("cases.Attachment", blank=True, related_name="+", verbose_name=_("photos"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by"))
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

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("matter"))
    # The resolution this follow-up belongs to: a reopened and again resolved matter is followed up again.
    resolved_at = models.DateTimeField(_("resolved at"))
    due = models.DateField(_("follow-up due"))
    satisfaction = models.CharField(_("satisfaction"), max_length=12, choices=Satisfaction.choices, blank=True)
    # Apart from satisfaction (解决率); empty until the follow-up is done.
    solved = models.BooleanField(_("problem solved"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("by"),
    )
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        ordering = ["due", "id"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        constraints = [models.UniqueConstraint(fields=["matter", "resolved_at"], name="one_follow_up_per_resolution")]


class WorkPlan(models.Model):
    """细化工作措施: the lead unit's plan for a matter it cannot solve at once — its measures and dated milestones —
    which the service office approves or returns with a reason; a new submission replaces the one before."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", pgettext_lazy("work plan", "waiting for approval")
        APPROVED = "approved", pgettext_lazy("work plan", "approved")
        RETURNED = "returned", pgettext_lazy("work plan", "returned")
        REPLACED = "replaced", pgettext_lazy("work plan", "replaced")

    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="work_plans")
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="work_plans")
    measures = models.TextField(pgettext_lazy("supervision", "measures"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    submitted_at = models.DateTimeField(_("submitted at"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.TextField(_("decision note"), blank=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]
        verbose_name = _("work plan")
        verbose_name_plural = _("work plans")
        constraints = [
            # The plan in force (waiting, approved or returned): older ones are kept as replaced.
            models.UniqueConstraint(fields=["matter"], condition=~Q(status="replaced"), name="one_current_work_plan")
        ]


class Milestone(models.Model):
    """节点: what the plan says is reached by a date; an approved plan's missed milestone is carded as a missed
    deadline is (supervision.cards)."""

    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("milestone"), max_length=200)
    due = models.DateField(_("due"))
    reached_at = models.DateTimeField(_("reached at"), null=True, blank=True)

    class Meta:
        ordering = ["due", "id"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")


class ProgressReport(models.Model):
    """阶段性进展: the lead unit's interim report on an approved plan, which may mark a milestone reached."""

    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="progress_reports")
    milestone = models.ForeignKey(
        Milestone, null=True, blank=True, on_delete=models.CASCADE, related_name="progress_reports",
        verbose_name=_("milestone"),
    )
    content = models.TextField(_("progress"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")


class ReviewRound(models.Model):
    """回访督查: a round in which the supervision group checks, over a period and a region, the matters chosen by
    rule (resolved in the period, reopened in it, long-running) and adjusted by hand, and records a finding each."""

    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("review round", "under way")
        FINISHED = "finished", pgettext_lazy("review round", "finished")

    title = models.CharField(_("title"), max_length=200)
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="review_rounds", verbose_name=_("group members"))
    # The selection rules the round was built with (selectors.ROUND_RULES), kept for its report.
    rules = models.JSONField(_("selection rules"), default=list)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.OPEN)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        ordering = ["-period_end", "-id"]
        verbose_name = _("review round")
        verbose_name_plural = _("review rounds")

    def __str__(self):
        return self.title


class RoundMatter(models.Model):
    """A matter a review round checks, why it was chosen, and the finding once recorded (checklist, method,
    verdict); the finding moves the matter through its own transitions (supervision.rounds)."""

    class Reason(models.TextChoices):
        RESOLVED = "resolved", _("resolved in the period")
        REOPENED = "reopened", _("reopened in the period")
        LONG_RUNNING = "long_running", _("long-running")
        ADDED = "added", _("added by hand")

    class Verdict(models.TextChoices):
        SOLVED = "solved", _("solved")
        NOT_SOLVED = "not_solved", _("not solved")
        UNDER_WAY = "under_way", _("still being handled")

    round = models.ForeignKey(ReviewRound, on_delete=models.CASCADE, related_name="entries")
    matter = models.ForeignKey(Matter, on_delete=models.CASCADE, related_name="round_entries")
    reason = models.CharField(_("chosen because"), max_length=16, choices=Reason.choices)
    method = models.CharField(_("method"), max_length=8, choices=SupervisionVisit.Method.choices, blank=True)
    verdict = models.CharField(pgettext_lazy("supervision", "finding"), max_length=12, choices=Verdict.choices, blank=True)
    # The checklist's answers by item code (rounds.CHECKLIST): true, false.
    checklist = models.JSONField(_("checklist"), default=dict)
    note = models.TextField(_("note"), blank=True)
    plan_required = models.BooleanField(_("work plan required"), default=False)
    # What the finding did to the matter: the state it left it in (empty: no move).
    moved_to = models.CharField(_("moved to"), max_length=16, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(pgettext_lazy("supervision", "checked at"), null=True, blank=True)

    class Meta:
        ordering = ["round", "matter__number"]
        verbose_name = _("matter of a review round")
        verbose_name_plural = _("matters of review rounds")
        constraints = [models.UniqueConstraint(fields=["round", "matter"], name="one_entry_per_round_and_matter")]
