"""The yearly activity report as PDF, with the same content as the Word document (core.documents)."""

from huishang.alliances.report import yearly_content
from huishang.core.documents import as_pdf


def yearly_report_pdf(alliance, year: int, *, user) -> bytes:
    """The year's report of ``alliance`` as PDF bytes."""
    return as_pdf(yearly_content(alliance, year, user=user))
