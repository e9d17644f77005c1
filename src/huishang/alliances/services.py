"""Every change of alliance records: one function per change, checking who may make it.

Where a change may reach is the acting account's jurisdiction (directory.jurisdiction): a studio or an
alliance is placed only inside it, and a studio is admitted only from inside it. Once admitted, the
alliance's parties (its organiser, its member studios, their hosts and leaders) may be named by its records
wherever they lie, which is what lets a cross-city alliance work; anything else a record names (an owner, an
expert's unit, a council member, a meeting) must lie inside the jurisdiction too.
"""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.alliances import permissions
from huishang.alliances.models import (
    Achievement, Activity, ActivityPhoto, Agreement, Alliance, AllianceMatter, Booking, CouncilSeat, Expert,
    ExpertService, JointMeeting, AllianceMembership, Resource, RotationTerm, Studio,
)
from huishang.alliances.selectors import is_member_on, overlapping_bookings, visible_alliances
from huishang.cases import services as matter_services
from huishang.cases.attachments import checked_content_type
from huishang.cases.selectors import can_view
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of, outside_message
from huishang.directory.models import Organization, Region
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting

PHOTO_TYPES = (".jpg", ".jpeg", ".png")
STUDIO_FIELDS = {"name", "level", "leader_name", "leader_honours", "field", "members", "introduction"}
STUDIO_FREE_TEXTS = {"leader_honours", "members", "introduction"}


def _text(value, field: str, max_length: int | None = None) -> str:
    value = cleaned(value)
    if not value:
        raise ValidationError(_("This field is required."), field=field)
    if max_length and len(value) > max_length:
        raise ValidationError(_("Ensure this value has at most %(limit_value)s characters.") % {
            "limit_value": max_length}, field=field)
    return value


def _date(value, field: str) -> datetime.date:
    if not isinstance(value, datetime.date):
        raise ValidationError(_("Enter a valid date."), field=field)
    return value


def _period(first, last, first_field="starts_on", last_field="ends_on") -> tuple[datetime.date, datetime.date]:
    first, last = _date(first, first_field), _date(last, last_field)
    if last < first:
        raise ValidationError(_("The end cannot come before the start."), field=last_field)
    return first, last


def _checked_file(uploaded, field: str, extensions: tuple[str, ...] | None = None):
    """The upload, if its type, signature and size are accepted (as for matters' attachments)."""
    if extensions and not uploaded.name.lower().endswith(extensions):
        raise ValidationError(_("Photos must be JPEG or PNG files."), field=field)
    try:
        checked_content_type(uploaded)
    except ValidationError as error:
        raise ValidationError(error.message, field=field) from error
    return uploaded


def _is_party(alliance: Alliance | None, organization: Organization) -> bool:
    """The alliance's organiser, or the host of one of its studios (members now or before)."""
    return alliance is not None and (
        organization.pk == alliance.organiser_id or alliance.memberships.filter(studio__host=organization).exists())


def _check_organization(alliance: Alliance | None, by, organization: Organization | None, field: str) -> None:
    """Refuse (naming ``field``) an organisation that is neither a party of the alliance nor inside the
    jurisdiction of ``by``."""
    if organization is not None and not _is_party(alliance, organization):
        jurisdiction_of(by).check_organization(organization, field=field)


def _check_person(alliance: Alliance | None, by, person, field: str) -> None:
    """Refuse (naming ``field``) a person placed outside the jurisdiction of ``by``, unless they lead one of the
    alliance's studios or belong to one of its parties."""
    if person is None:
        return
    if alliance is not None and alliance.memberships.filter(studio__leader=person).exists():
        return
    organization = person.organization if person.organization_id else None
    if organization is not None and _is_party(alliance, organization):
        return
    place = person.region if person.region_id else organization.region if organization else None
    if place is not None:
        jurisdiction_of(by).check(place, field=field)


