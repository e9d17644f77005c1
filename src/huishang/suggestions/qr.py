"""The QR code on a collection point's poster, made offline with segno."""

import segno
from django.urls import reverse

from huishang.suggestions.models import Suggestion


def form_path(point) -> str:
    """The path of the suggestion form with the collection point filled in."""
    return f"{reverse('suggestions:submit')}?point={point.code}"


def channel_of(point, *, scanned: str) -> str:
    """How a suggestion from the public form came: at a collection point only when the form was opened from
    that point's QR code (``scanned``, the code the form's address named); naming a point online is online."""
    if point is not None and scanned and scanned == point.code:
        return Suggestion.Channel.POINT
    return Suggestion.Channel.ONLINE


def poster_qr_svg(url: str) -> str:
    """An inline SVG of the QR code for ``url`` (error correction M, big enough to scan from a wall)."""
    return segno.make(url, error="m", micro=False).svg_inline(scale=8, border=2)
