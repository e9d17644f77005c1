"""A survey's report (调研报告): who took part, the symposium, the enterprises visited, the problems found and how
far each got, the opinions given and the proposals made; written as Word or PDF by core.documents."""

from django.utils.translation import gettext as _

from huishang.audit.log import record_event
from huishang.cases.states import State
from huishang.core.documents import Entry, Report, Section, as_docx, as_pdf
from huishang.core.errors import ValidationError
from huishang.surveys import selectors
from huishang.surveys.models import Participant, Survey

DONE = {State.RESOLVED, State.CLOSED}


def _who(participant: Participant) -> str:
    where = "，".join(part for part in (participant.sector and _("%(sector)s sector") % {"sector": participant.sector},
                                        participant.affiliation) if part)
    return f"{participant.name}（{where}）" if where else participant.name


def _participants(survey: Survey) -> Section:
    entries = []
    for role in Participant.Role:
        people = [person for person in survey.participants.all() if person.role == role]
        if people:
            entries.append(Entry(f"{role.label}：" + "、".join(_who(person) for person in people)))
    return Section(_("Participants"), entries)


def _symposium(survey: Survey) -> Section:
    meeting = survey.symposium
    if meeting is None:
        return Section(_("Symposium"))
    return Section(_("Symposium"), [Entry(f"{meeting.held_on:%Y-%m-%d} {meeting.title}（{meeting.location}）",
                                          meeting.minutes)])


def _problems(matters) -> Section:
    return Section(_("Problems found and how they were handled"), [
        Entry(f"{matter.number} {matter.title}（{matter.enterprise.name if matter.enterprise else '—'}）",
              f"{matter.get_state_display()}；" + _("lead unit") + f"：{matter.lead_unit.name if matter.lead_unit else '—'}")
        for matter in matters])


def survey_content(survey: Survey, *, user) -> Report:
    """What the survey's report says, with the problems ``user`` may read (the cases rule); for the staff who read
    the whole survey."""
    selectors.check_reads_records(user, survey)
    survey = selectors.with_records(survey)
    matters = list(selectors.matters_for(user, survey).select_related("enterprise", "lead_unit").order_by("number"))
    opinions = list(survey.opinions.select_related("participant"))
    proposals = list(survey.proposals.prefetch_related("proposers"))
    participants = list(survey.participants.all())
    counts = {role: sum(1 for person in participants if person.role == role) for role in Participant.Role}
    return Report(
        title=_("Survey report: %(title)s") % {"title": survey.title},
        period=_("Held on") + f"：{survey.held_on:%Y-%m-%d}　" + _("Organiser") + f"：{survey.organiser}　"
        + _("Region") + f"：{survey.region.name}",
        figures=[
            (_("CPPCC members"), counts[Participant.Role.MEMBER]),
            (_("Invited experts"), counts[Participant.Role.EXPERT]),
            (_("Enterprises visited"), survey.enterprises.count()),
            (_("Opinions"), len(opinions)),
            (_("Problems found"), len(matters)),
            (_("Problems resolved"), sum(1 for matter in matters if matter.state in DONE)),
            (_("Proposals"), len(proposals)),
        ],
        sections=[
            Section(_("Summary"), [Entry(survey.summary)] if survey.summary else []),
            _participants(survey),
            _symposium(survey),
            Section(_("Enterprises visited"), [Entry(enterprise.name)
                                               for enterprise in survey.enterprises.order_by("name")]),
            _problems(matters),
            Section(_("Opinions and suggestions"), [Entry(_who(opinion.participant), opinion.text)
                                                    for opinion in opinions]),
            Section(_("Proposals"), [
                Entry(f"{proposal.submitted_on:%Y-%m-%d} {proposal.title}（"
                      + "、".join(person.name for person in proposal.proposers.all()) + "）", proposal.body)
                for proposal in proposals]),
        ],
    )


def survey_report(survey: Survey, *, user) -> bytes:
    """The survey's report as .docx bytes."""
    return as_docx(survey_content(survey, user=user))


def survey_report_pdf(survey: Survey, *, user) -> bytes:
    """The survey's report as PDF bytes."""
    return as_pdf(survey_content(survey, user=user))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def report_file(survey: Survey, *, user, fmt: str, request=None) -> tuple[bytes, str, str]:
    """(bytes, content type, file name) of the survey's report in ``fmt`` (docx or pdf), the download written to
    the audit log."""
    if fmt not in ("docx", "pdf"):
        raise ValidationError(_("Choose docx or pdf."), field="format")
    body = survey_report_pdf(survey, user=user) if fmt == "pdf" else survey_report(survey, user=user)
    record_event("export", actor=user, request=request, subject="surveys.report",
                 detail={"survey": survey.pk, "format": fmt})
    return body, "application/pdf" if fmt == "pdf" else DOCX, f"survey-report-{survey.pk}.{fmt}"
