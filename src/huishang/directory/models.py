"""Regions, organisations and the people who use Huishang, with the scope each role sees."""

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from huishang.directory import credit_code
from huishang.vault.fields import EncryptedCharField, LookupHashField


class Region(models.Model):
    """An administrative division with its GB/T 2260 code (towns: the 9-digit statistical code)."""

    code = models.CharField(
        _("region code"), max_length=12, unique=True, validators=[RegexValidator(r"^\d{6}(\d{3})?$")]
    )
    name = models.CharField(_("name"), max_length=64)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
        verbose_name=_("parent region"),
    )
    # The deployment's own top regions (one city, or several places side by side): public intake and
    # deployment-wide accounts place records only inside them (directory.jurisdiction).
    served = models.BooleanField(_("served by this deployment"), default=False)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    @property
    def code_prefix(self) -> str:
        """The leading digits shared by this region and every region inside it.

        GB/T 2260 pads a province as ``50 00 00`` and a city as ``51 10 00``; the zero pairs at
        the end stand for "all below", so ``511000`` covers every code starting ``5110``.
        """
        code = self.code
        if len(code) == 6:
            while code.endswith("00") and len(code) > 2:
                code = code[:-2]
        return code


class Organization(models.Model):
    class Kind(models.TextChoices):
        ENTERPRISE = "enterprise", _("enterprise")
        UNIT = "unit", _("responsible unit")
        UNION = "union", _("trade union")
        OFFICE = "office", _("service office")
        SUPERVISION = "supervision", _("supervision group")
        # A school or college: a party of school–enterprise cooperation (employment.Cooperation).
        SCHOOL = "school", _("school or college")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, db_index=True)
    name = models.CharField(_("name"), max_length=128, unique=True)
    short_name = models.CharField(_("short name"), max_length=64, blank=True)
    credit_code = models.CharField(_("unified social credit code"), max_length=18, unique=True, null=True, blank=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="organizations", verbose_name=_("region"))
    industry = models.CharField(_("industry"), max_length=64, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
        verbose_name=_("parent organization"),
    )

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def clean(self):
        if self.credit_code:
            self.credit_code = self.credit_code.strip().upper()
            if not credit_code.is_valid(self.credit_code):
                raise ValidationError({"credit_code": _("The unified social credit code is not valid (GB 32100).")})
        elif self.kind == self.Kind.ENTERPRISE:
            raise ValidationError({"credit_code": _("An enterprise needs its unified social credit code.")})


class Role(models.TextChoices):
    ADMIN = "admin", _("administrator")
    OFFICE = "office", _("service office")
    UNIT = "unit", _("unit handler")
    SUPERVISOR = "supervisor", _("supervisor")
    LEADER = "leader", _("leader")
    ENTERPRISE = "enterprise", _("enterprise contact")
    BUTLER = "butler", _("enterprise butler")
    UNION = "union", _("union officer")
    AUDITOR = "auditor", _("auditor")


class User(AbstractUser):
    """An account. Its role says what it may do; organisation and region say over what.

    enterprise contact: its ``organization`` (an enterprise); unit handler: its ``organization``
    (a unit); butler: ``enterprises_in_care``; office, supervisor, leader: ``region`` (none = all).
    """

    name = models.CharField(_("full name"), max_length=64, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.ENTERPRISE)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="members",
        verbose_name=_("organisation"),
    )
    region = models.ForeignKey(
        Region, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("region scope")
    )
    phone = EncryptedCharField(_("phone"), max_length=20, blank=True)
    phone_hash = LookupHashField(_("phone lookup hash"), of="phone")
    enterprises_in_care = models.ManyToManyField(
        Organization, blank=True, related_name="butlers", limit_choices_to={"kind": Organization.Kind.ENTERPRISE},
        verbose_name=_("enterprises in care"),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.name or self.username

    def get_full_name(self):
        return self.name or self.username

    def clean(self):
        super().clean()
        needs_org = {Role.ENTERPRISE: Organization.Kind.ENTERPRISE, Role.UNIT: Organization.Kind.UNIT}
        wanted_kind = needs_org.get(self.role)
        if wanted_kind and (self.organization is None or self.organization.kind != wanted_kind):
            raise ValidationError({"organization": _("This role needs an organisation of kind %(kind)s.") % {
                "kind": Organization.Kind(wanted_kind).label}})