def _check_studio(alliance: Alliance, by, studio: Studio | None, field: str) -> None:
    """A studio that has been a member of the alliance may be named anywhere; another only inside the
    jurisdiction of ``by``."""
    if studio is not None and not alliance.memberships.filter(studio=studio).exists():
        jurisdiction_of(by).check(studio.region, field=field)


def _require_manager(by, alliance: Alliance) -> None:
    if not permissions.manages(by, alliance):
        raise NotAllowed(_("Only the alliance's chair or secretary-general can do this."))


@transaction.atomic
def create_alliance(*, by, name, short_name, field, founded_on, organiser: Organization, introduction="") -> Alliance:
    """An administrator sets up an alliance with the union that organises it."""
    if not permissions.is_admin(by):
        raise NotAllowed(_("Only an administrator sets up an alliance."))
    name = _text(name, "name", 128)
    if Alliance.objects.filter(name=name).exists():
        raise ValidationError(_("An alliance of this name exists already."), field="name")
    if not isinstance(organiser, Organization):
        raise ValidationError(_("Choose the organising union."), field="organiser")
    jurisdiction_of(by).check_organization(organiser, field="organiser")
    return Alliance.objects.create(
        name=name, short_name=_text(short_name, "short_name", 32), field=_text(field, "field", 64),
        founded_on=_date(founded_on, "founded_on"), organiser=organiser, introduction=cleaned(introduction),
    )


@transaction.atomic
def appoint_council_seat(
    alliance: Alliance, *, by, role, person_name, starts_on, user=None, organization=None, position="",
) -> CouncilSeat:
    """The chair or secretary-general (or an administrator) fills a council seat; one chair at a time."""
    _require_manager(by, alliance)
    if role not in CouncilSeat.Role.values:
        raise ValidationError(_("Choose a council role."), field="role")
    starts_on = _date(starts_on, "starts_on")
    _check_organization(alliance, by, organization, "organization")
    _check_person(alliance, by, user, "user")
    if role == CouncilSeat.Role.CHAIR:
        alliance.seats.filter(role=role, ends_on__isnull=True, starts_on__lt=starts_on).update(
            ends_on=starts_on - datetime.timedelta(days=1))
    return CouncilSeat.objects.create(
        alliance=alliance, role=role, person_name=_text(person_name, "person_name", 64), position=cleaned(position),
        user=user, organization=organization, starts_on=starts_on,
    )


@transaction.atomic
def end_council_seat(seat: CouncilSeat, *, by, ends_on) -> CouncilSeat:
    """The alliance's manager records the last day of a council seat, once, not before the seat began."""
    _require_manager(by, seat.alliance)
    ends_on = _date(ends_on, "ends_on")
    if ends_on < seat.starts_on:
        raise ValidationError(_("A seat cannot end before it began."), field="ends_on")
    if CouncilSeat.objects.filter(pk=seat.pk, ends_on__isnull=True).update(ends_on=ends_on) != 1:
        raise InvalidTransition(_("This seat has already ended."))
    seat.refresh_from_db()
    return seat


@transaction.atomic
def register_studio(
    *, by, name, level, leader_name, host: Organization, region: Region, field, recognised_on, leader=None,
    leader_honours="", members="", introduction="",
) -> Studio:
    """An administrator or an alliance's manager records a recognised studio."""
    if not (permissions.is_admin(by) or permissions.current_seats(by).filter(
            role__in=permissions.MANAGING_SEATS).exists()):
        raise NotAllowed(_("Only an alliance's chair or secretary-general can register a studio."))
    name = _text(name, "name", 128)
    if Studio.objects.filter(name=name).exists():
        raise ValidationError(_("A studio of this name exists already."), field="name")
    if level not in Studio.Level.values:
        raise ValidationError(_("Choose a level."), field="level")
    if not isinstance(host, Organization):
        raise ValidationError(_("Choose the host enterprise or unit."), field="host")
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    jurisdiction = jurisdiction_of(by)
    jurisdiction.check(region, field="region")
    jurisdiction.check_organization(host, field="host")
    _check_person(None, by, leader, "leader")
    return Studio.objects.create(
        name=name, level=level, leader=leader, leader_name=_text(leader_name, "leader_name", 64),
        leader_honours=cleaned(leader_honours), host=host, region=region, field=_text(field, "field", 64),
        members=cleaned(members), recognised_on=_date(recognised_on, "recognised_on"),
        introduction=cleaned(introduction),
    )


