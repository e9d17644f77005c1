"""The demo records each route is requested with, and the people who request it.

The matter is the demo enterprise contact's own, handled by the demo unit handler's unit, in the
demo office's region: so "own enterprise", "assigned unit" and "region" all hold for the role
accounts, and the object rules are proved separately (test_object_access.py) with strangers.
"""

import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.alliances.models import (
    Activity, ActivityPhoto, Agreement, Alliance, AllianceMembership, Booking, CouncilSeat, Expert, Resource, Studio,
)
from huishang.assessment.models import Assessment
from huishang.butlers.models import Visit
from huishang.cases.models import Attachment, Matter
from huishang.directory.models import Role, User
from huishang.employment.models import Course, Enrolment, Household, Job, JobStation, Placement, Seeker
from huishang.meetings.models import Meeting
from huishang.promotion.models import Lead
from huishang.recruitment.models import Application, Event, Round
from huishang.suggestions.models import CollectionPoint, Suggestion
from huishang.supervision.models import ExtensionRequest, FollowUp, SendBackRequest
from huishang.surveys.models import Survey

ANONYMOUS = "anonymous"
# Integer fields of example bodies that are amounts, not records: the schema's example value stands.
AMOUNTS = frozenset({"expected_wage", "head_count", "hours", "interview_score", "min_education", "score",
                     "self_score", "wage", "written_score"})


def role_accounts() -> dict[str, User | None]:
    """One account per role of directory.models.Role (the demo's account named after it), and no one."""
    accounts = {}
    for role in Role.values:
        accounts[role] = User.objects.filter(username=role, role=role).first() or User.objects.filter(
            role=role, is_active=True).order_by("id").first()
        assert accounts[role] is not None, f"the demo has no {role} account"
    accounts[ANONYMOUS] = None
    return accounts


def _first(model, **where):
    row = model.objects.filter(**where).order_by("pk").first()
    assert row is not None, f"the demo has no {model.__name__}"
    return row


