"""Consultation meetings (会商会) and their agendas; a decision performs the assignment."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.cases.models import Assignment, Matter
from huishang.directory.models import Region


class Meeting(models.Model):
    class Kind(models.TextChoices):
        CONSULTATION = "consultation", _("consultation meeting")
        JOINT = "joint", _("joint meeting")
        COUNCIL = "council", _("council meeting")
        SYMPOSIUM = "symposium", _("symposium")
        # 全委会: a union federation's committee in plenary; it adopts the year's work plan (unionwork).
        PLENARY = "plenary", _("plenary (全委会)")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.CONSULTATION)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("region"))
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveSmallIntegerField(_("number in the year"))
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"), db_index=True)
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="chaired_meetings",
        verbose_name=_("chair"),
    )
    location = models.CharField(_("location"), max_length=200, blank=True)
    attendees = models.TextField(_("attendees"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("created by")
    )

    class Meta:
        ordering = ["-held_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "region", "year", "sequence"], name="meeting_number_per_year")
        ]
        # "meetings" is also the unit after a count (次, web.views.figure_cards); the model has its own context.
        verbose_name = pgettext_lazy("meeting model", "meeting")
        verbose_name_plural = pgettext_lazy("meeting model", "meetings")

    def __str__(self):
        return self.title


class AgendaItem(models.Model):
    """One matter on a meeting's agenda (议题) and what the meeting decided about it."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("not yet decided")
        ASSIGNED = "assigned", _("assigned")
        DEFERRED = "deferred", _("deferred")

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="agenda_items")
    matter = models.ForeignKey(Matter, on_delete=models.PROTECT, related_name="agenda_items")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices, default=Outcome.PENDING)
    decision = models.TextField(_("decision"), blank=True)
    assignment = models.OneToOneField(
        Assignment, null=True, blank=True, on_delete=models.PROTECT, related_name="agenda_item"
    )
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["meeting", "order", "id"]
        constraints = [models.UniqueConstraint(fields=["meeting", "matter"], name="matter_once_per_meeting")]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")


class Sheet(models.Model):
    """A numbered sheet the office prints (交办单 for a unit of a decided meeting, 督办单 for a carded matter).

    Its number is given the first time the sheet is printed and kept from then on: 交办〔2024〕12号 counts per
    region and year, apart from 督办〔2024〕5号.
    """

    class Kind(models.TextChoices):
        ASSIGNMENT = "assignment", _("assignment sheet (交办单)")
        SUPERVISION = "supervision", _("supervision sheet (督办单)")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    year = models.PositiveSmallIntegerField(_("year"))
    serial = models.PositiveIntegerField(_("number in the year"))
    # 交办单: one per unit of a meeting's assignments.
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="sheets",
                                verbose_name=_("meeting"))
    unit = models.ForeignKey("directory.Organization", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="+", verbose_name=_("unit"))
    # 督办单: one per card a matter holds.
    card = models.OneToOneField("supervision.Card", null=True, blank=True, on_delete=models.PROTECT,
                                related_name="sheet", verbose_name=_("card"))
    issued_at = models.DateTimeField(_("first printed at"))

    class Meta:
        ordering = ["kind", "year", "serial"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "region", "year", "serial"], name="sheet_number_per_year"),
            models.UniqueConstraint(fields=["meeting", "unit"], condition=models.Q(kind="assignment"),
                                    name="one_assignment_sheet_per_unit"),
        ]
        verbose_name = _("numbered sheet")
        verbose_name_plural = _("numbered sheets")

    def __str__(self):
        return self.number

    @property
    def number(self) -> str:
        prefix = "交办" if self.kind == self.Kind.ASSIGNMENT else "督办"
        return f"{prefix}〔{self.year}〕{self.serial}号"