@transaction.atomic
def update_studio(studio: Studio, *, by, **changes) -> Studio:
    """A studio's leader keeps its profile up to date; nobody else's studio."""
    if not permissions.leads(by, studio):
        raise NotAllowed(_("Only the studio's leader can edit it."))
    unknown = set(changes) - STUDIO_FIELDS
    if unknown:
        raise ValidationError(_("This field cannot be changed here."), field=sorted(unknown)[0])
    for field, value in changes.items():
        if field in ("name", "leader_name", "field"):
            value = _text(value, field, Studio._meta.get_field(field).max_length)
        if field in STUDIO_FREE_TEXTS:
            value = cleaned(value)
        if field == "level" and value not in Studio.Level.values:
            raise ValidationError(_("Choose a level."), field="level")
        if field == "name" and Studio.objects.filter(name=value).exclude(pk=studio.pk).exists():
            raise ValidationError(_("A studio of this name exists already."), field="name")
        setattr(studio, field, value)
    studio.save()
    return studio


@transaction.atomic
def admit_studio(alliance: Alliance, *, by, studio: Studio, joined_on, plaque_on=None) -> AllianceMembership:
    """The alliance's manager admits a studio from a date; a studio is a member only once at a time, and a new
    member comes from inside the manager's jurisdiction."""
    _require_manager(by, alliance)
    if not isinstance(studio, Studio):
        raise ValidationError(_("Choose a studio."), field="studio")
    _check_studio(alliance, by, studio, "studio")
    joined_on = _date(joined_on, "joined_on")
    if joined_on < alliance.founded_on:
        raise ValidationError(_("A studio cannot join before the alliance was founded."), field="joined_on")
    if alliance.memberships.filter(studio=studio).exclude(left_on__lt=joined_on).exists():
        raise ValidationError(_("This studio is already a member."), field="studio")
    return AllianceMembership.objects.create(alliance=alliance, studio=studio, joined_on=joined_on, plaque_on=plaque_on)


@transaction.atomic
def record_leaving(membership: AllianceMembership, *, by, left_on) -> AllianceMembership:
    """The alliance's manager records the last day of a studio's membership."""
    _require_manager(by, membership.alliance)
    left_on = _date(left_on, "left_on")
    if membership.left_on is not None:
        raise InvalidTransition(_("This studio has already left."))
    if left_on < membership.joined_on:
        raise ValidationError(_("A studio cannot leave before it joined."), field="left_on")
    membership.left_on = left_on
    membership.save(update_fields=["left_on"])
    return membership


@transaction.atomic
def award_plaque(membership: AllianceMembership, *, by, on) -> AllianceMembership:
    """A member receives its plaque (授牌) once."""
    _require_manager(by, membership.alliance)
    if membership.plaque_on is not None:
        raise InvalidTransition(_("This member already has its plaque."))
    membership.plaque_on = _date(on, "plaque_on")
    membership.save(update_fields=["plaque_on"])
    return membership


