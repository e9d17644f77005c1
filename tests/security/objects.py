"""The demo records each route is requested with, and the people who request it.

Each route is requested with two records of the kind its path names:
- the record of the probing accounts' own jurisdiction (``home_records``): a matter of the demo enterprise
  contact's own enterprise, handled by the demo unit handler's unit, in the demo office's region (内江); a
  内江 meeting, alliance, recruitment round, event and lead; and the demo's only places for the rest: 永川's
  union assessment, survey and butler visit, 杨浦's suggestions and collection points, 雄安's job station.
  A record of 永川, 杨浦 or 雄安 is probed by that place's own office (and in 杨浦 its supervisor and leader,
  ``PLACE_ACCOUNTS``) in place of 内江's, so "own jurisdiction" holds for them;
- the record of another jurisdiction (elsewhere.py): the same kind placed where no probing account but the
  deployment-wide ones acts.
"""

import re
from types import SimpleNamespace

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.accounts import second_factor
from huishang.alliances.models import (
    Activity, ActivityPhoto, Agreement, Alliance, AllianceMembership, Booking, CouncilSeat, Expert, Resource, Studio,
)
from huishang.assessment.models import Assessment, Risk, ScreeningCampaign
from huishang.butlers.models import Visit
from huishang.cases.models import Attachment, Matter
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Region, Role, User
from huishang.dispatch.models import RoutingEntry
from huishang.employment.models import (
    Cooperation, Course, EmploymentCentre, Enrolment, Household, Intern, InternshipPost, Job, JobStation, Placement,
    Seeker, Subsidy,
)
from huishang.knowledge.models import Article
from huishang.ledgers.models import ImportJob
from huishang.meetings.models import Meeting
from huishang.promotion.models import Lead
from huishang.ranking.models import Talk
from huishang.recruitment.models import Event, Round
from huishang.suggestions.models import CollectionPoint, Forwarding, Opinion, Suggestion, Topic, TopicDocument
from huishang.supervision.models import Card, ExtensionRequest, FollowUp, ReviewRound, SendBackRequest
from huishang.surveys.models import Survey
from huishang.unionwork import models as union  # its Cooperation is not employment's
from tests.factories import OTP_KEY

ANONYMOUS = "anonymous"
# Integer fields of example bodies that are amounts, not records: the schema's example value stands.
AMOUNTS = frozenset({"amount_fen", "days", "expected_wage", "expected_year_output_yuan", "fairly_weight",
                     "head_count", "hours", "interview_score", "min_education", "output_value_yuan", "places",
                     "planned_seats", "score", "seats_actual", "self_score", "wage", "working_days", "written_score"})
# The demo's places side by side (demo.world.SERVED_REGIONS), and the accounts that stand for a role there
# in place of the 内江 account named after the role.
PLACE_ACCOUNTS = {
    "511000": {},
    "500118": {Role.OFFICE: "office_yc"},
    "310110": {Role.OFFICE: "yangpu_office", Role.SUPERVISOR: "yp_supervisor", Role.LEADER: "yp_leader"},
    "133100": {Role.OFFICE: "station"},
}
# Where each kind of record lies: the place whose accounts probe a route naming it.
KIND_REGION = {
    "matter": lambda r: r.matter.region,
    "meeting": lambda r: r.meeting.region,
    "suggestion": lambda r: r.suggestion.matter.region,
    "point": lambda r: r.point.region,
    "topic": lambda r: r.topic.region,
    "alliance": lambda r: r.alliance.organiser.region,
    "round": lambda r: r.round.region,
    "event": lambda r: r.event.region,
    "lead": lambda r: r.lead.region,
    "assessment": lambda r: r.assessment.region,
    "station": lambda r: r.station.region,
    "internship base": lambda r: r.internship_base.region,
    "subsidy": lambda r: r.subsidy.region,
    "centre": lambda r: r.centre.region,
    "cooperation": lambda r: r.cooperation.region,
    "survey": lambda r: r.survey.region,
    "visit": lambda r: r.visit.enterprise.region,
    "routing entry": lambda r: r.routing_entry.region,
    "talk": lambda r: r.talk.unit.region,
    # Every union-work record of the demo is 永川's (the agreement is kept in 宝峰镇, inside it).
    "union work": lambda r: r.uw_plan.region,
    "campaign": lambda r: r.campaign.region,
    "risk": lambda r: r.risk.matter.region,
    "review round": lambda r: r.review_round.region,
    "article": lambda r: r.article.regions.order_by("code").first(),
    # An import job lies nowhere: it is its starter's alone; it is probed where its starter acts.
    "import job": lambda r: jurisdiction_of(r.import_job.created_by).region,
}


