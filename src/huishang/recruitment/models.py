"""Recruitment: hiring rounds with public applications, and recruitment events with their employment intentions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from huishang.directory.models import Region
from huishang.recruitment import eligibility
from huishang.vault.fields import EncryptedCharField, LookupHashField


class Education(models.IntegerChoices):
    """Levels in ascending order, so that "at least" is a comparison."""

    HIGH_SCHOOL = 1, _("senior high school or below")
    JUNIOR_COLLEGE = 2, _("junior college")
    BACHELOR = 3, _("bachelor")
    MASTER = 4, _("master")
    DOCTOR = 5, _("doctor")


class PreferenceRule(models.TextChoices):
    """How the round's preferences (资格证/经验者优先) weigh in its ranking, as its notice says."""

    NONE = "none", _("not counted in the ranking")
    BONUS = "bonus", _("bonus points added to the total")
    TIE_BREAK = "tie_break", _("first tie-break on equal totals")


class Round(models.Model):
    """A hiring round: posts and head count, the conditions, the weights of the two scores, the deadline."""

    title = models.CharField(_("title"), max_length=200)
    employer = models.CharField(_("employer"), max_length=128)
    post = models.CharField(_("post"), max_length=128)
    head_count = models.PositiveIntegerField(_("head count"))
    duties = models.TextField(_("duties"), blank=True)
    min_education = models.IntegerField(_("minimum education"), choices=Education.choices)
    full_time_required = models.BooleanField(_("full-time education required"), default=True)
    born_on_or_after = models.DateField(_("born on or after"), null=True, blank=True)
    conditions_to_confirm = models.TextField(_("other conditions (confirmed by the applicant)"), blank=True)
    preferences = models.TextField(_("preferences"), blank=True)
    preference_rule = models.CharField(_("how preferences count"), max_length=16, choices=PreferenceRule.choices,
                                       default=PreferenceRule.NONE)
    preference_bonus = models.DecimalField(_("bonus points per preference"), max_digits=4, decimal_places=2,
                                           default=0)
    # One condition a line, each checked by staff for every applicant who passed review (ConditionCheck).
    conditions_to_verify = models.TextField(_("conditions verified by staff"), blank=True)
    written_weight = models.PositiveIntegerField(_("written test weight (%)"), default=50)
    interview_weight = models.PositiveIntegerField(_("interview weight (%)"), default=50)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    announced_on = models.DateField(_("announced on"))
    deadline = models.DateField(_("application deadline"))
    published_at = models.DateTimeField(_("result published"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-announced_on", "-pk"]
        verbose_name = _("recruitment round")

    def __str__(self):
        return self.title

    @property
    def verified_conditions(self) -> list[str]:
        """The conditions staff check for each applicant who passed review, one a line of conditions_to_verify."""
        return [line.strip() for line in self.conditions_to_verify.splitlines() if line.strip()]


# What the tracker says to the holder of an application that failed review, whoever they are (see
# Application.note_for_applicant).
FAILED_REVIEW_NOTE = _("Your application did not pass review. If you have questions, contact the service office "
                       "that announced the round.")


class Application(models.Model):
    class Review(models.TextChoices):
        PENDING = "pending", _("awaiting review")
        APPROVED = "approved", _("passed review")
        REJECTED = "rejected", _("failed review")

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="applications")
    tracking_number = models.CharField(_("tracking number"), max_length=20, unique=True)
    follow_up_code_hash = models.CharField(max_length=128)
    name = models.CharField(pgettext_lazy("recruitment", "name"), max_length=64)
    id_number = EncryptedCharField(_("ID number"), max_length=18)
    id_number_hash = LookupHashField(of="id_number")
    born_on = models.DateField(_("date of birth"))
    phone = EncryptedCharField(_("phone"), max_length=20)
    phone_hash = LookupHashField(of="phone")
    education = models.IntegerField(_("education"), choices=Education.choices)
    full_time = models.BooleanField(_("full-time education"))
    school = models.CharField(_("school"), max_length=128)
    major = models.CharField(_("major"), max_length=128, blank=True)
    has_qualification = models.BooleanField(_("holds a publishing qualification"), default=False)
    has_experience = models.BooleanField(_("has proofreading or media experience"), default=False)
    resume = models.TextField(_("experience"), blank=True)
    submitted_at = models.DateTimeField(pgettext_lazy("recruitment", "submitted at"))
    eligible = models.BooleanField(_("meets the conditions"))
    failed_conditions = models.JSONField(default=list)
    review = models.CharField(pgettext_lazy("recruitment", "review"), max_length=16, choices=Review.choices,
                              default=Review.PENDING)
    review_note = models.TextField(_("review note"), blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    written_score = models.DecimalField(_("written test score"), max_digits=5, decimal_places=2, null=True, blank=True)
    interview_score = models.DecimalField(_("interview score"), max_digits=5, decimal_places=2, null=True, blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)
    scored_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["round", "id_number_hash"], name="one_application_per_person")]

    def __str__(self):
        return self.tracking_number

    @property
    def reasons(self) -> list[str]:
        """Why the automatic check found the application ineligible, in the reader's language."""
        return eligibility.reasons(self)

    @property
    def note_for_applicant(self) -> str:
        """What the tracker adds to the review's outcome: for every application that failed review the same
        sentence (FAILED_REVIEW_NOTE), never the office's own note.

        A form sent again (Resubmission) reads as failed once the result is published, with this sentence. Were
        the office's reason shown to applicants, the one failed application without a reason of its own would be
        the resubmission, and its holder would know that the ID number they typed had applied; a default
        wording the office could replace would leave the same tell. So the reason stays in the office's records
        (round page, export, API); the applicant still reads the automatic check's reasons, and the sentence
        sends them to the office for the rest.
        """
        return str(FAILED_REVIEW_NOTE) if self.review == Application.Review.REJECTED else ""


