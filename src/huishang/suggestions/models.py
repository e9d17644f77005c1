"""People's suggestions (人民建议): the public side of a suggestion matter, collection points, the
meeting's decision, the published implementation, Open311 clients and the records that guard intake."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from huishang.cases.models import Matter
from huishang.core.masking import mask_name_for_public_list
from huishang.directory.models import Region
from huishang.meetings.models import AgendaItem
from huishang.vault.fields import EncryptedCharField, LookupHashField


class CollectionPoint(models.Model):
    """A place, online or offline, where suggestions are collected (征集点)."""

    class Kind(models.TextChoices):
        COMMUNITY = "community", _("community")
        PARK = "park", _("park")
        LIBRARY = "library", _("library")
        UNION_STATION = "union_station", _("union station")
        LEGISLATIVE = "legislative", _("legislative contact point")

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=100)
    address = models.CharField(_("address"), max_length=200)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="collection_points", verbose_name=_("region"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    keeper = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="kept_points",
        verbose_name=_("keeper"),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    opened_on = models.DateField(_("opened on"))
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("collection point")
        verbose_name_plural = _("collection points")

    def __str__(self):
        return self.name


class Open311Client(models.Model):
    """A program that submits through Open311 with its own API key (stored hashed)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+", verbose_name=_("region"))
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("Open311 client")
        verbose_name_plural = _("Open311 clients")

    def __str__(self):
        return self.name