@transaction.atomic
def start_rotation_term(
    alliance: Alliance, *, by, host: Studio, starts_on, ends_on, handover: Activity | None = None, plaque="",
) -> RotationTerm:
    """A member studio hosts the alliance for a term; the terms of one alliance cannot overlap."""
    _require_manager(by, alliance)
    starts_on, ends_on = _period(starts_on, ends_on)
    if not is_member_on(alliance, host, starts_on):
        raise ValidationError(_("The host must be a member studio when its term starts."), field="host")
    Alliance.objects.select_for_update().filter(pk=alliance.pk).first()
    clash = alliance.rotation_terms.filter(starts_on__lte=ends_on, ends_on__gte=starts_on).first()
    if clash:
        raise ValidationError(_("This term overlaps the term of %(host)s (%(first)s to %(last)s).") % {
            "host": clash.host.name, "first": clash.starts_on, "last": clash.ends_on}, field="starts_on")
    if handover is not None and handover.alliance_id != alliance.pk:
        raise ValidationError(_("The handover must be an activity of this alliance."), field="handover")
    return RotationTerm.objects.create(
        alliance=alliance, host=host, starts_on=starts_on, ends_on=ends_on, handover=handover, plaque=cleaned(plaque))


def _expert_values(alliance, by, *, name, title, fields, joined_on, studio, organization, before=None) -> dict:
    if studio is None and organization is None:
        raise ValidationError(_("Say which studio or unit the expert comes from."), field="studio")
    # What the record named already stays; what changes must be a party or lie in the jurisdiction.
    if studio is not None and studio != getattr(before, "studio", None):
        _check_studio(alliance, by, studio, "studio")
    if organization is not None and organization != getattr(before, "organization", None):
        _check_organization(alliance, by, organization, "organization")
    return {"name": _text(name, "name", 64), "title": _text(title, "title", 64),
            "fields": _text(fields, "fields", 200), "studio": studio, "organization": organization,
            "joined_on": _date(joined_on, "joined_on")}


@transaction.atomic
def add_expert(
    alliance: Alliance, *, by, name, title, fields, joined_on, studio: Studio | None = None, organization=None,
) -> Expert:
    """The alliance's manager adds a person to its pool of experts, from the studio or unit they come from."""
    _require_manager(by, alliance)
    return Expert.objects.create(alliance=alliance, **_expert_values(
        alliance, by, name=name, title=title, fields=fields, joined_on=joined_on, studio=studio, organization=organization))


@transaction.atomic
def update_expert(
    expert: Expert, *, by, name, title, fields, joined_on, studio: Studio | None = None, organization=None,
    left_on=None,
) -> Expert:
    """The alliance's manager keeps an expert's record up to date; an expert cannot leave before joining."""
    _require_manager(by, expert.alliance)
    values = _expert_values(expert.alliance, by, name=name, title=title, fields=fields, joined_on=joined_on,
                            studio=studio, organization=organization, before=expert)
    if left_on is not None and _date(left_on, "left_on") < values["joined_on"]:
        raise ValidationError(_("An expert cannot leave before joining."), field="left_on")
    for field, value in {**values, "left_on": left_on}.items():
        setattr(expert, field, value)
    expert.save()
    return expert


@transaction.atomic
def record_expert_service(expert: Expert, *, by, kind, served_on, note="") -> ExpertService:
    """What an expert served in: a consultation, research or training."""
    _require_manager(by, expert.alliance)
    if kind not in ExpertService.Kind.values:
        raise ValidationError(_("Choose what the expert served in."), field="kind")
    return ExpertService.objects.create(expert=expert, kind=kind, served_on=_date(served_on, "served_on"),
                                        note=cleaned(note)[:200])


def _resource_values(alliance, by, *, kind, name, owner, keeper, capacity, description, before=None) -> dict:
    if kind not in Resource.Kind.values:
        raise ValidationError(_("Choose the kind of resource."), field="kind")
    if not isinstance(owner, Organization):
        raise ValidationError(_("Choose the owner."), field="owner")
    if keeper is None:
        raise ValidationError(_("Choose who approves bookings for the owner."), field="keeper")
    if owner != getattr(before, "owner", None):
        _check_organization(alliance, by, owner, "owner")
    if keeper != getattr(before, "keeper", None):
        _check_person(alliance, by, keeper, "keeper")
    if not isinstance(capacity, int) or capacity < 1:
        raise ValidationError(_("Ensure this value is greater than or equal to %(limit_value)s.") % {
            "limit_value": 1}, field="capacity")
    return {"kind": kind, "name": _text(name, "name", 128), "owner": owner, "keeper": keeper, "capacity": capacity,
            "description": cleaned(description)}