def role_accounts(place: str = "511000") -> dict[str, User | None]:
    """One account per role of directory.models.Role (the demo's account named after it, or the place's
    own for that role), and no one."""
    accounts = {}
    for role in Role.values:
        username = PLACE_ACCOUNTS[place].get(role, role)
        accounts[role] = User.objects.filter(username=username, role=role).first() or User.objects.filter(
            role=role, is_active=True).order_by("id").first()
        assert accounts[role] is not None, f"the demo has no {role} account"
        if second_factor.required_for(accounts[role]) and second_factor.confirmed_device(accounts[role]) is None:
            TOTPDevice.objects.create(user=accounts[role], name="default", key=OTP_KEY, confirmed=True)
    accounts[ANONYMOUS] = None
    return accounts


def place_of(region: Region) -> str:
    """The demo place (a key of PLACE_ACCOUNTS) that holds ``region``."""
    places = Region.objects.filter(code__in=PLACE_ACCOUNTS)
    return next(place.code for place in places if Jurisdiction(region=place).covers(region))


def _first(model, **where):
    row = model.objects.filter(**where).order_by("pk").first()
    assert row is not None, f"the demo has no {model.__name__}"
    return row


def _member_studios(alliance) -> list[int]:
    studios = list(Studio.objects.filter(memberships__alliance=alliance).order_by("pk").values_list("pk", flat=True))
    assert studios, f"the demo alliance {alliance} has no member studio"
    return studios


def _other_office(lead):
    """A member of the service office other than the lead's owner, so a hand-over changes something."""
    return User.objects.filter(role=Role.OFFICE, is_active=True, region=lead.region).exclude(
        pk=lead.owner_id).order_by("pk").first() or lead.owner


