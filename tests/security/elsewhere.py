"""Records of another jurisdiction: one of every kind the routes take, placed where no probing account acts.

The probing accounts act in 内江 (office, unit, supervisor, leader, enterprise) and 永川 (butler, union),
and on a record of 杨浦, 永川 or 雄安 the place's own office (objects.PLACE_ACCOUNTS) probes it too. So the
record of the other jurisdiction lies in 杨浦 (雄安 for the suggestions and points, which are 杨浦's own):
of the probing accounts, only the deployment-wide ones (administrator, auditor) govern it.

The demo has 杨浦 matters and meetings; the other kinds exist in one place only, so they are copied from the
record the route is probed with into the other place, with that place's organisations and people.
"""

from types import SimpleNamespace

from django.core.files.base import ContentFile
from django.utils import timezone

from huishang.cases.models import Attachment, Matter
from huishang.directory.credit_code import check_character
from huishang.directory.models import Organization, Region, Role, User
from huishang.ledgers.models import ImportJob
from huishang.meetings.models import Meeting
from tests.security.objects import photo_of

YANGPU, XIONGAN = "310110", "133100"


def copy_of(row, **changes):
    """A new row with ``row``'s values and ``changes`` (fields by name); unique values must be among them."""
    values = {}
    for field in row._meta.concrete_fields:
        if field.primary_key:
            continue
        if field.name in changes:
            values[field.name] = changes.pop(field.name)
        else:
            values[field.attname] = getattr(row, field.attname)
    assert not changes, f"{type(row).__name__} has no fields {sorted(changes)}"
    return type(row).objects.create(**values)


def _enterprise(region, name) -> Organization:
    first17 = f"91310110MA{9_900_000 + len(name):07d}"
    return Organization.objects.create(kind=Organization.Kind.ENTERPRISE, name=name, region=region,
                                       credit_code=first17 + check_character(first17))


def _people(yangpu):
    """杨浦's organisations and people: units and the office from the demo, the others made here."""
    office = User.objects.get(username="yangpu_office")
    union = Organization.objects.create(kind=Organization.Kind.UNION, name="杨浦区总工会（访问控制测试）", region=yangpu)
    unit = Organization.objects.filter(kind=Organization.Kind.UNIT, region=yangpu).order_by("pk").first()
    butler = User.objects.create(username="yangpu_butler", name="杨浦企业管家", role=Role.BUTLER, region=yangpu,
                                 organization=unit)
    butler.set_unusable_password()
    butler.save(update_fields=["password"])
    return SimpleNamespace(office=office, union=union, unit=unit, butler=butler,
                           leader=User.objects.get(username="yp_leader"),
                           enterprise=_enterprise(yangpu, "上海杨浦滨江智造有限公司（访问控制测试）"))


