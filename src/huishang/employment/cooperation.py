"""Training bases (实训基地) and school–enterprise cooperation (校企合作: 校中厂, 厂中校, 订单班 …), as seed 004's
内江 explores them: the office records a base an enterprise or a school runs, a cooperation between a school and an
enterprise of its jurisdiction for a period and a number of places, and each trainee who joins it; the figures
count the trainees from these records."""

from django.db import transaction
from django.utils.translation import gettext as _, pgettext

from huishang.core import clock
from huishang.core.errors import InvalidTransition, ValidationError
from huishang.core.text import cleaned
from huishang.directory.models import Organization
from huishang.employment import checks
from huishang.employment.models import Cooperation, CooperationForm, CooperationTrainee, TrainingBase
from huishang.employment.permissions import check_keeps_cooperation
from huishang.vault.crypto import lookup_hash

HOSTS = (Organization.Kind.ENTERPRISE, Organization.Kind.SCHOOL)
# Where each of these forms runs: a factory in the school at a base the school hosts, a school in the factory at one
# the enterprise hosts.
BASE_HOSTED_BY = {CooperationForm.FACTORY_IN_SCHOOL: "school", CooperationForm.SCHOOL_IN_FACTORY: "enterprise"}


def _organization(value, kind, field: str, message: str) -> Organization:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, Organization) or value.kind not in kinds:
        raise ValidationError(message, field=field)
    return value


@transaction.atomic
def record_training_base(*, by, name: str, host, trades: str, places, opened_on) -> TrainingBase:
    """The office records a training base an enterprise or a school of its jurisdiction runs, with its work places
    and the trades taught there; it is placed in the host's region."""
    host = _organization(host, HOSTS, "host", _("Choose the enterprise or school that runs the base."))
    check_keeps_cooperation(by, host.region, field="host")
    name = checks.required_text(name, "name", pgettext("place", "Name"), 100)
    if TrainingBase.objects.filter(name=name).exists():
        raise ValidationError(_("A training base of this name already exists."), field="name")
    trades = checks.required_text(trades, "trades", _("Trades taught"), 200)
    places = checks.positive_number(places, "places", _("Work places"))
    opened_on = checks.day(opened_on, "opened_on")
    if opened_on > clock.today():
        raise ValidationError(_("A base cannot be recorded as opened in the future."), field="opened_on")
    return TrainingBase.objects.create(name=name, host=host, region=host.region, trades=trades, places=places,
                                       opened_on=opened_on, recorded_at=clock.now(), recorded_by=by)


@transaction.atomic
def record_cooperation(*, by, school, enterprise, form: str, starts_on, ends_on, places, training_base=None,
                       description: str = "") -> Cooperation:
    """The office records a cooperation between a school (of any city) and an enterprise of its jurisdiction, in a
    form, for a period and a number of places; a factory in the school runs at a base the school hosts, a school in
    the factory at one the enterprise hosts, and any other form names only a base of one of the two."""
    school = _organization(school, Organization.Kind.SCHOOL, "school", _("Choose a school."))
    enterprise = _organization(enterprise, Organization.Kind.ENTERPRISE, "enterprise", _("Choose an enterprise."))
    check_keeps_cooperation(by, enterprise.region, field="enterprise")
    if form not in CooperationForm.values:
        raise ValidationError(_("Choose a form of cooperation."), field="form")
    starts_on, ends_on = checks.day(starts_on, "starts_on"), checks.day(ends_on, "ends_on")
    if ends_on < starts_on:
        raise ValidationError(_("The cooperation cannot end before it starts."), field="ends_on")
    places = checks.positive_number(places, "places", _("Places"))
    if training_base is not None and not isinstance(training_base, TrainingBase):
        raise ValidationError(_("Choose a training base."), field="training_base")
    parties = {"school": school, "enterprise": enterprise}
    hosted_by = BASE_HOSTED_BY.get(form)
    if hosted_by and (training_base is None or training_base.host_id != parties[hosted_by].pk):
        raise ValidationError(_("%(form)s runs at a training base of %(host)s.") % {
            "form": CooperationForm(form).label, "host": parties[hosted_by]}, field="training_base")
    if training_base is not None and training_base.host_id not in (school.pk, enterprise.pk):
        raise ValidationError(_("The training base must be run by the school or the enterprise."),
                              field="training_base")
    return Cooperation.objects.create(
        school=school, enterprise=enterprise, region=enterprise.region, form=form, training_base=training_base,
        starts_on=starts_on, ends_on=ends_on, places=places, description=cleaned(description)[:2000],
        recorded_at=clock.now(), recorded_by=by,
    )


@transaction.atomic
def record_trainee(*, by, cooperation: Cooperation, name: str, id_number: str, joined_on) -> CooperationTrainee:
    """A trainee joins a cooperation on a day of its period, once, while a place is free."""
    check_keeps_cooperation(by, cooperation.region, field="cooperation")
    name = checks.required_text(name, "name", _("Name"), 64)
    id_number = checks.id_number(id_number)
    joined_on = checks.day(joined_on, "joined_on")
    if not cooperation.starts_on <= joined_on <= cooperation.ends_on:
        raise ValidationError(_("A trainee joins on a day from %(start)s to %(end)s.") % {
            "start": cooperation.starts_on, "end": cooperation.ends_on}, field="joined_on")
    cooperation = Cooperation.objects.select_for_update().get(pk=cooperation.pk)
    trainees = CooperationTrainee.objects.filter(cooperation=cooperation)
    if trainees.filter(id_number_hash=lookup_hash(id_number)).exists():
        raise ValidationError(_("This person is already a trainee of this cooperation."), field="id_number")
    if trainees.count() >= cooperation.places:
        raise InvalidTransition(_("All %(places)s places of this cooperation are taken.") % {
            "places": cooperation.places})
    return CooperationTrainee.objects.create(cooperation=cooperation, name=name, id_number=id_number,
                                             joined_on=joined_on, recorded_at=clock.now(), recorded_by=by)
