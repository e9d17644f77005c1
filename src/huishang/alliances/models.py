"""Alliances of model-worker and craftsman innovation studios: studios, memberships, council, rotation,
experts, shared resources and their bookings, agreements, achievements and activities."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.cases.models import Matter
from huishang.directory.models import Organization, Region
from huishang.meetings.models import Meeting


class RegionPoint(models.Model):
    """Where a region lies (its seat), so the dashboard can draw member regions without a map service."""

    region = models.OneToOneField(Region, on_delete=models.CASCADE, related_name="point")
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=5)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)


class Studio(models.Model):
    class Level(models.TextChoices):
        NATIONAL = "national", _("national")
        PROVINCIAL = "provincial", _("provincial")
        CITY = "city", pgettext_lazy("alliances", "city")

    name = models.CharField(_("name"), max_length=128, unique=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices, default=Level.CITY)
    leader = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="led_studios",
        verbose_name=_("leader's account"),
    )
    leader_name = models.CharField(pgettext_lazy("alliances", "leader"), max_length=64)
    leader_honours = models.CharField(_("leader's honours"), max_length=200, blank=True)
    host = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="studios", verbose_name=_("host"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="studios", verbose_name=_("region"))
    field = models.CharField(_("field"), max_length=64)
    members = models.TextField(_("members"), blank=True)
    recognised_on = models.DateField(_("recognised on"))
    introduction = models.TextField(_("introduction"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("studio")
        verbose_name_plural = _("studios")

    def __str__(self):
        return self.name


class Alliance(models.Model):
    name = models.CharField(_("name"), max_length=128, unique=True)
    short_name = models.CharField(_("short name"), max_length=32)
    field = models.CharField(_("field"), max_length=64)
    founded_on = models.DateField(_("founded on"))
    organiser = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="organised_alliances",
        verbose_name=pgettext_lazy("alliances", "organiser"),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    charter = models.FileField(_("charter"), upload_to="alliances/charters/", blank=True)

    class Meta:
        ordering = ["founded_on", "name"]
        verbose_name = _("alliance")
        verbose_name_plural = _("alliances")

    def __str__(self):
        return self.name


class AllianceMembership(models.Model):
    """A studio's membership of an alliance from ``joined_on`` to ``left_on`` (both days included)."""

    alliance = models.ForeignKey(
        Alliance, on_delete=models.PROTECT, related_name="memberships", verbose_name=_("alliance")
    )
    studio = models.ForeignKey(Studio, on_delete=models.PROTECT, related_name="memberships", verbose_name=_("studio"))
    joined_on = models.DateField(_("joined on"))
    left_on = models.DateField(_("left on"), null=True, blank=True)
    plaque_on = models.DateField(_("plaque awarded on"), null=True, blank=True)

    class Meta:
        ordering = ["alliance", "joined_on", "studio__name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")


