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


class EmploymentCentre(models.Model):
    """An employment service centre (就业服务中心), the "1" of a "1+N" system: the job stations of its area belong to
    it, and its staff see and compare their figures."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="employment_centres",
                                   verbose_name=_("staff"))
    opened_at = models.DateTimeField(_("opened at"))
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["name"]
        verbose_name = _("employment service centre")
        verbose_name_plural = _("employment service centres")

    def __str__(self):
        return self.name


class JobStation(models.Model):
    """A job station (零工驿站); its staff run the station and the ledger of its region. It may belong to an
    employment service centre of an area that covers its own."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="job_stations", verbose_name=_("region"))
    community = models.CharField(_("community"), max_length=64)
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="job_stations",
                                   verbose_name=_("staff"))
    centre = models.ForeignKey(EmploymentCentre, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="stations", verbose_name=_("employment service centre"))

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


class InternshipBase(models.Model):
    """An enterprise's application to be an internship base (就业见习基地), the office's review of it, and, once
    recognised, the period it is valid for."""

    class State(models.TextChoices):
        APPLIED = "applied", _("applied")
        RECOGNISED = "recognised", _("recognised")
        REFUSED = "refused", pgettext_lazy("internship", "refused")

    enterprise = models.ForeignKey("directory.Organization", on_delete=models.PROTECT, related_name="internship_bases",
                                   verbose_name=_("enterprise"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.APPLIED, db_index=True)
    application = models.TextField(_("application"), blank=True)
    applied_at = models.DateTimeField(_("applied at"), db_index=True)
    applied_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("applied by"))
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+", verbose_name=_("reviewed by"))
    refusal_reason = models.TextField(_("reason for refusal"), blank=True)
    recognised_on = models.DateField(pgettext_lazy("internship", "recognised on"), null=True, blank=True, db_index=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-applied_at", "-id"]
        verbose_name = _("internship base")
        verbose_name_plural = _("internship bases")

    def __str__(self):
        return str(self.enterprise)

    def valid_on(self, day) -> bool:
        """Recognised, and ``day`` falls within the recognition's validity."""
        return (self.state == self.State.RECOGNISED and self.recognised_on is not None
                and self.recognised_on <= day <= self.valid_until)


class InternshipPost(models.Model):
    """A post (见习岗位) an internship base offers, with its places."""

    base = models.ForeignKey(InternshipBase, on_delete=models.PROTECT, related_name="posts",
                             verbose_name=_("internship base"))
    title = models.CharField(pgettext_lazy("employment", "title"), max_length=100)
    places = models.PositiveSmallIntegerField(_("places"))
    description = models.TextField(pgettext_lazy("internship", "description"), blank=True)
    posted_at = models.DateTimeField(_("posted at"))

    class Meta:
        ordering = ["base", "id"]
        verbose_name = _("internship post")
        verbose_name_plural = _("internship posts")

    def __str__(self):
        return self.title


class Intern(models.Model):
    """A person doing an internship (见习人员) at a base: from when to when, how it ended and whether the person
    was then hired."""

    class Outcome(models.TextChoices):
        UNDER_WAY = "under_way", _("under way")
        COMPLETED = "completed", pgettext_lazy("internship", "completed")
        LEFT_EARLY = "left_early", _("left early")

    base = models.ForeignKey(InternshipBase, on_delete=models.PROTECT, related_name="interns",
                             verbose_name=_("internship base"))
    post = models.ForeignKey(InternshipPost, null=True, blank=True, on_delete=models.PROTECT, related_name="interns",
                             verbose_name=_("internship post"))
    name = models.CharField(_("name"), max_length=64)
    id_number = EncryptedCharField(_("ID number"), max_length=18)
    id_number_hash = LookupHashField(of="id_number")
    phone = EncryptedCharField(_("phone"), max_length=20, blank=True)
    phone_hash = LookupHashField(of="phone")
    starts_on = models.DateField(_("starts on"), db_index=True)
    ends_on = models.DateField(_("ends on"))
    outcome = models.CharField(pgettext_lazy("employment", "outcome"), max_length=16, choices=Outcome.choices,
                               default=Outcome.UNDER_WAY)
    left_on = models.DateField(pgettext_lazy("internship", "left on"), null=True, blank=True)
    hired_after = models.BooleanField(_("hired afterwards"), null=True, blank=True)
    recorded_at = models.DateTimeField(_("recorded at"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("intern")
        verbose_name_plural = _("interns")

    def __str__(self):
        return self.name

    @property
    def last_day(self):
        """The internship's last day: the day the intern left, if early, else its planned end."""
        return self.left_on or self.ends_on


class SubsidyKind(models.TextChoices):
    INTERNSHIP = "internship", _("internship subsidy")
    HIRING_REWARD = "hiring_reward", _("one-off reward for hiring a key group")
    SOCIAL_INSURANCE = "social_insurance", _("social insurance subsidy")


class Subsidy(models.Model):
    """One subsidy of the ledger (补贴台账): what kind, to whom, on what basis, how much (in fen), for which
    period, who approved it and when it was paid."""

    class Beneficiary(models.TextChoices):
        PERSON = "person", _("a person")
        ENTERPRISE = "enterprise", _("an enterprise")

    kind = models.CharField(_("kind"), max_length=24, choices=SubsidyKind.choices, db_index=True)
    beneficiary = models.CharField(_("beneficiary"), max_length=16, choices=Beneficiary.choices)
    enterprise = models.ForeignKey("directory.Organization", null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="subsidies", verbose_name=_("enterprise"))
    # The person the subsidy is for: the beneficiary, or the intern / person hired an enterprise is paid for.
    person_name = models.CharField(_("person"), max_length=64, blank=True)
    person_id_number = EncryptedCharField(_("ID number"), max_length=18, blank=True)
    person_id_number_hash = LookupHashField(of="person_id_number")
    intern = models.ForeignKey(Intern, null=True, blank=True, on_delete=models.PROTECT, related_name="subsidies",
                               verbose_name=_("intern"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    basis = models.TextField(_("basis"))
    period_from = models.DateField(_("period from"))
    period_to = models.DateField(_("period to"))
    amount_fen = models.PositiveBigIntegerField(_("amount (fen)"))
    approved_at = models.DateTimeField(_("approved at"), db_index=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                    verbose_name=_("approved by"))
    paid_on = models.DateField(_("paid on"), null=True, blank=True)

    class Meta:
        ordering = ["-approved_at", "-id"]
        verbose_name = _("subsidy")
        verbose_name_plural = _("subsidies")
        indexes = [models.Index(fields=["kind", "person_id_number_hash"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.person_name or self.enterprise}"


class TrainingBase(models.Model):
    """A training base (实训基地) an enterprise or a school runs, with its work places (工位) and the trades taught."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    host = models.ForeignKey("directory.Organization", on_delete=models.PROTECT, related_name="training_bases",
                             verbose_name=_("run by"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    trades = models.CharField(_("trades taught"), max_length=200)
    places = models.PositiveIntegerField(_("work places"))
    opened_on = models.DateField(_("opened on"), db_index=True)
    recorded_at = models.DateTimeField(_("recorded at"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-opened_on", "-id"]
        verbose_name = _("training base")
        verbose_name_plural = _("training bases")

    def __str__(self):
        return self.name


class CooperationForm(models.TextChoices):
    FACTORY_IN_SCHOOL = "factory_in_school", _("factory in the school (校中厂)")
    SCHOOL_IN_FACTORY = "school_in_factory", _("school in the factory (厂中校)")
    ORDER_CLASS = "order_class", _("order class (订单班)")
    APPRENTICESHIP = "apprenticeship", _("modern apprenticeship (现代学徒制)")
    SHARED_BASE = "shared_base", _("jointly built training base")
    OTHER = "other", _("other form")


class Cooperation(models.Model):
    """A school–enterprise cooperation (校企合作): a school and an enterprise, its form, the period it runs, the
    places it offers and, for a factory in the school or a school in the factory, the training base it runs at.
    Its trainees are counted from their records."""

    school = models.ForeignKey("directory.Organization", on_delete=models.PROTECT, related_name="+",
                               verbose_name=pgettext_lazy("cooperation", "school"))
    enterprise = models.ForeignKey("directory.Organization", on_delete=models.PROTECT, related_name="cooperations",
                                   verbose_name=_("enterprise"))
    # The enterprise's region: the office there keeps the record, whatever city the school is in.
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    form = models.CharField(_("form of cooperation"), max_length=24, choices=CooperationForm.choices, db_index=True)
    training_base = models.ForeignKey(TrainingBase, null=True, blank=True, on_delete=models.PROTECT,
                                      related_name="cooperations", verbose_name=_("training base"))
    starts_on = models.DateField(_("starts on"), db_index=True)
    ends_on = models.DateField(_("ends on"))
    places = models.PositiveIntegerField(_("places"))
    description = models.TextField(pgettext_lazy("cooperation", "description"), blank=True)
    recorded_at = models.DateTimeField(_("recorded at"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("school–enterprise cooperation")
        verbose_name_plural = _("school–enterprise cooperations")

    def __str__(self):
        return f"{self.school} × {self.enterprise}（{self.get_form_display()}）"


class CooperationTrainee(models.Model):
    """A student or worker trained under a cooperation, from the day they joined."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.PROTECT, related_name="trainees",
                                    verbose_name=_("school–enterprise cooperation"))
    name = models.CharField(_("name"), max_length=64)
    id_number = EncryptedCharField(_("ID number"), max_length=18)
    id_number_hash = LookupHashField(of="id_number")
    joined_on = models.DateField(_("joined on"), db_index=True)
    recorded_at = models.DateTimeField(_("recorded at"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["cooperation", "joined_on", "id"]
        verbose_name = _("trainee")
        verbose_name_plural = _("trainees")
        constraints = [models.UniqueConstraint(fields=["cooperation", "id_number_hash"],
                                               name="one_trainee_record_per_cooperation")]

    def __str__(self):
        return self.name
