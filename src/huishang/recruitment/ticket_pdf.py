"""An admission ticket (准考证) as PDF: the round, the applicant, the session, room and seat.

Chinese is set in STSong-Light, one of the CID fonts every PDF reader has built in (as alliances.report_pdf
does), so no font file is shipped. The ID number is masked, as in every export.
"""

import io
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from huishang.core import masking
from huishang.core.cells import text as cell_text

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

BODY = ParagraphStyle("ticket-body", fontName=FONT, fontSize=11, leading=17, wordWrap="CJK")
TITLE = ParagraphStyle("ticket-title", parent=BODY, fontSize=17, leading=26, alignment=1, spaceAfter=2)
SUBTITLE = ParagraphStyle("ticket-subtitle", parent=BODY, fontSize=14, leading=22, alignment=1, spaceAfter=8)


def _text(value, style=BODY) -> Paragraph:
    return Paragraph(escape(cell_text(str(value))), style)


def admission_ticket_pdf(ticket) -> bytes:
    """The ticket as PDF bytes."""
    application, session, round_ = ticket.application, ticket.session, ticket.application.round
    starts, ends = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    rows = [
        (_("Admission ticket number"), ticket.number),
        (_("Name"), application.name),
        (_("ID number"), masking.mask_id_number(application.id_number)),
        (_("Tracking number"), application.tracking_number),
        (_("Post"), f"{round_.employer} {round_.post}"),
        (_("Kind"), session.get_kind_display()),
        (_("Time"), f"{starts:%Y-%m-%d %H:%M}–{ends:%H:%M}"),
        (_("Place"), session.place),
        (_("Room"), ticket.room.name),
        (_("Seat"), ticket.seat),
    ]
    table = Table([[_text(label), _text(value)] for label, value in rows], colWidths=[40 * mm, 110 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2"))]))
    story = [_text(round_.title, TITLE), _text(_("Admission ticket"), SUBTITLE), table, Spacer(0, 6 * mm),
             _text(_("Bring this ticket and your resident ID card; arrive 30 minutes before the start. "
                     "Candidates more than 15 minutes late are not admitted."))]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=f"{round_.title} {_('Admission ticket')} {ticket.number}",
                      leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=20 * mm).build(story)
    return buffer.getvalue()
