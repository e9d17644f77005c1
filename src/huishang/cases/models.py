"""Matters, their assignments, responses, reviews, attachments and the append-only trail."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.cases.states import Action, State
from huishang.directory.models import Organization, Region


class Category(models.Model):
    class Audience(models.TextChoices):
        # Whose matters a category sorts: enterprises' problems (融资信贷, 用地规划) or residents' suggestions
        # (滨江管理, 为老服务); the public suggestion form offers each sender its own (suggestions.senders).
        ENTERPRISES = "enterprises", pgettext_lazy("category audience", "enterprises")
        RESIDENTS = "residents", pgettext_lazy("category audience", "residents")

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=64)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    audience = models.CharField(_("raised by"), max_length=16, choices=Audience.choices, default=Audience.ENTERPRISES)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


class Matter(models.Model):
    class Kind(models.TextChoices):
        PROBLEM = "problem", _("enterprise problem")
        SUGGESTION = "suggestion", _("suggestion")
        RISK = "risk", _("risk")
        DECISION = "decision", _("meeting decision")

    class Source(models.TextChoices):
        ENTERPRISE = "enterprise", _("enterprise")
        BUTLER = "butler", _("butler visit")
        SURVEY = "survey", _("survey")
        MEETING = "meeting", _("meeting")
        HOTLINE = "hotline", _("hotline")
        OFFICE = "office", _("service office")

    class Urgency(models.TextChoices):
        URGENT = "urgent", _("urgent")
        NORMAL = "normal", _("normal")

    number = models.CharField(_("number"), max_length=20, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PROBLEM)
    source = models.CharField(_("source"), max_length=16, choices=Source.choices, default=Source.ENTERPRISE)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    # No index of their own for category, region, state and lead unit: each is the first column of a
    # composite index below, which serves the same lookups; one index fewer is one write fewer per save.
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="matters", verbose_name=_("category"), db_index=False,
    )
    enterprise = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="matters",
        limit_choices_to={"kind": Organization.Kind.ENTERPRISE}, verbose_name=_("enterprise"),
    )
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="matters", verbose_name=_("region"), db_index=False,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="submitted_matters",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), db_index=True)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.SUBMITTED)
    # Chooses the time limits of each step (supervision.limits); set at submission by the office or at 交办.
    urgency = models.CharField(_("urgency"), max_length=8, choices=Urgency.choices, default=Urgency.NORMAL)
    # Incremented by every transition; a transition that finds another value refuses to write.
    version = models.PositiveIntegerField(_("version"), default=1)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="duplicates",
        verbose_name=_("duplicate of"),
    )
    # The current assignment's lead unit and deadline, kept by the assign and send_back services
    # so that lists can filter and sort by them without a join.
    lead_unit = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="led_matters",
        verbose_name=_("lead unit"), db_index=False,
    )
    due = models.DateField(_("deadline"), null=True, blank=True, db_index=True)
    # Moments the figures are counted by; each is set once by the service that makes it true.
    first_assigned_at = models.DateTimeField(_("first assigned at"), null=True, blank=True, db_index=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]
        verbose_name = _("matter")
        verbose_name_plural = _("matters")
        # Each list filter has an index that also yields the default order (newest first), so a first
        # page reads 20 index entries instead of sorting every match; (state, due) serves the deadline
        # order and the overdue count.
        indexes = [
            models.Index(fields=["region", "state"]),
            models.Index(fields=["lead_unit", "state", "submitted_at"], name="matter_unit_state_newest"),
            models.Index(fields=["state", "submitted_at"], name="matter_state_newest"),
            models.Index(fields=["category", "submitted_at"], name="matter_category_newest"),
            models.Index(fields=["region", "submitted_at"], name="matter_region_newest"),
            models.Index(fields=["state", "due"], name="matter_state_due"),
        ]

    def __str__(self):
        return f"{self.number} {self.title}"


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError(f"{self.model.__name__} is append-only")

    def delete(self):
        raise TypeError(f"{self.model.__name__} is append-only")


class Transition(models.Model):
    """One entry of a matter's trail: who did what, when, from which state to which."""

    matter = models.ForeignKey(Matter, on_delete=models.PROTECT, related_name="trail", verbose_name=_("matter"))
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    from_state = models.CharField(_("from"), max_length=16, choices=State.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=16, choices=State.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("at"), db_index=True)
    note = models.TextField(_("note"), blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("trail entry")
        verbose_name_plural = _("trail")
        indexes = [models.Index(fields=["action", "at"])]

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("trail entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("trail entries are append-only")


class Assignment(models.Model):
    """A hand-over of a matter to a lead unit (and supporting units) with a deadline."""

    matter = models.ForeignKey(Matter, on_delete=models.PROTECT, related_name="assignments")
    lead_unit = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="lead_assignments", verbose_name=_("lead unit")
    )
    supporting_units = models.ManyToManyField(
        Organization, blank=True, related_name="supporting_assignments", verbose_name=_("supporting units")
    )
    due = models.DateField(_("deadline"))
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    assigned_at = models.DateTimeField(_("assigned at"))
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    # The step limits (签收, first response) in working hours from the hand-over, set when it starts
    # (cases.services._open_assignment, from supervision.limits); empty on assignments made before them.
    acknowledge_due = models.DateTimeField(_("sign for by"), null=True, blank=True)
    response_due = models.DateTimeField(_("first response by"), null=True, blank=True)
    sent_back_at = models.DateTimeField(_("sent back at"), null=True, blank=True)
    send_back_reason = models.TextField(_("reason for sending back"), blank=True)
    # 改派: the office moved the matter to another unit; this assignment's clock stopped then.
    ended_at = models.DateTimeField(_("reassigned at"), null=True, blank=True)
    end_reason = models.TextField(_("reason for reassigning"), blank=True)

    class Meta:
        ordering = ["assigned_at", "id"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")

    @property
    def is_current(self) -> bool:
        return self.sent_back_at is None and self.ended_at is None


class Response(models.Model):
    """What the unit reports it did (办理答复)."""

    matter = models.ForeignKey(Matter, on_delete=models.PROTECT, related_name="responses")
    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="responses")
    content = models.TextField(_("response"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))

    class Meta:
        ordering = ["at", "id"]


class Review(models.Model):
    """The enterprise's or supervisor's check of a response: satisfied or not (现场复核)."""

    class Method(models.TextChoices):
        ON_SITE = "on_site", _("on site")
        PHONE = "phone", _("by phone")
        ONLINE = "online", _("online")

    matter = models.ForeignKey(Matter, on_delete=models.PROTECT, related_name="reviews")
    response = models.ForeignKey(Response, on_delete=models.PROTECT, related_name="reviews")
    satisfied = models.BooleanField(_("satisfied"))
    # Apart from satisfaction: a problem can be solved and the submitter still unhappy (解决率).
    solved = models.BooleanField(_("problem solved"))
    method = models.CharField(_("method"), max_length=16, choices=Method.choices, default=Method.ONLINE)
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("at"))

    class Meta:
        ordering = ["at", "id"]


class Contact(models.Model):
    """The lead unit's contact with the submitter (首次联系): the first one, or the answer if earlier, is the
    assignment's response (响应)."""

    class Method(models.TextChoices):
        PHONE = "phone", _("phone call")
        VISIT = "visit", pgettext_lazy("way of contact", "visit")
        ONLINE = "online", _("online message")

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="contacts")
    method = models.CharField(_("method"), max_length=8, choices=Method.choices)
    contacted_at = models.DateTimeField(_("contacted at"))
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["contacted_at", "id"]
        verbose_name = _("contact with the submitter")
        verbose_name_plural = _("contacts with the submitter")


class Attachment(models.Model):
    matter = models.ForeignKey(Matter, on_delete=models.PROTECT, related_name="attachments")
    file = models.FileField(upload_to="attachments/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["uploaded_at", "id"]


class MatterSequence(models.Model):
    """The last number handed out in a year; matter numbers are ``HS-<year>-<6 digits>``."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)
