"""Each collection point has a printable poster whose QR code opens the form with the point filled in.

The QR code is checked by its payload: the poster's SVG must be exactly segno's drawing of the form's
URL for that point (segno made it offline; no decoder library is installed), and that URL must open
the form with the point chosen.
"""

import re

import pytest
import segno

from tests.suggestions import helpers

pytestmark = pytest.mark.django_db


def _modules(svg: str) -> str:
    return re.search(r'<path[^>]* d="([^"]+)"', svg).group(1)


def test_the_poster_qr_code_encodes_the_form_url_of_its_point(client, world):
    response = client.get("/suggestions/points/yp-01/poster/")
    url = "http://testserver/suggestions/?point=yp-01"
    assert response.context["url"] == url
    expected = segno.make(url, error="m", micro=False)
    assert _modules(response.context["qr_svg"]) == _modules(expected.svg_inline(scale=8, border=2))
    other = segno.make("http://testserver/suggestions/?point=yp-02", error="m", micro=False)
    assert _modules(other.svg_inline(scale=8, border=2)) != _modules(response.context["qr_svg"])
    form = client.get("/suggestions/?point=yp-01").context["form"]
    assert (form.initial["point"], form.initial["region"]) == ("yp-01", helpers.YANGPU)


def test_a_closed_point_has_no_poster(client, world):
    world.active = False
    world.save()
    assert client.get("/suggestions/points/yp-01/poster/").status_code == 404