def _matter_records(home, people, yangpu):
    matter = Matter.objects.filter(region=yangpu, lead_unit__isnull=False, agenda_items__isnull=False).order_by(
        "pk").first()
    assert matter is not None, "the demo has no 杨浦 matter handled by a unit and put on an agenda"
    attachment = Attachment(matter=matter, original_name="情况说明.pdf", content_type="application/pdf", size=9,
                            uploaded_by=people.office, uploaded_at=matter.submitted_at)
    attachment.file.save("yangpu.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    assignment = matter.assignments.order_by("-pk").first()
    assert assignment is not None, f"the 杨浦 matter {matter.number} has no assignment"
    now = timezone.now()
    meeting = Meeting.objects.filter(region=yangpu, agenda_items__isnull=False).order_by("pk").first()
    assert meeting is not None, "the demo has no 杨浦 meeting with an agenda"
    return dict(
        matter=matter, attachment=attachment, unit=matter.lead_unit,
        extension=copy_of(home.extension, matter=matter, assignment=assignment, requested_by=people.office,
                          requested_at=now, status="pending", decided_by=None, decided_at=None),
        send_back=copy_of(home.send_back, matter=matter, assignment=assignment, requested_by=people.office,
                          requested_at=now, status="pending", decided_by=None, decided_at=None),
        follow_up=copy_of(home.follow_up, matter=matter, resolved_at=now, by=None),
        meeting=meeting, agenda_item=meeting.agenda_items.order_by("pk").first(),
    )


def _alliance_records(home, people, yangpu, admin):
    alliance = copy_of(home.alliance, name="长三角杨浦劳模和工匠人才创新工作室联盟（访问控制测试）", short_name="杨浦联盟",
                       organiser=people.union, charter="")
    studio = copy_of(home.studio, name="杨浦滨江工匠创新工作室（访问控制测试）", host=people.enterprise, region=yangpu,
                     leader=None)
    membership = copy_of(home.membership, alliance=alliance, studio=studio, left_on=None)
    resource = copy_of(home.resource, alliance=alliance, owner=people.enterprise, keeper=people.office)
    agreement = copy_of(home.agreement, alliance=alliance, recorded_by=admin)
    agreement.parties.set([studio])
    activity = copy_of(home.photo.activity, alliance=alliance, meeting=None)
    return dict(
        alliance=alliance, studio=studio, membership=membership, resource=resource, agreement=agreement,
        seat=copy_of(home.seat, alliance=alliance, user=None, organization=people.union, ends_on=None),
        expert=copy_of(home.expert, alliance=alliance, studio=studio, organization=None),
        booking=copy_of(home.booking, resource=resource, studio=studio, requested_by=people.office, decided_by=None),
        photo=photo_of(activity), booking_studio=studio.pk, parties=[studio.pk],
    )


def _employment_records(home, people, yangpu):
    centre = copy_of(home.centre, name="杨浦区就业服务中心（访问控制测试）", region=yangpu, opened_by=people.office)
    station = copy_of(home.station, name="杨浦滨江零工驿站（访问控制测试）", region=yangpu, centre=centre)
    seeker = copy_of(home.seeker, station=station, region=yangpu, resident=None, registered_by=people.office)
    job = copy_of(home.job, station=station, region=yangpu, posted_by=people.office)
    course = copy_of(home.course, station=station)
    return dict(
        station=station, seeker=seeker, job=job, course=course, course_seeker=seeker,
        centre=centre, centre_station=station,
        cooperation=copy_of(home.cooperation, enterprise=people.enterprise, region=yangpu, training_base=None,
                            recorded_by=people.office),
        placement=copy_of(home.placement, seeker=seeker, job=job, matched_by=people.office),
        household=copy_of(home.household, number="YP-ACCESS-0001", region=yangpu),
        enrolment=copy_of(home.enrolment, course=course, seeker=seeker),
        **_internship_records(home, people, yangpu),
    )


def _internship_records(home, people, yangpu):
    """杨浦's internship base, with a post, an intern and the intern's subsidy."""
    base = copy_of(home.internship_base, enterprise=people.enterprise, region=yangpu, applied_by=people.office,
                   reviewed_by=people.office)
    intern = copy_of(home.intern, base=base, post=None, recorded_by=people.office)
    return dict(
        internship_base=base, internship_post=copy_of(home.internship_post, base=base), intern=intern,
        subsidy=copy_of(home.subsidy, enterprise=people.enterprise, intern=intern, region=yangpu,
                        approved_by=people.office),
    )


def _other_records(home, people, yangpu):
    round_ = copy_of(home.round, region=yangpu, published_by=None)
    event = copy_of(home.event, region=yangpu, organised_by=people.office)
    assessment = copy_of(home.assessment, organiser=people.union, region=yangpu)
    survey = copy_of(home.survey, region=yangpu, created_by=people.office)
    survey.enterprises.set([people.enterprise])
    yangpu_unit = Organization.objects.filter(kind=Organization.Kind.UNIT, region__code__startswith=yangpu.code).first()
    return dict(
        round=round_, application=copy_of(home.application, round=round_, tracking_number="YP-ACCESS-0001"),
        event=event, participation=copy_of(home.participation, event=event),
        lead=copy_of(home.lead, region=yangpu, owner=people.office),
        assessment=assessment, indicator=copy_of(home.indicator, assessment=assessment),
        participant=copy_of(home.participant, assessment=assessment, union=people.union),
        survey=survey, question=copy_of(home.question, survey=survey), survey_enterprise=people.enterprise,
        survey_member=copy_of(home.survey_member, survey=survey),
        visit=copy_of(home.visit, butler=people.butler, enterprise=people.enterprise),
        # its lead unit is of its own place, as the routing table's services require of every entry
        routing_entry=copy_of(home.routing_entry, region=yangpu, updated_by=people.office, lead_unit=yangpu_unit),
        import_job=ImportJob.objects.create(original_name="台账.xlsx", created_by=people.office,
                                            created_at=timezone.now()),
        **_talk_records(home, people, yangpu_unit, yangpu),
        **_union_work_records(home, people, yangpu),
        **_screening_records(home, people, yangpu),
        review_round=copy_of(home.review_round, region=yangpu,
                             created_by=User.objects.get(username="yp_supervisor")),
        article=_article_of(home, people, yangpu),
    )


def _screening_records(home, people, yangpu):
    """A screening campaign of 杨浦's office with an enterprise to screen, and a risk of it."""
    campaign = copy_of(home.campaign, region=yangpu, created_by=people.office)
    target = copy_of(home.target, campaign=campaign, enterprise=people.enterprise, screener=people.office,
                     screened_on=None, screened_by=None)
    matter = copy_of(home.risk.matter, number="HS-2099-900002", region=yangpu, lead_unit=None, duplicate_of=None,
                     enterprise=people.enterprise)
    risk = copy_of(home.risk, matter=matter, responsible_unit=people.unit, campaign=campaign, screened_by=people.office)
    return dict(campaign=campaign, target=target, risk=risk, screener=people.office)


def _union_work_records(home, people, yangpu):
    """Union work of 杨浦's union: a plan, a reform group with a member unit's task, a campaign, a competition, an
    agreement kept in 杨浦."""
    group = copy_of(home.uw_group, organiser=people.union, region=yangpu)
    member = copy_of(home.uw_member, group=group, organization=people.unit)
    campaign = copy_of(home.uw_campaign, organiser=people.union, region=yangpu)
    competition = copy_of(home.uw_competition, organiser=people.union, region=yangpu, campaign=campaign)
    return dict(
        uw_plan=copy_of(home.uw_plan, organiser=people.union, region=yangpu, plenary=None),
        uw_group=group, uw_member=member, uw_task=copy_of(home.uw_task, member=member, responsible=people.unit),
        uw_campaign=campaign, uw_participant=copy_of(home.uw_participant, campaign=campaign,
                                                     organization=people.enterprise),
        uw_competition=competition, uw_entry=copy_of(home.uw_entry, competition=competition,
                                                     organization=people.enterprise),
        uw_cooperation=copy_of(home.uw_cooperation, region=yangpu),
    )


def _article_of(home, people, yangpu):
    """A published public knowledge article of 杨浦."""
    article = copy_of(home.article, author=people.office, reviewer=None, source_matter=None)
    article.regions.set([yangpu])
    return article


def _talk_records(home, people, unit, yangpu):
    """A talk (约谈) of 杨浦's office with a 杨浦 unit, and its commitment not done yet."""
    talk = copy_of(home.talk, unit=unit, region=yangpu, recorded_by=people.office)
    return dict(talk=talk, commitment=copy_of(home.commitment, talk=talk))


def _suggestion_records(home, xiongan):
    """A suggestion and a collection point of 雄安: the suggestions are 杨浦's own, so 杨浦 is no other place."""
    matter = copy_of(home.suggestion.matter, number="HS-2099-900001", region=xiongan, lead_unit=None,
                     duplicate_of=None, enterprise=None)
    point = copy_of(home.point, code="xiongan-access", region=xiongan, keeper=None)
    suggestion = copy_of(home.suggestion, matter=matter, point=point, fingerprint="0" * 64, released_by=None)
    return dict(suggestion=suggestion, point=point)


def _topic_records(home, xiongan):
    """A consultation topic of 雄安 with its opinion, document and forwarding: the topics are 杨浦's own."""
    topic = copy_of(home.topic, code="xiongan-topic", region=xiongan, point=None)
    return dict(topic=topic, opinion=copy_of(home.opinion, topic=topic),
                topic_document=copy_of(home.topic_document, topic=topic),
                forwarding=copy_of(home.forwarding, topic=topic, region=xiongan))


def other_jurisdiction_records(home, *, admin) -> SimpleNamespace:
    """The records of another jurisdiction, one per kind of ``home`` (objects.home_records)."""
    yangpu, xiongan = Region.objects.get(code=YANGPU), Region.objects.get(code=XIONGAN)
    people = _people(yangpu)
    records = dict(
        enterprise=people.enterprise, leader=people.leader, butler=people.butler, owner=people.office,
        admin=admin,
    )
    records |= _matter_records(home, people, yangpu)
    records |= _alliance_records(home, people, yangpu, admin)
    records |= _employment_records(home, people, yangpu)
    records |= _other_records(home, people, yangpu)
    records |= _suggestion_records(home, xiongan)
    records |= _topic_records(home, xiongan)
    return SimpleNamespace(**records)
