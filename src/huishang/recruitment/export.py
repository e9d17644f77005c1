"""Every stage of a round as an .xlsx sheet, personal data masked: applications, review, scores and ranking, result."""

import io

from django.utils.translation import gettext as _, pgettext
from openpyxl import Workbook
from openpyxl.styles import Font

from huishang.core import cells, masking
from huishang.recruitment.models import Application, Education
from huishang.recruitment.ranking import ranking
from huishang.recruitment.selectors import public_result

STAGES = ["applications", "review", "scores", "result"]


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _applications(round_):
    header = [_("Tracking number"), _("Name"), _("ID number"), _("Phone"), _("Date of birth"), _("Education"),
              _("Full-time"), _("School"), _("Major"), pgettext("recruitment", "Submitted at"), _("Meets the conditions"), _("Reasons")]
    rows = [[a.tracking_number, masking.mask_name_for_public_list(a.name), masking.mask_id_number(a.id_number),
             masking.mask_phone(a.phone), a.born_on.isoformat(), str(Education(a.education).label),
             _yes_no(a.full_time), a.school, a.major, a.submitted_at.strftime("%Y-%m-%d %H:%M"),
             _yes_no(a.eligible), " ".join(a.reasons)]
            for a in round_.applications.all()]
    return header, rows


def _review(round_):
    header = [_("Tracking number"), _("Name"), _("ID number"), _("Meets the conditions"), _("Review"),
              _("Review note"), _("Reviewed at")]
    rows = [[a.tracking_number, masking.mask_name_for_public_list(a.name), masking.mask_id_number(a.id_number), _yes_no(a.eligible),
             str(Application.Review(a.review).label), a.review_note,
             a.reviewed_at.strftime("%Y-%m-%d %H:%M") if a.reviewed_at else ""]
            for a in round_.applications.all()]
    return header, rows


def _scores(round_):
    header = [_("Rank"), _("Tracking number"), _("Name"), _("ID number"), _("Written test score"),
              _("Interview score"), _("Total score"), _("Proposed for hiring")]
    rows = [[row["rank"], row["application"].tracking_number, masking.mask_name_for_public_list(row["application"].name),
             masking.mask_id_number(row["application"].id_number), float(row["application"].written_score),
             float(row["application"].interview_score), float(row["total"]), _yes_no(row["proposed"])]
            for row in ranking(round_)]
    return header, rows


def _result(round_):
    header = [_("Rank"), _("Name"), _("ID number"), _("Written test score"), _("Interview score"), _("Total score"),
              _("Proposed for hiring")]
    rows = [[row["rank"], row["name"], row["id_number"], float(row["written_score"]), float(row["interview_score"]),
             float(row["total"]), _yes_no(row["proposed"])] for row in public_result(round_)]
    return header, rows


BUILDERS = {"applications": _applications, "review": _review, "scores": _scores, "result": _result}


def stage_workbook(round_, stage: str) -> bytes:
    """The sheet of one stage; ``stage`` is one of STAGES."""
    header, rows = BUILDERS[stage](round_)
    book = Workbook()
    sheet = book.active
    sheet.title = stage
    sheet.append([cells.xlsx_cell(sheet, round_.title, font=Font(bold=True))])
    sheet.append(cells.xlsx_row(sheet, [str(value) for value in header]))
    for row in rows:
        sheet.append(cells.xlsx_row(sheet, row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