class CouncilSeat(models.Model):
    """A person's seat on an alliance's council (理事会); chair and secretary-general manage the alliance."""

    class Role(models.TextChoices):
        CHAIR = "chair", pgettext_lazy("alliances", "chair")
        VICE_CHAIR = "vice_chair", _("vice-chair")
        SECRETARY_GENERAL = "secretary_general", _("secretary-general")
        MEMBER = "member", _("council member")

    alliance = models.ForeignKey(Alliance, on_delete=models.PROTECT, related_name="seats", verbose_name=_("alliance"))
    role = models.CharField(_("council role"), max_length=20, choices=Role.choices)
    person_name = models.CharField(_("name"), max_length=64)
    position = models.CharField(pgettext_lazy("alliances", "position"), max_length=128, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="council_seats",
        verbose_name=_("account"),
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit")
    )
    starts_on = models.DateField(pgettext_lazy("alliances", "from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["alliance", "role", "starts_on"]
        verbose_name = _("council seat")
        verbose_name_plural = _("council seats")


class RotationTerm(models.Model):
    """The member studio that hosts the alliance for a term (轮值); terms of one alliance never overlap."""

    alliance = models.ForeignKey(
        Alliance, on_delete=models.PROTECT, related_name="rotation_terms", verbose_name=_("alliance")
    )
    host = models.ForeignKey(Studio, on_delete=models.PROTECT, related_name="rotation_terms", verbose_name=_("host"))
    starts_on = models.DateField(pgettext_lazy("alliances", "from"))
    ends_on = models.DateField(_("until"))
    handover = models.ForeignKey(
        "Activity", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("handover")
    )
    plaque = models.CharField(_("plaque"), max_length=128, blank=True)

    class Meta:
        ordering = ["alliance", "starts_on"]
        verbose_name = _("rotation term")
        verbose_name_plural = _("rotation terms")


class Expert(models.Model):
    alliance = models.ForeignKey(Alliance, on_delete=models.PROTECT, related_name="experts", verbose_name=_("alliance"))
    name = models.CharField(_("name"), max_length=64)
    title = models.CharField(_("professional title"), max_length=64)
    fields = models.CharField(_("fields"), max_length=200)
    studio = models.ForeignKey(
        Studio, null=True, blank=True, on_delete=models.PROTECT, related_name="experts", verbose_name=_("studio")
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit")
    )
    joined_on = models.DateField(_("joined on"))
    left_on = models.DateField(_("left on"), null=True, blank=True)

    class Meta:
        ordering = ["alliance", "name"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self):
        return self.name


class ExpertService(models.Model):
    class Kind(models.TextChoices):
        CONSULTATION = "consultation", _("consultation")
        RESEARCH = "research", _("research")
        TRAINING = "training", _("training")

    expert = models.ForeignKey(Expert, on_delete=models.PROTECT, related_name="services")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    served_on = models.DateField(_("date"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["-served_on"]


class Resource(models.Model):
    class Kind(models.TextChoices):
        INDUSTRIAL_UNIT = "industrial_unit", _("industrial unit")
        TESTING_CENTRE = "testing_centre", _("tool-testing centre")
        TRAINING_BASE = "training_base", _("training base")
        SIMULATION_SYSTEM = "simulation_system", _("simulation system")
        OTHER = "other", _("other")

    alliance = models.ForeignKey(
        Alliance, on_delete=models.PROTECT, related_name="resources", verbose_name=_("alliance")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=128)
    owner = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+", verbose_name=_("owner"))
    keeper = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="kept_resources",
        verbose_name=_("approver for the owner"),
    )
    capacity = models.PositiveIntegerField(_("capacity"), default=1)
    description = models.TextField(_("description"), blank=True)
    listed_on = models.DateField(_("listed on"))

    class Meta:
        ordering = ["alliance", "kind", "name"]
        verbose_name = _("shared resource")
        verbose_name_plural = _("shared resources")

    def __str__(self):
        return self.name


class Booking(models.Model):
    """A member studio's request to use a shared resource on days ``starts_on``..``ends_on``."""

    class State(models.TextChoices):
        PENDING = "pending", pgettext_lazy("booking", "pending approval")
        APPROVED = "approved", pgettext_lazy("booking", "approved")
        REFUSED = "refused", pgettext_lazy("booking", "refused")
        CANCELLED = "cancelled", pgettext_lazy("booking", "cancelled")

    resource = models.ForeignKey(
        Resource, on_delete=models.PROTECT, related_name="bookings", verbose_name=_("shared resource")
    )
    studio = models.ForeignKey(Studio, on_delete=models.PROTECT, related_name="bookings", verbose_name=_("studio"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("requested by")
    )
    requested_at = models.DateTimeField(_("requested at"))
    starts_on = models.DateField(pgettext_lazy("alliances", "from"))
    ends_on = models.DateField(_("until"))
    purpose = models.CharField(_("purpose"), max_length=200)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_on", "id"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")


class Agreement(models.Model):
    class Kind(models.TextChoices):
        JOINT_RESEARCH = "joint_research", _("joint research")
        CO_TRAINING = "co_training", _("co-training")

    alliance = models.ForeignKey(
        Alliance, on_delete=models.PROTECT, related_name="agreements", verbose_name=_("alliance")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.JOINT_RESEARCH)
    subject = models.CharField(pgettext_lazy("alliances", "subject"), max_length=200)
    parties = models.ManyToManyField(Studio, related_name="agreements", verbose_name=_("parties"))
    signed_on = models.DateField(_("signed on"), db_index=True)
    goals = models.TextField(_("goals"), blank=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    progress_note = models.TextField(_("progress"), blank=True)
    attachment = models.FileField(_("attachment"), upload_to="alliances/agreements/", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("recorded by")
    )

    class Meta:
        ordering = ["-signed_on", "-id"]
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self):
        return self.subject


class Achievement(models.Model):
    class Kind(models.TextChoices):
        PATENT = "patent", _("patent")
        TECHNIQUE = "technique", _("technique")
        AWARD = "award", _("award")
        STANDARD = "standard", _("standard")
        COURSE = "course", _("training course")

    alliance = models.ForeignKey(
        Alliance, on_delete=models.PROTECT, related_name="achievements", verbose_name=_("alliance")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    studios = models.ManyToManyField(Studio, related_name="achievements", verbose_name=_("studios"))
    achieved_on = models.DateField(_("date"))
    description = models.TextField(_("description"), blank=True)
    shared = models.BooleanField(_("shared with all members"), default=True)

    class Meta:
        ordering = ["-achieved_on", "-id"]
        verbose_name = _("achievement")
        verbose_name_plural = _("achievements")


class Activity(models.Model):
    class Kind(models.TextChoices):
        MEETING = "meeting", _("meeting")
        EXCHANGE_VISIT = "exchange_visit", _("exchange visit")
        COMPETITION = "competition", _("competition")
        TRAINING = "training", _("training")
        HANDOVER = "handover", _("rotation handover")

    alliance = models.ForeignKey(
        Alliance, on_delete=models.PROTECT, related_name="activities", verbose_name=_("alliance")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"), db_index=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    attendees = models.TextField(_("attendees"), blank=True)
    minutes = models.TextField(_("minutes"), blank=True)
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("meeting")
    )

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.title


class ActivityPhoto(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(_("photo"), upload_to="alliances/photos/")
    caption = models.CharField(_("caption"), max_length=200, blank=True)


class AllianceMatter(models.Model):
    """A matter raised inside an alliance; it follows the same lifecycle as any other matter."""

    alliance = models.ForeignKey(Alliance, on_delete=models.PROTECT, related_name="matter_links")
    matter = models.OneToOneField(Matter, on_delete=models.PROTECT, related_name="alliance_link")


class JointMeeting(models.Model):
    """A joint meeting (联席会议) held for an alliance, where its matters can be put on the agenda."""

    alliance = models.ForeignKey(Alliance, on_delete=models.PROTECT, related_name="joint_meetings")
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="alliance_links")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["alliance", "meeting"], name="joint_meeting_once_per_alliance")]