class DemoObjects:
    """Finds a real record for every parameter a route takes."""

    def __init__(self, accounts):
        contact, handler = accounts[Role.ENTERPRISE], accounts[Role.UNIT]
        self.matter = _first(Matter, enterprise=contact.organization, lead_unit=handler.organization)
        self.attachment = Attachment.objects.filter(matter=self.matter).first() or self._attachment(contact)
        self.meeting = _first(Meeting, agenda_items__isnull=False)
        self.agenda_item = self.meeting.agenda_items.order_by("pk").first()
        self.suggestion = _first(Suggestion)
        self.alliance = _first(Alliance)
        self.photo = ActivityPhoto.objects.first() or self._photo()
        self.round = _first(Round, applications__isnull=False)
        self.application = self.round.applications.order_by("pk").first()
        self.event = _first(Event, participations__isnull=False)
        self.assessment = _first(Assessment, indicators__isnull=False, participants__isnull=False)
        self.station = _first(JobStation)
        self.survey = _first(Survey, questions__isnull=False, enterprises__isnull=False)
        unit, leader, butler = accounts[Role.UNIT].organization, accounts[Role.LEADER], accounts[Role.BUTLER]
        # (route key matching this, body field) -> the record it names; the first match wins. Bodies name
        # the same records as the route's parameters, so a role that may act sees its action done.
        self._by_field = [
            (r".", "lead_unit", lambda: unit.pk),
            (r".", "responsible_unit", lambda: unit.pk),
            (r".", "leader", lambda: leader.pk),
            (r".", "butler", lambda: butler.pk),
            (r"surveys/\{pk\}", "enterprise", lambda: self.survey.enterprises.order_by("pk").first().pk),
            (r"surveys/\{pk\}", "question", lambda: self.survey.questions.order_by("pk").first().pk),
            (r".", "enterprise", lambda: contact.organization_id),
            (r".", "enterprises", lambda: [contact.organization_id]),
            (r".", "studio", lambda: self._member_studios(_first(Resource).alliance)[0]),
            (r".", "parties", lambda: self._member_studios(self.alliance)[:2]),
            (r".", "owner", lambda: self._other_office(_first(Lead)).pk),
            (r"placements", "seeker", lambda: self._open_pair()[0]),
            (r"placements", "job", lambda: self._open_pair()[1]),
            (r"courses", "seeker", lambda: _first(Seeker, station=_first(Course).station).pk),
            (r".", "indicator", lambda: self.assessment.indicators.order_by("pk").first().pk),
            (r".", "participant", lambda: self.assessment.participants.order_by("pk").first().pk),
            (r"audit/reveal", "kind", lambda: "user"),
            (r"audit/reveal", "field", lambda: "phone"),
            (r"audit/reveal", "id", lambda: contact.pk),
        ]
        self._by_pattern = [
            # (route key or API path matching this, parameter) -> value; the first match wins
            (r"suggestion|open311", "number", lambda: self.suggestion.matter.number),
            (r".", "number", lambda: self.matter.number),
            (r".", "key", lambda: self.matter.number),
            (r"alliances:agreement-attachment", "pk", lambda: _first(Agreement).pk),
            (r"attachment", "pk", lambda: self.attachment.pk),
            (r"seeker-add|job-add|station|stations/\{pk\}", "pk", lambda: self.station.pk),
            (r"extension", "pk", lambda: _first(ExtensionRequest).pk),
            (r"send-back", "pk", lambda: _first(SendBackRequest).pk),
            (r"follow-up", "pk", lambda: _first(FollowUp).pk),
            (r"butlers", "pk", lambda: _first(Visit).pk),
            (r"alliances:activity-photo", "pk", lambda: self.photo.pk),
            (r"alliances:membership", "pk", lambda: _first(AllianceMembership).pk),
            (r"alliances:seat-end", "pk", lambda: _first(CouncilSeat).pk),
            (r"alliances:expert-(edit|service)", "pk", lambda: _first(Expert).pk),
            (r"alliances:agreement-progress", "pk", lambda: _first(Agreement).pk),
            (r"alliances:studio", "pk", lambda: _first(Studio).pk),
            (r"alliances:resource", "pk", lambda: _first(Resource).pk),
            (r"alliances:booking", "pk", lambda: _first(Booking).pk),
            (r"alliances", "pk", lambda: self.alliance.pk),
            (r".", "alliance_id", lambda: self.alliance.pk),
            (r".", "resource_id", lambda: _first(Resource).pk),
            (r".", "booking_id", lambda: _first(Booking).pk),
            (r".", "year", lambda: self.alliance.founded_on.year),
            (r"promotion", "pk", lambda: _first(Lead).pk),
            (r"recruitment:(review|scores)|applications/\{pk\}", "pk", lambda: self.application.pk),
            (r"events", "pk", lambda: self.event.pk),
            (r"recruitment", "pk", lambda: self.round.pk),
            (r".", "round_pk", lambda: self.round.pk),
            (r".", "stage", lambda: "applications"),
            (r".", "participation_pk", lambda: self.event.participations.order_by("pk").first().pk),
            (r".", "participation_id", lambda: self.event.participations.order_by("pk").first().pk),
            (r"job", "pk", lambda: _first(Job).pk),
            (r"seeker", "pk", lambda: _first(Seeker).pk),
            (r"placement", "pk", lambda: _first(Placement).pk),
            (r"household|ledger|visit-add", "pk", lambda: _first(Household).pk),
            (r"courses", "pk", lambda: _first(Course).pk),
            (r"enrolments", "pk", lambda: _first(Enrolment).pk),
            (r"assessment", "pk", lambda: self.assessment.pk),
            (r".", "indicator_pk", lambda: self.assessment.indicators.order_by("pk").first().pk),
            (r".", "participant_pk", lambda: self.assessment.participants.order_by("pk").first().pk),
            (r"surveys", "pk", lambda: self.survey.pk),
            (r"web:meeting|meetings", "pk", lambda: self.meeting.pk),
            (r".", "meeting_id", lambda: self.meeting.pk),
            (r".", "item_pk", lambda: self.agenda_item.pk),
            (r".", "item_id", lambda: self.agenda_item.pk),
            (r".", "code", lambda: _first(CollectionPoint).code),
            (r".", "fmt", lambda: "json"),
            (r"otp_totp", "pk", lambda: _first(TOTPDevice).pk),
            (r".", "id", lambda: accounts[Role.ADMIN].pk),
            (r".", "app_label", lambda: "cases"),
            (r"admin/r/", "content_type_id", lambda: ContentType.objects.get_for_model(Matter).pk),
            (r"admin/r/", "object_id", lambda: self.matter.pk),
            (r".", "url", lambda: "nothing-here/"),
            (r".", "object_id", None),  # the first row of the admin page's own model, below
        ]

    def arguments(self, route) -> dict:
        return {name: self._value(route, name) for name in route.parameters}

    def body(self, route):
        """The route's example body with every field that names a record naming a real one."""
        if route.body is None:
            return None
        body = dict(route.body)
        for name, example in route.body.items():
            lookup = next((value for pattern, field, value in self._by_field
                           if field == name and re.search(pattern, route.key)), None)
            if lookup is not None:
                body[name] = lookup()
            elif isinstance(example, int) and not isinstance(example, bool) and name not in AMOUNTS:
                raise LookupError(f"no demo record for the body field {name} of {route.key}")
        return body

    def _value(self, route, name):
        for pattern, parameter, value in self._by_pattern:
            if parameter == name and re.search(pattern, f"{route.key} {route.pattern}"):
                return value() if value else self._admin_row(route)
        raise LookupError(f"no demo record for {name} of {route.key}")

    @staticmethod
    def _member_studios(alliance) -> list[int]:
        studios = list(Studio.objects.filter(memberships__alliance=alliance).order_by("pk").values_list("pk", flat=True))
        assert studios, f"the demo alliance {alliance} has no member studio"
        return studios

    @staticmethod
    def _other_office(lead):
        """A member of the service office other than the lead's owner, so a hand-over changes something."""
        return User.objects.filter(role=Role.OFFICE, is_active=True).exclude(
            pk=lead.owner_id).order_by("pk").first() or lead.owner

    @staticmethod
    def _open_pair() -> tuple[int, int]:
        """A seeker and an open job of the same station that were never put forward together."""
        for job in Job.objects.filter(state=Job.State.OPEN).order_by("pk"):
            seeker = job.station.seekers.exclude(placements__job=job).exclude(
                placements__outcome=Placement.Outcome.HIRED).order_by("pk").first()
            if seeker is not None:
                return seeker.pk, job.pk
        raise AssertionError("the demo has no open job with a seeker not yet put forward for it")

    @staticmethod
    def _admin_row(route):
        app_label, model_name = route.pattern.split("/")[1:3]
        row = apps.get_model(app_label, model_name).objects.order_by("pk").first()
        return row.pk if row else 1

    def _attachment(self, contact):
        attachment = Attachment(matter=self.matter, original_name="营业执照.pdf", content_type="application/pdf",
                                size=9, uploaded_by=contact, uploaded_at=self.matter.submitted_at)
        attachment.file.save("licence.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
        return attachment

    def _photo(self):
        activity = _first(Activity, alliance=self.alliance)
        photo = ActivityPhoto(activity=activity, caption="活动合影")
        photo.image.save("photo.png", ContentFile(b"\x89PNG\r\n\x1a\n"), save=True)
        return photo
