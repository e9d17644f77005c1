"""Internship bases (就业见习基地): an enterprise applies, the office recognises it for a period or refuses it with a
reason; a recognised base offers posts and takes interns, whose internship ends completed or early and who may be
hired afterwards."""

import datetime

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _, pgettext

from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Role, User
from huishang.employment import checks
from huishang.employment.models import Intern, InternshipBase, InternshipPost
from huishang.employment.notices import BASE_REVIEWED
from huishang.employment.permissions import keeps_base, may_apply_for_base, reviews_bases
from huishang.notifications.services import notify
from huishang.vault.crypto import lookup_hash


def _day(value, field: str) -> datetime.date:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise ValidationError(_("Give a date written YYYY-MM-DD."), field=field)
    return value


def _check_keeps(by, base: InternshipBase) -> None:
    if not keeps_base(by, base):
        raise NotAllowed(_("Only the service office or the base's own enterprise keeps its posts and interns."))


def _locked(base: InternshipBase) -> InternshipBase:
    """The stored base, locked for this transaction; refused if someone changed it since ``base`` was read."""
    stored = InternshipBase.objects.select_for_update().select_related("enterprise", "region").get(pk=base.pk)
    if stored.version != base.version:
        raise ConcurrentChange()
    return stored


@transaction.atomic
def apply_for_base(*, by, enterprise, application: str = "") -> InternshipBase:
    """An enterprise applies to be an internship base (its contact, or the office recording it for the enterprise);
    an enterprise has at most one application under review or one recognition still valid."""
    if not isinstance(enterprise, Organization) or enterprise.kind != Organization.Kind.ENTERPRISE:
        raise ValidationError(_("Choose an enterprise."), field="enterprise")
    jurisdiction_of(by).check_organization(enterprise, field="enterprise")
    if not may_apply_for_base(by, enterprise):
        raise NotAllowed(_("Only the enterprise itself or the service office of its region applies for it."))
    bases = InternshipBase.objects.filter(enterprise=enterprise)
    if bases.filter(state=InternshipBase.State.APPLIED).exists():
        raise InvalidTransition(_("This enterprise's application is already under review."), field="enterprise")
    if bases.filter(state=InternshipBase.State.RECOGNISED, valid_until__gte=clock.today()).exists():
        raise InvalidTransition(_("This enterprise is already a recognised internship base."), field="enterprise")
    return InternshipBase.objects.create(
        enterprise=enterprise, region=enterprise.region, application=cleaned(application)[:2000],
        applied_at=clock.now(), applied_by=by,
    )


@transaction.atomic
def recognise_base(base: InternshipBase, *, by, recognised_on, valid_until) -> InternshipBase:
    """The office of the base's region recognises an application under review, from a day (not before the
    application) until a later one."""
    if not reviews_bases(by, base.region):
        raise NotAllowed(_("Only the service office of the base's region reviews its application."))
    recognised_on = _day(recognised_on, "recognised_on")
    valid_until = _day(valid_until, "valid_until")
    if recognised_on < timezone.localdate(base.applied_at):
        raise ValidationError(_("A base cannot be recognised before it applied."), field="recognised_on")
    if valid_until <= recognised_on:
        raise ValidationError(_("The recognition must be valid until a day after it was granted."),
                              field="valid_until")
    base = _locked(base)
    if base.state != InternshipBase.State.APPLIED:
        raise InvalidTransition(_("Only an application under review can be decided."))
    base.state, base.recognised_on, base.valid_until = InternshipBase.State.RECOGNISED, recognised_on, valid_until
    return _decided(base, by)


@transaction.atomic
def refuse_base(base: InternshipBase, *, by, reason: str) -> InternshipBase:
    """The office of the base's region refuses an application under review, saying why."""
    if not reviews_bases(by, base.region):
        raise NotAllowed(_("Only the service office of the base's region reviews its application."))
    reason = checks.required_text(reason, "reason", _("Reason"), 2000)
    base = _locked(base)
    if base.state != InternshipBase.State.APPLIED:
        raise InvalidTransition(_("Only an application under review can be decided."))
    base.state, base.refusal_reason = InternshipBase.State.REFUSED, reason
    return _decided(base, by)


def _decided(base: InternshipBase, by) -> InternshipBase:
    """Keep the decision and tell the enterprise's contacts (not the one who decided)."""
    base.reviewed_at, base.reviewed_by, base.version = clock.now(), by, base.version + 1
    base.save(update_fields=["state", "recognised_on", "valid_until", "refusal_reason", "reviewed_at", "reviewed_by",
                             "version"])
    contacts = User.objects.filter(role=Role.ENTERPRISE, organization=base.enterprise, is_active=True).exclude(pk=by.pk)
    link = reverse("employment:internship-base-detail", args=[base.pk])
    for contact in contacts.order_by("pk"):
        notify(contact, key=f"internship-base:{base.pk}:{base.version}:{contact.pk}", event=BASE_REVIEWED.name,
               context={"base": base}, link=link, at=base.reviewed_at)
    return base