@transaction.atomic
def list_resource(
    alliance: Alliance, *, by, kind, name, owner: Organization, keeper, listed_on, capacity=1, description="",
) -> Resource:
    """The alliance's manager lists a resource a member shares, with the owner's approver."""
    _require_manager(by, alliance)
    values = _resource_values(alliance, by, kind=kind, name=name, owner=owner, keeper=keeper, capacity=capacity,
                              description=description)
    return Resource.objects.create(alliance=alliance, listed_on=_date(listed_on, "listed_on"), **values)


@transaction.atomic
def update_resource(
    resource: Resource, *, by, kind, name, owner: Organization, keeper, capacity, description="",
) -> Resource:
    """The alliance's manager changes what a shared resource is, who owns it and approves it, and its capacity."""
    _require_manager(by, resource.alliance)
    values = _resource_values(resource.alliance, by, kind=kind, name=name, owner=owner, keeper=keeper,
                              capacity=capacity, description=description, before=resource)
    for field, value in values.items():
        setattr(resource, field, value)
    resource.save()
    return resource


@transaction.atomic
def book_resource(resource: Resource, *, by, studio: Studio, starts_on, ends_on, purpose) -> Booking:
    """A member studio's leader asks for days on a shared resource; days already held are refused."""
    if not isinstance(studio, Studio):
        raise ValidationError(_("Choose your studio."), field="studio")
    if not permissions.leads(by, studio):
        raise NotAllowed(_("Only the studio's leader can book for it."))
    starts_on, ends_on = _period(starts_on, ends_on)
    if starts_on < clock.today():
        raise ValidationError(_("A booking cannot start in the past."), field="starts_on")
    if not is_member_on(resource.alliance, studio, starts_on):
        raise NotAllowed(_("Only member studios of the alliance can book its resources."))
    purpose = _text(purpose, "purpose", 200)
    # Lock the resource so that two requests for the same days cannot both pass the check.
    Resource.objects.select_for_update().filter(pk=resource.pk).first()
    clash = overlapping_bookings(resource, starts_on, ends_on).select_related("studio").first()
    if clash:
        raise ValidationError(_("These days are already booked by %(studio)s (%(first)s to %(last)s).") % {
            "studio": clash.studio.name, "first": clash.starts_on, "last": clash.ends_on}, field="starts_on")
    return Booking.objects.create(
        resource=resource, studio=studio, requested_by=by, requested_at=clock.now(), starts_on=starts_on,
        ends_on=ends_on, purpose=purpose,
    )


def _decide(booking: Booking, *, by, state, note) -> Booking:
    if not permissions.keeps(by, booking.resource):
        raise NotAllowed(_("Only the resource's owner approves its bookings."))
    if Booking.objects.filter(pk=booking.pk, state=Booking.State.PENDING).update(
            state=state, decided_by=by, decided_at=clock.now(), decision_note=cleaned(note)[:200]) != 1:
        raise InvalidTransition(_("This booking has already been decided."))
    booking.refresh_from_db()
    return booking


@transaction.atomic
def approve_booking(booking: Booking, *, by, note="") -> Booking:
    """The resource's owner approves a pending booking."""
    return _decide(booking, by=by, state=Booking.State.APPROVED, note=note)


@transaction.atomic
def refuse_booking(booking: Booking, *, by, note="") -> Booking:
    """The resource's owner refuses a pending booking; its days become free again."""
    return _decide(booking, by=by, state=Booking.State.REFUSED, note=note)