def _attachment(matter, by):
    attachment = Attachment(matter=matter, original_name="营业执照.pdf", content_type="application/pdf",
                            size=9, uploaded_by=by, uploaded_at=matter.submitted_at)
    attachment.file.save("licence.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return attachment


def photo_of(activity):
    photo = ActivityPhoto(activity=activity, caption="活动合影")
    photo.image.save("photo.png", ContentFile(b"\x89PNG\r\n\x1a\n"), save=True)
    return photo


def _topic_document(topic):
    document = TopicDocument(topic=topic, original_name="草案文本.pdf", content_type="application/pdf", size=9,
                             uploaded_by=topic.opened_by, uploaded_at=topic.opened_at)
    document.file.save("draft.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return document


def home_records(accounts) -> SimpleNamespace:
    """The records of the probing accounts' own jurisdiction (see the module's docstring)."""
    contact, handler = accounts[Role.ENTERPRISE], accounts[Role.UNIT]
    matter = _first(Matter, enterprise=contact.organization, lead_unit=handler.organization)
    meeting = _first(Meeting, agenda_items__isnull=False)
    alliance = _first(Alliance)
    resource = _first(Resource)
    round_ = _first(Round, applications__isnull=False)
    event = _first(Event, participations__isnull=False)
    assessment = _first(Assessment, indicators__isnull=False, participants__isnull=False)
    survey = _first(Survey, questions__isnull=False, enterprises__isnull=False)
    course = _first(Course)
    lead = _first(Lead)
    talk = _first(Talk)
    topic = _first(Topic, kind=Topic.Kind.DRAFT_LAW)  # the demo's draft law: closed, published, forwarded
    # A completed internship: completing it again or leaving early is refused whoever asks.
    intern = _first(Intern, outcome=Intern.Outcome.COMPLETED, subsidies__paid_on__isnull=False)
    centre = _first(EmploymentCentre, stations__isnull=False)
    return SimpleNamespace(
        matter=matter, unit=handler.organization, enterprise=contact.organization, contact=contact,
        attachment=Attachment.objects.filter(matter=matter).order_by("pk").first() or _attachment(matter, contact),
        extension=_first(ExtensionRequest), send_back=_first(SendBackRequest), follow_up=_first(FollowUp),
        meeting=meeting, agenda_item=meeting.agenda_items.order_by("pk").first(),
        leader=accounts[Role.LEADER], butler=accounts[Role.BUTLER],
        alliance=alliance, studio=_first(Studio), membership=_first(AllianceMembership), seat=_first(CouncilSeat),
        expert=_first(Expert), resource=resource, booking=_first(Booking), agreement=_first(Agreement),
        photo=ActivityPhoto.objects.order_by("pk").first() or photo_of(_first(Activity, alliance=alliance)),
        parties=_member_studios(alliance)[:2], booking_studio=_member_studios(resource.alliance)[0],
        suggestion=_first(Suggestion), point=_first(CollectionPoint),
        topic=topic, opinion=_first(Opinion, topic=topic), topic_document=_topic_document(topic),
        forwarding=_first(Forwarding, topic=topic),
        round=round_, application=round_.applications.order_by("pk").first(),
        event=event, participation=event.participations.order_by("pk").first(),
        lead=lead, owner=_other_office(lead),
        assessment=assessment, indicator=assessment.indicators.order_by("pk").first(),
        participant=assessment.participants.order_by("pk").first(),
        station=_first(JobStation), seeker=_first(Seeker), job=_first(Job), placement=_first(Placement),
        household=_first(Household), course=course, enrolment=_first(Enrolment),
        internship_base=intern.base, internship_post=_first(InternshipPost, base=intern.base), intern=intern,
        subsidy=_first(Subsidy, intern=intern, paid_on__isnull=False),
        course_seeker=_first(Seeker, station=course.station),
        # 容东's centre with its stations (placing one of them again is refused whoever asks), and a 内江
        # cooperation run at a training base.
        centre=centre, centre_station=_first(JobStation, centre=centre),
        cooperation=_first(Cooperation, training_base__isnull=False),
        survey=survey, question=survey.questions.order_by("pk").first(),
        survey_enterprise=survey.enterprises.order_by("pk").first(),
        survey_member=survey.participants.filter(role="member").order_by("pk").first(),
        visit=_first(Visit),
        routing_entry=_first(RoutingEntry, region__code__startswith="5110"),
        # The demo's talk and its commitment not done yet (ranking.talk_demo).
        talk=talk, commitment=talk.commitments.filter(done_at=None).order_by("pk").first(),
        # A finished review round of 内江 (supervision.demo).
        review_round=_first(ReviewRound),
        import_job=ImportJob.objects.create(original_name="台账.xlsx", created_by=accounts[Role.OFFICE],
                                            created_at=timezone.now()),
        **_union_work_records(),
        **_screening_records(),
        # A published public article of 内江 (knowledge.demo).
        article=_first(Article, state=Article.State.PUBLISHED, public=True, regions__code="511000"),
    )


def _screening_records() -> dict:
    """永川's 2024 screening campaign with an enterprise not screened yet, and an open risk of it."""
    campaign = _first(ScreeningCampaign, targets__screened_on__isnull=True)
    return dict(campaign=campaign, target=campaign.targets.filter(screened_on=None).order_by("pk").first(),
                risk=_first(Risk, campaign=campaign), screener=campaign.created_by)


def _union_work_records() -> dict:
    """永川's plan, the reform group with its overdue member task, the campaign, competition and agreement."""
    task = _first(union.Task, member__isnull=False, done_on__isnull=True, progress__isnull=False)
    return dict(uw_plan=_first(union.WorkPlan), uw_group=_first(union.ReformGroup), uw_member=task.member,
                uw_task=task, uw_campaign=_first(union.Campaign), uw_participant=_first(union.CampaignParticipant),
                uw_competition=_first(union.Competition), uw_entry=_first(union.Entry),
                uw_cooperation=_first(union.Cooperation))


# (route key matching this, body field) -> the record it names; the first match wins. Bodies name the same
# records as the route's parameters, so a role that may act sees its action done.
BY_FIELD = [
    (r"assessment", "campaign", lambda r: r.campaign.pk),
    (r"assessment", "screener", lambda r: r.screener.pk),
    (r"unionwork", "organiser", lambda r: r.uw_plan.organiser_id),
    (r"unionwork", "year", lambda r: r.uw_plan.year),
    (r"unionwork", "responsible", lambda r: r.uw_task.responsible_id),
    (r"unionwork", "plenary", lambda r: r.uw_plan.plenary_id),
    (r"unionwork", "member", lambda r: r.uw_member.pk),
    (r"unionwork/reform", "organization", lambda r: r.uw_member.organization_id),
    (r"unionwork", "organization", lambda r: r.uw_participant.organization_id),
    (r"unionwork", "participant", lambda r: r.uw_participant.pk),
    (r"unionwork", "entry", lambda r: r.uw_entry.pk),
    (r"unionwork", "campaign", lambda r: r.uw_campaign.pk),
    (r"unionwork", "percent", lambda r: 50),
    (r"unionwork", "first_prizes", lambda r: 1),
    (r"unionwork", "second_prizes", lambda r: 2),
    (r"unionwork", "third_prizes", lambda r: 3),
    (r".", "lead_unit", lambda r: r.unit.pk),
    (r".", "responsible_unit", lambda r: r.unit.pk),
    (r".", "leader", lambda r: r.leader.pk),
    (r".", "butler", lambda r: r.butler.pk),
    (r"surveys/\{pk\}", "enterprise", lambda r: r.survey_enterprise.pk),
    (r"surveys/\{pk\}", "question", lambda r: r.question.pk),
    (r"surveys/\{pk\}", "participant", lambda r: r.survey_member.pk),
    (r"surveys/\{pk\}", "meeting", lambda r: r.meeting.pk),
    (r".", "enterprise", lambda r: r.enterprise.pk),
    (r".", "enterprises", lambda r: [r.enterprise.pk]),
    (r".", "studio", lambda r: r.booking_studio),
    (r".", "parties", lambda r: r.parties),
    (r".", "owner", lambda r: r.owner.pk),
    (r"placements", "seeker", lambda r: _open_pair()[0]),
    (r"placements", "job", lambda r: _open_pair()[1]),
    (r"courses", "seeker", lambda r: r.course_seeker.pk),
    (r"internship-bases", "post", lambda r: r.internship_post.pk),
    (r"subsidies", "intern", lambda r: r.intern.pk),
    (r"centres", "station", lambda r: r.centre_station.pk),
    (r"training-bases", "host", lambda r: r.enterprise.pk),
    (r"cooperations", "school", lambda r: r.cooperation.school_id),
    (r"cooperations", "training_base", lambda r: r.cooperation.training_base_id),
    # The probe's own matter: a matter never repeats itself, and a closed one goes on no agenda.
    (r"merge", "into", lambda r: r.matter.number),
    (r"agenda", "matter", lambda r: r.matter.number),
    (r".", "indicator", lambda r: r.indicator.pk),
    (r".", "participant", lambda r: r.participant.pk),
    (r"audit/reveal", "kind", lambda r: "user"),
    (r"audit/reveal", "field", lambda r: "phone"),
    (r"audit/reveal", "id", lambda r: r.contact.pk),
    (r"ranking/scheme", "year", lambda r: 2023),
    (r"ranking/scheme", "flagged", lambda r: 2),
    (r"ranking/scheme", "closing_day", lambda r: None),
    (r"ranking/talks", "unit", lambda r: r.talk.unit.pk),
]

# (route key or API path matching this, parameter) -> the kind of record and its value; the first match wins.
# A kind of None: the parameter names no record of a place (a year, a format, the admin site's rows).
def _sheet_unit(records) -> int:
    """A unit the meeting assigned, not the probing unit handler's own: its 交办单 is the staff's to print, and
    the handler is refused it."""
    assigned = records.meeting.agenda_items.filter(assignment__isnull=False).select_related("assignment")
    units = [item.assignment.lead_unit_id for item in assigned.order_by("pk")]
    return next((unit for unit in units if unit != records.unit.pk), units[0] if units else records.unit.pk)


def _carded_matter(records) -> str:
    """A matter of the probing unit holding a card (only such a matter has a 督办单): one the world carded, else the
    probe's own matter, given a yellow card here when it holds none (the demo's cards need not fall on that unit)."""
    # Not filter(cards__cleared_at=None), which a matter without any card also matches.
    carded = Matter.objects.filter(pk__in=Card.objects.filter(cleared_at=None).values("matter"), lead_unit=records.unit,
                                   region__code__startswith=records.matter.region.code_prefix).order_by("pk").first()
    if carded is not None:
        return carded.number
    if not records.matter.cards.filter(cleared_at=None).exists():
        Card.objects.create(matter=records.matter, level=Card.Level.YELLOW, reason="逾期未办结",
                            issued_at=timezone.now())
    return records.matter.number


BY_PARAMETER = [
    # the meetings' printed papers (会议纪要, 交办单, 督办单), as PDF
    (r"assignment-sheet", "unit_pk", None, _sheet_unit),
    (r"assignment-sheet", "unit_id", None, _sheet_unit),
    (r"supervision-sheet", "number", "matter", _carded_matter),
    (r"supervision-sheet", "key", "matter", _carded_matter),
    (r"meeting-minutes-document|meeting-assignment-sheet|supervision-sheet", "fmt", None, lambda r: "pdf"),
    (r"unionwork(:plan|/plans)", "pk", "union work", lambda r: r.uw_plan.pk),
    (r"unionwork(:group|/reform-groups)", "pk", "union work", lambda r: r.uw_group.pk),
    (r"unionwork(:task|/tasks)", "pk", "union work", lambda r: r.uw_task.pk),
    (r"unionwork(:campaign|/campaigns)", "pk", "union work", lambda r: r.uw_campaign.pk),
    (r"unionwork(:competition|/competitions)", "pk", "union work", lambda r: r.uw_competition.pk),
    (r"unionwork(:cooperation|/cooperations)", "pk", "union work", lambda r: r.uw_cooperation.pk),
    (r"unionwork:group-bulletin", "fmt", None, lambda r: "pdf"),
    # consultation topics (征集专题): the topic's code, one of its opinions, its document, the forwarded PDF
    (r"topic-(theme|decide|release|support)", "pk", "topic", lambda r: r.opinion.pk),
    (r"topic-document", "pk", "topic", lambda r: r.topic_document.pk),
    (r"topic-forwarding", "fmt", None, lambda r: "pdf"),
    (r"topic", "code", "topic", lambda r: r.topic.code),
    (r"suggestions/topics", "opinion_id", "topic", lambda r: r.opinion.pk),
    (r"suggestion|open311", "number", "suggestion", lambda r: r.suggestion.matter.number),
    (r".", "number", "matter", lambda r: r.matter.number),
    (r".", "key", "matter", lambda r: r.matter.number),
    (r"supervision:round", "pk", "review round", lambda r: r.review_round.pk),
    (r".", "round_id", "review round", lambda r: r.review_round.pk),
    (r"supervision:round-report", "fmt", None, lambda r: "pdf"),
    (r"knowledge", "pk", "article", lambda r: r.article.pk),
    (r".", "article_id", "article", lambda r: r.article.pk),
    (r"alliances:agreement-attachment", "pk", "alliance", lambda r: r.agreement.pk),
    (r"attachment", "pk", "matter", lambda r: r.attachment.pk),
    (r"centre", "pk", "centre", lambda r: r.centre.pk),
    (r"cooperation|trainee-add", "pk", "cooperation", lambda r: r.cooperation.pk),
    (r"seeker-add|job-add|station|stations/\{pk\}", "pk", "station", lambda r: r.station.pk),
    (r"extension", "pk", "matter", lambda r: r.extension.pk),
    (r"send-back", "pk", "matter", lambda r: r.send_back.pk),
    (r"follow-up", "pk", "matter", lambda r: r.follow_up.pk),
    (r"butlers", "pk", "visit", lambda r: r.visit.pk),
    (r"alliances:activity-photo", "pk", "alliance", lambda r: r.photo.pk),
    (r"alliances:membership", "pk", "alliance", lambda r: r.membership.pk),
    (r"alliances:seat-end", "pk", "alliance", lambda r: r.seat.pk),
    (r"alliances:expert-(edit|service)", "pk", "alliance", lambda r: r.expert.pk),
    (r"alliances:agreement-progress", "pk", "alliance", lambda r: r.agreement.pk),
    (r"alliances:studio", "pk", "alliance", lambda r: r.studio.pk),
    (r"alliances:resource", "pk", "alliance", lambda r: r.resource.pk),
    (r"alliances:booking", "pk", "alliance", lambda r: r.booking.pk),
    (r"alliances", "pk", "alliance", lambda r: r.alliance.pk),
    (r".", "alliance_id", "alliance", lambda r: r.alliance.pk),
    (r".", "resource_id", "alliance", lambda r: r.resource.pk),
    (r".", "booking_id", "alliance", lambda r: r.booking.pk),
    (r".", "year", None, lambda r: r.alliance.founded_on.year),
    (r"promotion", "pk", "lead", lambda r: r.lead.pk),
    (r"dispatch:entry", "pk", "routing entry", lambda r: r.routing_entry.pk),
    (r".", "entry_id", "routing entry", lambda r: r.routing_entry.pk),
    (r"recruitment:(review|scores|condition-check)|applications/\{pk\}", "pk", "round", lambda r: r.application.pk),
    (r"events", "pk", "event", lambda r: r.event.pk),
    (r"recruitment", "pk", "round", lambda r: r.round.pk),
    (r".", "round_pk", "round", lambda r: r.round.pk),
    (r".", "stage", None, lambda r: "applications"),
    (r".", "participation_pk", "event", lambda r: r.participation.pk),
    (r".", "participation_id", "event", lambda r: r.participation.pk),
    (r"import-job", "pk", "import job", lambda r: r.import_job.pk),
    (r"internship|intern-add", "pk", "internship base", lambda r: r.internship_base.pk),
    (r"intern-|interns/", "pk", "internship base", lambda r: r.intern.pk),
    (r"subsid", "pk", "subsidy", lambda r: r.subsidy.pk),
    (r"job", "pk", "station", lambda r: r.job.pk),
    (r"seeker", "pk", "station", lambda r: r.seeker.pk),
    (r"placement", "pk", "station", lambda r: r.placement.pk),
    (r"household|visit-add", "pk", "station", lambda r: r.household.pk),
    (r"courses", "pk", "station", lambda r: r.course.pk),
    (r"enrolments", "pk", "station", lambda r: r.enrolment.pk),
    (r"assessment(:campaign|/campaigns)", "pk", "campaign", lambda r: r.campaign.pk),
    (r"assessment", "target_pk", "campaign", lambda r: r.target.pk),
    (r"assessment", "target_id", "campaign", lambda r: r.target.pk),
    (r"assessment(:risk|/risks)", "pk", "risk", lambda r: r.risk.pk),
    (r"assessment", "pk", "assessment", lambda r: r.assessment.pk),
    (r".", "indicator_pk", "assessment", lambda r: r.indicator.pk),
    (r".", "participant_pk", "assessment", lambda r: r.participant.pk),
    (r"surveys", "pk", "survey", lambda r: r.survey.pk),
    (r"web:meeting|meetings", "pk", "meeting", lambda r: r.meeting.pk),
    (r".", "meeting_id", "meeting", lambda r: r.meeting.pk),
    (r".", "item_pk", "meeting", lambda r: r.agenda_item.pk),
    (r".", "item_id", "meeting", lambda r: r.agenda_item.pk),
    (r"open311", "code", None, lambda r: r.point.code),  # a service's code: a category, not a place's record
    (r".", "code", "point", lambda r: r.point.code),
    (r"ranking:(talk|commitment-done)", "pk", "talk", lambda r: r.talk.pk),
    (r".", "talk_id", "talk", lambda r: r.talk.pk),
    (r".", "commitment_pk", "talk", lambda r: r.commitment.pk),
    (r".", "commitment_id", "talk", lambda r: r.commitment.pk),
    # A month of the demo's ranking, published for 内江 (ranking.demo), its first version as a PDF.
    (r".", "month", None, lambda r: "2023-09"),
    (r"ranking:document", "version", None, lambda r: 1),
    (r"ranking:document", "fmt", None, lambda r: "pdf"),
    # A unit of the month's ranking (a unit outside the ranking's region is not in it: 404), with a rate.
    (r"ranking:drill", "unit_id", None, lambda r: r.unit.pk),
    (r"ranking:drill", "rate", None, lambda r: "response_rate"),
    (r".", "fmt", None, lambda r: "json"),
    (r"otp_totp", "pk", None, lambda r: _first(TOTPDevice).pk),
    (r".", "id", None, lambda r: User.objects.get(username="admin").pk),
    (r".", "app_label", None, lambda r: "cases"),
    (r"admin/r/", "content_type_id", None, lambda r: ContentType.objects.get_for_model(Matter).pk),
    (r"admin/r/", "object_id", None, lambda r: r.matter.pk),
    (r".", "url", None, lambda r: "nothing-here/"),
    (r".", "object_id", None, None),  # the first row of the admin page's own model, below
]

# Values naming no record, by parameter.
MISSING = {"pk": 2_000_000_000, "number": "HS-1999-999999", "key": "HS-1999-999999", "code": "no-such-point"}


class DemoObjects:
    """Finds a real record for every parameter a route takes, among ``records`` (one place's)."""

    def __init__(self, records):
        self.records = records

    def arguments(self, route) -> dict:
        return {name: self._value(route, name) for name in route.parameters}

    def missing_arguments(self, route) -> dict:
        """The route's arguments with every record of a place replaced by one that does not exist."""
        arguments = self.arguments(route)
        for name in route.parameters:
            if self._lookup(route, name)[0]:
                arguments[name] = MISSING.get(name, MISSING["pk"])
        return arguments

    def kind(self, route) -> str | None:
        """The kind of record the route's path names (None: it names none of a place)."""
        if route.pattern.startswith("admin/"):
            return None
        return next((kind for kind in (self._lookup(route, name)[0] for name in route.parameters) if kind), None)

    def region(self, route) -> Region | None:
        kind = self.kind(route)
        return KIND_REGION[kind](self.records) if kind else None

    def body(self, route):
        """The route's example body with every field that names a record naming a real one."""
        if route.body is None:
            return None
        body = dict(route.body)
        for name, example in route.body.items():
            lookup = next((value for pattern, field, value in BY_FIELD
                           if field == name and re.search(pattern, route.key)), None)
            if lookup is not None:
                body[name] = lookup(self.records)
            elif isinstance(example, int) and not isinstance(example, bool) and name not in AMOUNTS:
                raise LookupError(f"no demo record for the body field {name} of {route.key}")
        return body

    def _value(self, route, name):
        value = self._lookup(route, name)[1]
        return value(self.records) if value else self._admin_row(route)

    @staticmethod
    def _lookup(route, name):
        for pattern, parameter, kind, value in BY_PARAMETER:
            if parameter == name and re.search(pattern, f"{route.key} {route.pattern}"):
                return kind, value
        raise LookupError(f"no demo record for {name} of {route.key}")

    @staticmethod
    def _admin_row(route):
        app_label, model_name = route.pattern.split("/")[1:3]
        row = apps.get_model(app_label, model_name).objects.order_by("pk").first()
        return row.pk if row else 1


def _open_pair() -> tuple[int, int]:
    """A seeker and an open job of the same station that were never put forward together."""
    for job in Job.objects.filter(state=Job.State.OPEN).order_by("pk"):
        seeker = job.station.seekers.exclude(placements__job=job).exclude(
            placements__outcome=Placement.Outcome.HIRED).order_by("pk").first()
        if seeker is not None:
            return seeker.pk, job.pk
    raise AssertionError("the demo has no open job with a seeker not yet put forward for it")
