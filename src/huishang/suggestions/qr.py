"""The QR code on a collection point's poster, made offline with segno."""

import segno
from django.urls import reverse


def form_path(point) -> str:
    """The path of the suggestion form with the collection point filled in."""
    return f"{reverse('suggestions:submit')}?point={point.code}"


def poster_qr_svg(url: str) -> str:
    """An inline SVG of the QR code for ``url`` (error correction M, big enough to scan from a wall)."""
    return segno.make(url, error="m", micro=False).svg_inline(scale=8, border=2)