@transaction.atomic
def add_post(*, by, base: InternshipBase, title: str, places, description: str = "") -> InternshipPost:
    """A recognised base offers an internship post with a number of places."""
    _check_keeps(by, base)
    if base.state != InternshipBase.State.RECOGNISED:
        raise InvalidTransition(_("Only a recognised internship base offers posts."))
    return InternshipPost.objects.create(
        base=base, title=checks.required_text(title, "title", pgettext("employment", "Title"), 100),
        places=checks.positive_number(places, "places", _("Places")), description=cleaned(description)[:2000],
        posted_at=clock.now(),
    )


@transaction.atomic
def record_intern(*, by, base: InternshipBase, name: str, id_number: str, starts_on, ends_on, phone: str = "",
                  post: InternshipPost | None = None) -> Intern:
    """An intern joins a base that is recognised and valid on the day the internship starts, which ends on or after
    it starts; one person does one internship at a time."""
    _check_keeps(by, base)
    name = checks.required_text(name, "name", _("Name"), 64)
    id_number = checks.id_number(id_number)
    phone = checks.phone_number(phone, required=False)
    starts_on, ends_on = _day(starts_on, "starts_on"), _day(ends_on, "ends_on")
    if ends_on < starts_on:
        raise ValidationError(_("The internship cannot end before it starts."), field="ends_on")
    if not base.valid_on(starts_on):
        raise ValidationError(_("The base is not a recognised internship base on the day the internship starts."),
                              field="starts_on")
    if post is not None and post.base_id != base.pk:
        raise ValidationError(_("This post belongs to another base."), field="post")
    overlapping = Intern.objects.filter(id_number_hash=lookup_hash(id_number), starts_on__lte=ends_on).exclude(
        outcome=Intern.Outcome.LEFT_EARLY, left_on__lt=starts_on)
    if any(other.last_day >= starts_on for other in overlapping):
        raise ValidationError(_("This person already has an internship in that period."), field="id_number")
    return Intern.objects.create(
        base=base, post=post, name=name, id_number=id_number, phone=phone, starts_on=starts_on, ends_on=ends_on,
        recorded_at=clock.now(), recorded_by=by,
    )


def _locked_intern(intern: Intern) -> Intern:
    return Intern.objects.select_for_update().select_related("base__enterprise", "base__region").get(pk=intern.pk)


@transaction.atomic
def complete_internship(intern: Intern, *, by) -> Intern:
    """An internship under way is completed, not before its planned end."""
    _check_keeps(by, intern.base)
    intern = _locked_intern(intern)
    if intern.outcome != Intern.Outcome.UNDER_WAY:
        raise InvalidTransition(_("This internship has already ended."))
    if clock.today() < intern.ends_on:
        raise InvalidTransition(_("The internship has not reached its end yet."))
    intern.outcome = Intern.Outcome.COMPLETED
    intern.save(update_fields=["outcome"])
    return intern


@transaction.atomic
def leave_early(intern: Intern, *, by, left_on) -> Intern:
    """An intern leaves before the planned end, on a day from the start until before that end."""
    _check_keeps(by, intern.base)
    left_on = _day(left_on, "left_on")
    intern = _locked_intern(intern)
    if intern.outcome != Intern.Outcome.UNDER_WAY:
        raise InvalidTransition(_("This internship has already ended."))
    if not intern.starts_on <= left_on < intern.ends_on:
        raise ValidationError(_("Leaving early falls from the start until before the planned end."), field="left_on")
    if left_on > clock.today():
        raise ValidationError(_("The day of leaving cannot be in the future."), field="left_on")
    intern.outcome, intern.left_on = Intern.Outcome.LEFT_EARLY, left_on
    intern.save(update_fields=["outcome", "left_on"])
    return intern


@transaction.atomic
def record_hired_after(intern: Intern, *, by, hired) -> Intern:
    """Once the internship has ended, whether the intern was then hired is recorded; a later record replaces it."""
    _check_keeps(by, intern.base)
    if not isinstance(hired, bool):
        raise ValidationError(_("Say whether the intern was hired."), field="hired")
    intern = _locked_intern(intern)
    if intern.outcome == Intern.Outcome.UNDER_WAY:
        raise InvalidTransition(_("Record the end of the internship first."))
    intern.hired_after = hired
    intern.save(update_fields=["hired_after"])
    return intern