@transaction.atomic
def cancel_booking(booking: Booking, *, by) -> Booking:
    """Whoever asked, or the resource's owner, withdraws a pending or approved booking; its days become free again."""
    if booking.requested_by_id != by.pk and not permissions.keeps(by, booking.resource):
        raise NotAllowed(_("Only whoever made the booking or the resource's owner can cancel it."))
    if Booking.objects.filter(pk=booking.pk, state__in=(Booking.State.PENDING, Booking.State.APPROVED)).update(
            state=Booking.State.CANCELLED, decided_by=by, decided_at=clock.now()) != 1:
        raise InvalidTransition(_("This booking is no longer pending or approved."))
    booking.refresh_from_db()
    return booking


def _member_studios(alliance: Alliance, studios, day, field: str, minimum: int) -> list[Studio]:
    studios = list(dict.fromkeys(studios or ()))
    if len(studios) < minimum:
        raise ValidationError(_("Choose at least %(count)s member studios.") % {"count": minimum}, field=field)
    for studio in studios:
        if not is_member_on(alliance, studio, day):
            raise ValidationError(_("%(studio)s was not a member on that day.") % {"studio": studio.name}, field=field)
    return studios


@transaction.atomic
def record_agreement(
    alliance: Alliance, *, by, subject, parties, signed_on, kind=Agreement.Kind.JOINT_RESEARCH, goals="",
    attachment=None,
) -> Agreement:
    """An agreement between at least two member studios, recorded by the alliance's manager or a party's leader."""
    if kind not in Agreement.Kind.values:
        raise ValidationError(_("Choose the kind of agreement."), field="kind")
    subject = _text(subject, "subject", 200)
    signed_on = _date(signed_on, "signed_on")
    parties = _member_studios(alliance, parties, signed_on, "parties", 2)
    if not permissions.records_for(by, alliance, parties):
        raise NotAllowed(_("Only the alliance's manager or a party's studio leader can record this agreement."))
    if attachment is not None:
        _checked_file(attachment, "attachment")
    agreement = Agreement(alliance=alliance, kind=kind, subject=subject, signed_on=signed_on, goals=cleaned(goals),
                          recorded_by=by)
    if attachment is not None:
        agreement.attachment.save(attachment.name, attachment, save=False)
    agreement.save()
    agreement.parties.set(parties)
    return agreement


@transaction.atomic
def report_progress(agreement: Agreement, *, by, progress: int, note="") -> Agreement:
    """A party's leader or the alliance's manager reports how far the agreement has come (0-100 %); each note is
    added, dated and signed, below the earlier ones."""
    if not permissions.records_for(by, agreement.alliance, agreement.parties.all()):
        raise NotAllowed(_("Only the alliance's manager or a party's studio leader can report progress."))
    if not isinstance(progress, int) or not 0 <= progress <= 100:
        raise ValidationError(_("Give the progress as a whole number from 0 to 100."), field="progress")
    agreement.progress = progress
    note = cleaned(note)
    if note:
        entry = f"{clock.today():%Y-%m-%d} {by.name or by.username}：{note}"
        agreement.progress_note = f"{agreement.progress_note}\n{entry}".strip()
    agreement.save(update_fields=["progress", "progress_note"])
    return agreement


@transaction.atomic
def record_achievement(
    alliance: Alliance, *, by, kind, title, studios, achieved_on, description="", shared=True,
) -> Achievement:
    """A result made by member studios; shared results are shown to all members and on the public pages."""
    if kind not in Achievement.Kind.values:
        raise ValidationError(_("Choose the kind of achievement."), field="kind")
    title = _text(title, "title", 200)
    achieved_on = _date(achieved_on, "achieved_on")
    studios = _member_studios(alliance, studios, achieved_on, "studios", 1)
    if not permissions.records_for(by, alliance, studios):
        raise NotAllowed(_("Only the alliance's manager or the studio's leader can record this achievement."))
    achievement = Achievement.objects.create(alliance=alliance, kind=kind, title=title, achieved_on=achieved_on,
                                             description=cleaned(description), shared=bool(shared))
    achievement.studios.set(studios)
    return achievement