class Resubmission(models.Model):
    """The form sent again with an ID number that already applied to the round: the first application
    stands. The sender gets the same kind of receipt as anyone, so that the form tells no stranger whether a
    given person applied; nothing personal of the second sending is kept."""

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="resubmissions")
    original = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="resubmissions")
    tracking_number = models.CharField(_("tracking number"), max_length=20, unique=True)
    follow_up_code_hash = models.CharField(max_length=128)
    submitted_at = models.DateTimeField(pgettext_lazy("recruitment", "submitted at"))
    eligible = models.BooleanField(_("meets the conditions"))
    failed_conditions = models.JSONField(default=list)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("application sent again")

    def __str__(self):
        return self.tracking_number

    @property
    def review(self) -> str:
        """What the holder of its codes reads, as for a real application: awaiting review, like the many no one
        has reviewed yet, until the round's result is published; then failed, like every application not on the
        list (still pending then, it would stand out: by publication the office has reviewed every real one)."""
        return Application.Review.REJECTED if self.round.published_at is not None else Application.Review.PENDING

    def get_review_display(self) -> str:
        return Application.Review(self.review).label

    note_for_applicant = Application.note_for_applicant

    @property
    def reasons(self) -> list[str]:
        return eligibility.reasons(self)


class University(models.Model):
    name = models.CharField(_("name"), max_length=128, unique=True)
    city = models.CharField(_("city"), max_length=64, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Event(models.Model):
    """A recruitment event: a job fair, a recruitment week or night market, or a campus session at a university."""

    class Kind(models.TextChoices):
        JOB_FAIR = "job_fair", _("job fair")
        PRIVATE_ENTERPRISE_WEEK = "private_enterprise_week", _("private enterprise recruitment week")
        HUNDRED_DAYS = "hundred_days", _("hundred days, ten million jobs")
        NIGHT_MARKET = "night_market", _("recruitment night market")
        CAMPUS = "campus", _("campus recruitment")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(pgettext_lazy("recruitment", "held on"), db_index=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    university = models.ForeignKey(
        University, null=True, blank=True, on_delete=models.PROTECT, related_name="events",
        verbose_name=_("university"),
    )
    organised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return self.title


class Participation(models.Model):
    """An employer taking part in an event, with the positions it brought."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    employer = models.CharField(_("employer"), max_length=128)

    class Meta:
        ordering = ["employer"]
        constraints = [models.UniqueConstraint(fields=["event", "employer"], name="employer_once_per_event")]


class Position(models.Model):
    """A position collected (采集岗位) from an employer at an event."""

    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(pgettext_lazy("recruitment", "position"), max_length=128)
    openings = models.PositiveIntegerField(_("openings"), default=1)


class Intention(models.Model):
    """An employment intention (就业意向): a candidate and an employer agreeing in principle at an event."""

    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="intentions")
    candidate = models.CharField(_("candidate"), max_length=64)
    position = models.CharField(pgettext_lazy("recruitment", "position"), max_length=128, blank=True)
    recorded_at = models.DateTimeField()


class ExamSession(models.Model):
    """A written test or interview session (笔试/面试场次) of a round: when, where, in which rooms."""

    class Kind(models.TextChoices):
        WRITTEN = "written", _("written test")
        INTERVIEW = "interview", _("interview")

    round = models.ForeignKey(Round, on_delete=models.PROTECT, related_name="sessions")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=200)
    scheduled_at = models.DateTimeField()
    scheduled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("exam session")

    def __str__(self):
        return f"{self.get_kind_display()} {self.starts_at:%Y-%m-%d %H:%M}"


class ExamRoom(models.Model):
    """A room of a session and the seats it holds."""

    session = models.ForeignKey(ExamSession, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("room"), max_length=64)
    seats = models.PositiveIntegerField(_("seats"))

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["session", "name"], name="room_named_once_per_session")]

    def __str__(self):
        return self.name


class AdmissionTicket(models.Model):
    """An admission ticket (准考证): one per kind of session for an applicant who passed review, with the
    session, the room and a seat of that room no one else holds."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="tickets")
    kind = models.CharField(_("kind"), max_length=16, choices=ExamSession.Kind.choices)
    session = models.ForeignKey(ExamSession, on_delete=models.PROTECT, related_name="tickets")
    room = models.ForeignKey(ExamRoom, on_delete=models.PROTECT, related_name="tickets")
    seat = models.PositiveIntegerField(_("seat"))
    number = models.CharField(_("admission ticket number"), max_length=24, unique=True)
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["session__starts_at", "room_id", "seat"]
        verbose_name = _("admission ticket")
        constraints = [
            models.UniqueConstraint(fields=["application", "kind"], name="one_ticket_per_kind"),
            models.UniqueConstraint(fields=["room", "seat"], name="seat_held_once"),
            models.CheckConstraint(condition=models.Q(seat__gte=1), name="seat_from_one"),
        ]

    def __str__(self):
        return self.number


class ConditionCheck(models.Model):
    """A staff member's check of one condition of the round (无犯罪记录 …) or of one preference an applicant
    claimed, with its result: who, when, what they found."""

    class Result(models.TextChoices):
        MET = "met", _("met")
        NOT_MET = "not_met", _("not met")

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="checks")
    # A line of the round's conditions_to_verify, or one of checks.PREFERENCES.
    condition = models.CharField(_("condition"), max_length=200)
    result = models.CharField(_("result"), max_length=16, choices=Result.choices)
    note = models.TextField(_("note"), blank=True)
    checked_at = models.DateTimeField(_("checked at"))
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("checked by"))

    class Meta:
        ordering = ["checked_at", "pk"]
        verbose_name = _("condition check")
        constraints = [models.UniqueConstraint(fields=["application", "condition"], name="condition_checked_once")]


class ApplicantNotice(models.Model):
    """A notice to an applicant, who has no account: read on the tracker with their codes and sent by SMS
    to the phone they gave (once, by its key), through the notifications' texts and SMS gateway."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notices")
    key = models.CharField(max_length=120, unique=True)
    event = models.CharField(max_length=60)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    created_at = models.DateTimeField()
    by_sms = models.BooleanField(default=False)
    sms_params = models.JSONField(default=list, blank=True)
    texted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