class Suggestion(models.Model):
    """The public side of a matter of kind suggestion: channel, place, private contact, follow-up code."""

    class Channel(models.TextChoices):
        ONLINE = "online", _("online form")
        POINT = "point", _("at a collection point")
        PAPER = "paper", _("on paper, entered by the keeper")
        OPEN311 = "open311", _("Open311 client")

    matter = models.OneToOneField(Matter, on_delete=models.PROTECT, related_name="suggestion")
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    point = models.ForeignKey(
        CollectionPoint, null=True, blank=True, on_delete=models.PROTECT, related_name="suggestions",
        verbose_name=_("collection point"),
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("entered by"),
    )
    client = models.ForeignKey(Open311Client, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    address = models.CharField(_("place"), max_length=200, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    contact_name = models.CharField(_("name"), max_length=50, blank=True)
    contact_phone = EncryptedCharField(_("phone"), max_length=20, blank=True)
    contact_phone_hash = LookupHashField(of="contact_phone")
    contact_email = models.EmailField(_("email"), blank=True)
    # The follow-up code is an HMAC of the number and this salt: never stored, yet the server can give
    # it again to the same person re-sending the same suggestion.
    code_salt = models.CharField(max_length=32)
    # sha256 of the normalised content and sender, with the time window it fell in: the same suggestion
    # sent twice within the window is one row, even from two workers at once.
    fingerprint = models.CharField(max_length=64)
    window = models.PositiveIntegerField()
    held = models.BooleanField(_("held for review"), default=False, db_index=True)
    held_words = models.CharField(_("words that held it"), max_length=200, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    released_at = models.DateTimeField(null=True, blank=True)
    rating = models.PositiveSmallIntegerField(_("rating"), null=True, blank=True)
    rating_note = models.CharField(_("comment"), max_length=500, blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-matter__submitted_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["fingerprint", "window"], name="suggestion_once_per_window")]
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")

    def __str__(self):
        return self.matter.number


class Decision(models.Model):
    """A meeting's decision on a suggestion: adopted, partly adopted or not adopted, with the reason."""

    class Outcome(models.TextChoices):
        ADOPTED = "adopted", _("adopted")
        PARTLY_ADOPTED = "partly_adopted", _("partly adopted")
        NOT_ADOPTED = "not_adopted", _("not adopted")

    suggestion = models.OneToOneField(Suggestion, on_delete=models.PROTECT, related_name="decision")
    agenda_item = models.OneToOneField(AgendaItem, on_delete=models.PROTECT, related_name="suggestion_decision")
    outcome = models.CharField(_("decision"), max_length=16, choices=Outcome.choices)
    reason = models.TextField(_("reason"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_at = models.DateTimeField(db_index=True)

    @property
    def is_adopted(self) -> bool:
        return self.outcome != self.Outcome.NOT_ADOPTED


class Implementation(models.Model):
    """What came of an adopted suggestion (落实情况), published on the results page."""

    suggestion = models.OneToOneField(Suggestion, on_delete=models.PROTECT, related_name="implementation")
    text = models.TextField(_("implementation"))
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(db_index=True)


class SensitiveWord(models.Model):
    """A word that holds a suggestion for review before it is shown anywhere public."""

    word = models.CharField(_("word"), max_length=50, unique=True)

    class Meta:
        verbose_name = _("sensitive word")
        verbose_name_plural = _("sensitive words")

    def __str__(self):
        return self.word


class IntakeAttempt(models.Model):
    """One submission or follow-up attempt, counted by the rate limits. A table, not the process-local
    cache, so that every worker process sees the same counts."""

    key = models.CharField(max_length=80)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["key", "at"])]


class UsedCaptcha(models.Model):
    """A captcha answered once cannot be answered again."""

    nonce = models.CharField(max_length=32, primary_key=True)
    at = models.DateTimeField()


class Topic(models.Model):
    """征集专题: the office asks the public about one thing (a renovation project, a draft regulation) for a
    period, with its documents and the places it concerns; people give opinions and support each other's."""

    class Kind(models.TextChoices):
        PROJECT = "project", _("project")
        DRAFT_LAW = "draft_law", _("draft law")

    code = models.SlugField(_("code"), max_length=32, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=100)
    description = models.TextField(_("description"))
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="topics", verbose_name=_("region"))
    places = models.ManyToManyField(Region, related_name="+", blank=True, verbose_name=_("places concerned"))
    point = models.ForeignKey(
        CollectionPoint, null=True, blank=True, on_delete=models.PROTECT, related_name="topics",
        verbose_name=_("collection point"),
    )
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    opened_at = models.DateTimeField()
    result = models.TextField(pgettext_lazy("suggestions", "result"), blank=True)
    result_published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    result_published_at = models.DateTimeField(_("result published at"), null=True, blank=True)

    class Meta:
        ordering = ["-opens_on", "-id"]
        verbose_name = _("consultation topic")
        verbose_name_plural = _("consultation topics")

    def __str__(self):
        return self.title


class TopicDocument(models.Model):
    """A document the public reads before giving an opinion: the plan, the draft's text."""

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="documents")
    file = models.FileField(upload_to="topics/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["uploaded_at", "id"]


class Opinion(models.Model):
    """One person's opinion on a topic; the office files it under a theme and decides whether it is adopted."""

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="opinions")
    text = models.TextField(_("opinion"))
    author_name = models.CharField(_("name"), max_length=20, blank=True)
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(db_index=True)
    held = models.BooleanField(_("held for review"), default=False)
    held_words = models.CharField(_("words that held it"), max_length=200, blank=True)
    theme = models.CharField(_("theme"), max_length=30, blank=True)
    outcome = models.CharField(_("decision"), max_length=16, choices=Decision.Outcome.choices, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["submitted_at", "id"]
        verbose_name = _("opinion")
        verbose_name_plural = _("opinions")

    def __str__(self):
        return self.text[:30]

    @property
    def signature(self) -> str:
        """How the opinion is signed on public pages: the name masked as public lists mask it (张*, 欧**娜)."""
        return mask_name_for_public_list(self.author_name)


class Support(models.Model):
    """A person's support of an opinion: one per person and topic. The person is a phone number confirmed by
    a text-message code, kept only as a keyed hash (codes.supporter_key), or a signed-in account."""

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="supports")
    opinion = models.ForeignKey(Opinion, on_delete=models.PROTECT, related_name="supports")
    phone_key = models.CharField(max_length=64, blank=True)
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["topic", "phone_key"], condition=~models.Q(phone_key=""),
                                    name="support_once_per_phone_and_topic"),
            models.UniqueConstraint(fields=["topic", "account"], condition=models.Q(account__isnull=False),
                                    name="support_once_per_account_and_topic"),
            models.CheckConstraint(
                condition=(models.Q(account__isnull=True) & ~models.Q(phone_key=""))
                | (models.Q(account__isnull=False) & models.Q(phone_key="")),
                name="support_by_phone_or_account",
            ),
        ]


class PhoneCode(models.Model):
    """A text-message code sent to confirm a phone number: the number and the code are kept only as keyed
    hashes; it expires, allows a few tries, and is used once."""

    phone_key = models.CharField(max_length=64, db_index=True)
    purpose = models.CharField(max_length=40)
    code_hash = models.CharField(max_length=64)
    sent_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    tries = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)


class Forwarding(models.Model):
    """The opinions on a draft law sent on to the legislature as a numbered document (〔year〕N号), counted
    per year and region."""

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="forwardings")
    number = models.PositiveIntegerField(_("document number"))
    year = models.PositiveSmallIntegerField()
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="+")
    addressee = models.CharField(_("sent to"), max_length=100)
    opinions = models.PositiveIntegerField(_("opinions"))
    forwarded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    forwarded_at = models.DateTimeField()

    class Meta:
        ordering = ["-forwarded_at"]
        constraints = [models.UniqueConstraint(fields=["region", "year", "number"], name="forwarding_number_once")]

    @property
    def document_number(self) -> str:
        return f"〔{self.year}〕{self.number}号"
