"""Employment services (seed 004, Xiong'an Rongdong): the household ledger (民情台账), the job station
(零工驿站) with its seekers, jobs and placements, and training courses."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.models import Region
from huishang.vault.fields import EncryptedCharField, LookupHashField


class EmploymentStatus(models.TextChoices):
    EMPLOYED = "employed", _("employed")
    FLEXIBLE = "flexible", _("flexibly employed")
    UNEMPLOYED = "unemployed", _("looking for work")
    NOT_WORKING = "not_working", _("not in the labour force")


class JobStation(models.Model):
    """A job station (零工驿站); its staff run the station and the ledger of its region."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="job_stations", verbose_name=_("region"))
    community = models.CharField(_("community"), max_length=64)
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="job_stations",
                                   verbose_name=_("staff"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("job station")
        verbose_name_plural = _("job stations")

    def __str__(self):
        return self.name


class Household(models.Model):
    """One household of the resident ledger (民情台账), identified by its ledger number."""

    number = models.CharField(_("household number"), max_length=32, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="households", verbose_name=_("region"))
    community = models.CharField(_("community"), max_length=64)
    address = EncryptedCharField(pgettext_lazy("employment", "address"), max_length=200, blank=True)
    address_hash = LookupHashField(of="address")
    recorded_at = models.DateTimeField(_("recorded at"))

    class Meta:
        ordering = ["number"]
        verbose_name = _("household")
        verbose_name_plural = _("households")

    def __str__(self):
        return self.number


class Resident(models.Model):
    """A member of a household with their employment status, wishes, training needs and skills."""

    household = models.ForeignKey(Household, on_delete=models.PROTECT, related_name="members",
                                  verbose_name=_("household"))
    name = models.CharField(_("name"), max_length=64)
    id_number = EncryptedCharField(_("ID number"), max_length=18)
    id_number_hash = LookupHashField(of="id_number", unique=True)
    phone = EncryptedCharField(_("phone"), max_length=20, blank=True)
    phone_hash = LookupHashField(of="phone")
    status = models.CharField(_("employment status"), max_length=16, choices=EmploymentStatus.choices)
    wish = models.CharField(_("employment wish"), max_length=200, blank=True)
    training_need = models.CharField(_("training need"), max_length=200, blank=True)
    skills = models.CharField(_("skills"), max_length=200, blank=True)

    class Meta:
        ordering = ["household", "id"]
        verbose_name = _("household member")
        verbose_name_plural = _("household members")

    def __str__(self):
        return self.name


class HouseholdVisit(models.Model):
    """A visit (走访) to a household, with what was learnt."""

    household = models.ForeignKey(Household, on_delete=models.PROTECT, related_name="visits",
                                  verbose_name=_("household"))
    visited_on = models.DateField(pgettext_lazy("employment", "visited on"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("by"))
    note = models.TextField(_("note"))

    class Meta:
        ordering = ["-visited_on", "-id"]
        verbose_name = _("household visit")
        verbose_name_plural = _("household visits")


class Seeker(models.Model):
    """A person registered at a job station: skills, area, hours available and wage expected."""

    station = models.ForeignKey(JobStation, on_delete=models.PROTECT, related_name="seekers",
                                verbose_name=_("job station"))
    name = models.CharField(_("name"), max_length=64)
    phone = EncryptedCharField(_("phone"), max_length=20)
    phone_hash = LookupHashField(of="phone")
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    community = models.CharField(_("community"), max_length=64, blank=True)
    skills = models.CharField(_("skills"), max_length=200)
    available_from = models.TimeField(_("available from"))
    available_to = models.TimeField(_("available until"))
    expected_wage = models.PositiveIntegerField(_("expected monthly wage (yuan)"))
    resident = models.ForeignKey(Resident, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("household member"))
    registered_at = models.DateTimeField(_("registered at"), db_index=True)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-registered_at", "-id"]
        verbose_name = _("job seeker")
        verbose_name_plural = _("job seekers")

    def __str__(self):
        return self.name


class Job(models.Model):
    """An odd job or position an employer posts at a station."""

    class Kind(models.TextChoices):
        ODD_JOB = "odd_job", _("odd job")
        POSITION = "position", pgettext_lazy("employment", "position")

    class State(models.TextChoices):
        OPEN = "open", _("open")
        FILLED = "filled", _("filled")

    station = models.ForeignKey(JobStation, on_delete=models.PROTECT, related_name="jobs",
                                verbose_name=_("job station"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.POSITION)
    title = models.CharField(pgettext_lazy("employment", "title"), max_length=100)
    employer = models.CharField(pgettext_lazy("employment", "employer"), max_length=128)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    community = models.CharField(_("community"), max_length=64, blank=True)
    skills = models.CharField(_("skills needed"), max_length=200)
    starts_at = models.TimeField(_("work starts"))
    ends_at = models.TimeField(_("work ends"))
    wage = models.PositiveIntegerField(_("monthly wage (yuan)"))
    openings = models.PositiveSmallIntegerField(_("openings"), default=1)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.OPEN)
    posted_at = models.DateTimeField(_("posted at"), db_index=True)
    posted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-posted_at", "-id"]
        verbose_name = _("job")
        verbose_name_plural = _("jobs")

    def __str__(self):
        return f"{self.employer} {self.title}"


class Placement(models.Model):
    """A seeker matched to a job (对接), and what came of it."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("interview pending")
        HIRED = "hired", _("hired")
        DECLINED = "declined", _("not hired")

    seeker = models.ForeignKey(Seeker, on_delete=models.PROTECT, related_name="placements", verbose_name=_("job seeker"))
    job = models.ForeignKey(Job, on_delete=models.PROTECT, related_name="placements", verbose_name=_("job"))
    matched_at = models.DateTimeField(_("matched at"), db_index=True)
    matched_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    score = models.DecimalField(_("match score"), max_digits=5, decimal_places=1)
    outcome = models.CharField(pgettext_lazy("employment", "outcome"), max_length=16, choices=Outcome.choices, default=Outcome.PENDING)
    outcome_at = models.DateTimeField(_("outcome recorded at"), null=True, blank=True)

    class Meta:
        ordering = ["-matched_at", "-id"]
        verbose_name = _("placement")
        verbose_name_plural = _("placements")
        constraints = [models.UniqueConstraint(fields=["seeker", "job"], name="one_placement_per_seeker_and_job")]


class Course(models.Model):
    """A training course a station offers."""

    station = models.ForeignKey(JobStation, on_delete=models.PROTECT, related_name="courses",
                                verbose_name=_("job station"))
    title = models.CharField(pgettext_lazy("employment", "title"), max_length=100)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("training course")
        verbose_name_plural = _("training courses")

    def __str__(self):
        return self.title


class Enrolment(models.Model):
    """A seeker taking a course; completion is recorded once."""

    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="enrolments", verbose_name=_("course"))
    seeker = models.ForeignKey(Seeker, on_delete=models.PROTECT, related_name="enrolments",
                               verbose_name=_("job seeker"))
    enrolled_at = models.DateTimeField(_("enrolled at"))
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    # What the station learnt after the course; a hire through the station's own matches counts anyway.
    reported_found_work = models.BooleanField(_("found work after the course (reported)"), null=True, blank=True)
    reported_at = models.DateTimeField(_("reported at"), null=True, blank=True)

    class Meta:
        ordering = ["course", "id"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["course", "seeker"], name="one_enrolment_per_course")]
