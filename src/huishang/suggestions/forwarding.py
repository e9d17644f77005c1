"""The document a legislative contact point sends with the opinions on a draft law (意见报送函): its number
〔year〕N号, the addressee, the period, the figures, and the opinions theme by theme, most supported first.
Written as Word and PDF by core/documents.py."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _, ngettext

from huishang.core.documents import Entry, Report, Section, as_docx, as_pdf
from huishang.suggestions import topic_selectors
from huishang.suggestions.models import Forwarding

FORMATS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", as_docx),
    "pdf": ("application/pdf", as_pdf),
}


def forwarding_report(forwarding: Forwarding) -> Report:
    topic = forwarding.topic
    summary = topic_selectors.summary(topic)
    opinions = list(topic_selectors.opinions_of(topic))
    sections = []
    for row in summary["themes"]:
        theme = row["theme"] if row["filed"] else ""
        entries = [
            Entry(opinion.text, ngettext("%(n)s support", "%(n)s supports", opinion.support_count) % {"n": opinion.support_count}
                  + (f" · {opinion.get_outcome_display()}：{opinion.reason}" if opinion.outcome else ""))
            for opinion in opinions if opinion.theme == theme
        ]
        sections.append(Section(_("%(theme)s (%(n)s opinions)") % {"theme": row["theme"], "n": row["opinions"]}, entries))
    period = _("%(number)s · To %(addressee)s · Opinions taken from %(first)s to %(last)s at %(point)s") % {
        "number": forwarding.document_number, "addressee": forwarding.addressee,
        "first": date_format(topic.opens_on, "DATE_FORMAT"), "last": date_format(topic.closes_on, "DATE_FORMAT"),
        "point": topic.point.name if topic.point_id else topic.region.name,
    }
    return Report(
        title=_("Opinions on %(title)s") % {"title": topic.title}, period=period,
        figures=[(_("Opinions"), summary["opinions"]), (_("Supports"), summary["supports"]),
                 (_("Adopted"), summary["adopted"])],
        sections=sections,
    )


def forwarding_file(forwarding: Forwarding, fmt: str) -> tuple[bytes, str, str]:
    """The document's bytes, content type and file name in ``fmt`` (docx or pdf)."""
    content_type, write = FORMATS[fmt]
    name = f"{forwarding.year}-{forwarding.number}-{forwarding.topic.code}.{fmt}"
    return write(forwarding_report(forwarding)), content_type, name