@transaction.atomic
def record_activity(
    alliance: Alliance, *, by, kind, title, held_on, location="", attendees="", minutes="", photos=(), meeting=None,
) -> Activity:
    """The alliance's manager records a meeting, exchange visit, competition or training, with photos."""
    _require_manager(by, alliance)
    if kind not in Activity.Kind.values:
        raise ValidationError(_("Choose the kind of activity."), field="kind")
    if meeting is not None and not JointMeeting.objects.filter(alliance=alliance, meeting=meeting).exists():
        jurisdiction_of(by).check(meeting.region, field="meeting")
    for photo in photos:
        _checked_file(photo, "photos", PHOTO_TYPES)
    activity = Activity.objects.create(
        alliance=alliance, kind=kind, title=_text(title, "title", 200), held_on=_date(held_on, "held_on"),
        location=cleaned(location), attendees=cleaned(attendees), minutes=cleaned(minutes), meeting=meeting,
    )
    for photo in photos:
        ActivityPhoto(activity=activity).image.save(photo.name, photo, save=True)
    return activity


def _may_handle_matters(by, alliance: Alliance) -> bool:
    return permissions.manages(by, alliance) or by.role in meeting_services.ORGANISING_ROLES


def _check_reaches(by, alliances, field: str) -> None:
    """Refuse (naming ``field``) an alliance the acting account may not read: its jurisdiction does not
    reach it."""
    reachable = set(visible_alliances(by).filter(pk__in=[a.pk for a in alliances]).values_list("pk", flat=True))
    outside = [alliance for alliance in alliances if alliance.pk not in reachable]
    if outside:
        raise NotAllowed(outside_message(outside[0]), field=field)


@transaction.atomic
def link_matter(alliance: Alliance, *, by, matter) -> AllianceMatter:
    """A matter raised inside an alliance is marked as the alliance's; it keeps the usual lifecycle."""
    if not _may_handle_matters(by, alliance) or not can_view(by, matter):
        raise NotAllowed(_("Only the alliance's manager or the service office can bring a matter to the alliance."))
    _check_reaches(by, [alliance], "alliance")
    if AllianceMatter.objects.filter(matter=matter).exists():
        raise ValidationError(_("This matter already belongs to an alliance."), field="matter")
    return AllianceMatter.objects.create(alliance=alliance, matter=matter)


@transaction.atomic
def raise_matter(alliance: Alliance, *, by, title, description, category, enterprise=None, region=None) -> AllianceMatter:
    """The service office takes in a problem brought to the alliance (e.g. by a member's enterprise)."""
    _check_reaches(by, [alliance], "alliance")
    matter = matter_services.submit_matter(by=by, title=title, description=description, category=category,
                                           enterprise=enterprise, region=region)
    return link_matter(alliance, by=by, matter=matter)


@transaction.atomic
def hold_joint_meeting(alliances, *, by, held_on, region=None, title="", location="", attendees="") -> Meeting:
    """The service office schedules a joint meeting (联席会议) of one or more alliances."""
    alliances = list(alliances)
    if not alliances:
        raise ValidationError(_("Choose at least one alliance."), field="alliances")
    _check_reaches(by, alliances, "alliances")
    meeting = meeting_services.create_meeting(by=by, kind=Meeting.Kind.JOINT, held_on=held_on, region=region,
                                              title=title, location=location, attendees=attendees)
    for alliance in alliances:
        JointMeeting.objects.create(alliance=alliance, meeting=meeting)
    return meeting


@transaction.atomic
def put_before_joint_meeting(link: AllianceMatter, *, by, meeting: Meeting):
    """An alliance's matter goes on the agenda of a joint meeting held for that alliance."""
    if not JointMeeting.objects.filter(alliance=link.alliance_id, meeting=meeting).exists():
        raise ValidationError(_("Choose a joint meeting of the same alliance."), field="meeting")
    return meeting_services.add_to_agenda(meeting, link.matter, by=by)
